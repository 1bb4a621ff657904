import type { RuleText } from '../types';

export const StageReference: RuleText = {
  title: { en: "Invalid stage reference", ko: "잘못된 스테이지 참조" },
  messages: {
    default: { en: "Invalid stage reference.", ko: "잘못된 스테이지 참조입니다." },
    variable: { en: "Variable expansion is not supported for --from: define a stage with FROM using an ARG from the global scope instead.", ko: "--from에는 변수를 쓸 수 없습니다: 대신 전역 ARG를 쓰는 FROM으로 스테이지를 정의하십시오." },
    index: { en: "Invalid stage index {index}: there is no such stage.", ko: "잘못된 스테이지 번호 {index}입니다: 그런 스테이지가 없습니다." },
    circular: { en: "Circular dependency detected on stage: {stage}.", ko: "스테이지에서 순환 의존이 발견되었습니다: {stage}." },
    later: { en: "Cannot copy from stage '{from}', it needs to be defined before current stage '{stage}'.", ko: "스테이지 '{from}'에서 복사할 수 없습니다. 현재 스테이지 '{stage}'보다 앞에 정의되어야 합니다." },
    laterMount: { en: "Cannot mount from stage '{from}': the stage needs to be defined before the current one ('{stage}').", ko: "스테이지 '{from}'에서 마운트할 수 없습니다: 현재 스테이지('{stage}')보다 앞에 정의되어야 합니다." },
  },
  why: { en: "In a multi-stage build a stage can only use stages the builder has already made: `COPY --from` and `RUN --mount from=` name an earlier stage, by name or index. A name that is no stage is pulled as an image instead.", ko: "멀티 스테이지 빌드에서 스테이지는 빌더가 이미 만든 스테이지만 쓸 수 있습니다. `COPY --from`과 `RUN --mount from=`은 앞의 스테이지를 이름이나 번호로 가리킵니다. 스테이지가 아닌 이름은 이미지로 받아 옵니다." },
  bad: "FROM alpine:3.20 AS app\nCOPY --from=build /out /app\nFROM golang:1.22 AS build",
  good: "FROM golang:1.22 AS build\nFROM alpine:3.20 AS app\nCOPY --from=build /out /app",
  fix: { en: "Define the stage before the one that uses it, and name it literally.", ko: "스테이지를 쓰는 곳보다 앞에 정의하고, 이름을 그대로 쓰십시오." },
};
