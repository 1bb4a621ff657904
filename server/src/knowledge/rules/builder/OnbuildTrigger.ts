import type { RuleText } from '../types';

export const OnbuildTrigger: RuleText = {
  title: { en: "ONBUILD cannot trigger this", ko: "ONBUILD로 쓸 수 없는 명령어" },
  messages: {
    default: { en: "{instruction} isn't allowed as an ONBUILD trigger.", ko: "{instruction}은 ONBUILD 트리거로 쓸 수 없습니다." },
    chain: { en: "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed.", ko: "`ONBUILD ONBUILD`처럼 ONBUILD를 이어 쓸 수 없습니다." },
  },
  why: { en: "ONBUILD stores an instruction in the image metadata that runs when another Dockerfile builds FROM this image. That later build already has its FROM, so FROM, MAINTAINER and another ONBUILD make no sense as triggers.", ko: "ONBUILD는 다른 도커파일이 이 이미지를 FROM으로 쓸 때 실행될 명령어를 이미지 메타데이터에 저장합니다. 그 빌드에는 이미 FROM이 있으므로 FROM, MAINTAINER, 또 다른 ONBUILD는 트리거가 될 수 없습니다." },
  bad: "ONBUILD FROM alpine:3.20",
  good: "ONBUILD COPY . /app",
  fix: { en: "Remove the trigger or use another instruction.", ko: "트리거를 지우거나 다른 명령어를 쓰십시오." },
};
