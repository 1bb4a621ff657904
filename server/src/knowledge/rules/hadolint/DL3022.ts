import type { RuleText } from '../types';

export const DL3022: RuleText = {
  title: { en: "COPY --from must name an earlier stage", ko: "COPY --from은 앞선 스테이지를 가리켜야 함" },
  messages: {
    default: {
      en: "`COPY --from={from}` should reference a previously defined `FROM` alias.",
      ko: "`COPY --from={from}`은 앞에서 정의한 `FROM` 별칭을 가리켜야 합니다.",
    },
  },
  why: {
    en: "`--from` with a name that no earlier stage has is read as an image reference: the builder pulls an image of that name from a registry instead of using your build stage, which is rarely what was meant.",
    ko: "앞선 스테이지에 없는 이름을 `--from`에 쓰면 이미지 참조로 읽힙니다. 빌더는 내 빌드 스테이지 대신 그 이름의 도커이미지를 레지스트리에서 받아 오는데, 대개 의도한 것이 아닙니다.",
  },
  bad: "FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=builder /out/app /app",
  good: "FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=build /out/app /app",
  fix: {
    en: "Use the name of a stage defined above (or a full image reference with a tag).",
    ko: "위에서 정의한 스테이지 이름(또는 태그가 있는 전체 이미지 참조)을 쓰십시오.",
  },
};
