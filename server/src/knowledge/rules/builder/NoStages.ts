import type { RuleText } from '../types';

export const NoStages: RuleText = {
  title: { en: "A Dockerfile needs a FROM", ko: "도커파일에는 FROM이 필요" },
  messages: {
    default: { en: "The Dockerfile contains no stages to build: add a FROM.", ko: "도커파일에 빌드할 스테이지가 없습니다: FROM을 추가하십시오." },
  },
  why: { en: "Every image starts from a base: FROM opens a build stage, and the instructions after it add layers and metadata to that stage. Before the first FROM there is no image to change, so only ARG (for FROM lines) is allowed there.", ko: "모든 도커이미지는 베이스에서 시작합니다. FROM이 빌드 스테이지를 열고, 그 뒤의 명령어가 그 스테이지에 레이어와 메타데이터를 더합니다. 첫 FROM 앞에는 바꿀 이미지가 없으므로 (FROM 줄에 쓸) ARG만 올 수 있습니다." },
  bad: "ARG VERSION=3.20",
  good: "ARG VERSION=3.20\nFROM alpine:${VERSION}",
  fix: { en: "Add a FROM line after the ARGs.", ko: "ARG 뒤에 FROM 줄을 추가하십시오." },
};
