import type { RuleText } from '../types';

export const NoBuildStage: RuleText = {
  title: { en: "Instructions need a FROM first", ko: "명령어 앞에는 FROM이 필요" },
  messages: {
    default: { en: "{instruction} before the first FROM: no build stage in current context. Only ARG may come before FROM.", ko: "첫 FROM 앞의 {instruction}: 현재 빌드 스테이지가 없습니다. FROM 앞에는 ARG만 올 수 있습니다." },
    noStages: { en: "The Dockerfile contains no stages to build: add a FROM.", ko: "도커파일에 빌드할 스테이지가 없습니다: FROM을 추가하십시오." },
  },
  why: { en: "Every image starts from a base: FROM opens a build stage, and the instructions after it add layers and metadata to that stage. Before the first FROM there is no image to change, so only ARG (for FROM lines) is allowed there.", ko: "모든 도커이미지는 베이스에서 시작합니다. FROM이 빌드 스테이지를 열고, 그 뒤의 명령어가 그 스테이지에 레이어와 메타데이터를 더합니다. 첫 FROM 앞에는 바꿀 이미지가 없으므로 (FROM 줄에 쓸) ARG만 올 수 있습니다." },
  bad: "RUN apk add curl\nFROM alpine:3.20",
  good: "FROM alpine:3.20\nRUN apk add curl",
  fix: { en: "Move the instruction after a FROM, or add a FROM.", ko: "명령어를 FROM 뒤로 옮기거나 FROM을 추가하십시오." },
};
