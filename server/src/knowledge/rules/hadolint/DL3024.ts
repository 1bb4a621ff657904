import type { RuleText } from '../types';

export const DL3024: RuleText = {
  title: { en: "Stage names must be unique", ko: "스테이지 이름은 유일해야 함" },
  messages: {
    default: {
      en: "FROM aliases (stage names) must be unique: `{name}` is already used.",
      ko: "FROM 별칭(스테이지 이름)은 유일해야 합니다: `{name}`은 이미 쓰였습니다.",
    },
  },
  why: {
    en: "`COPY --from` and `--target` find a stage by its name; with two stages of the same name, one of them can no longer be reached and the build uses a stage you did not mean.",
    ko: "`COPY --from`과 `--target`은 이름으로 스테이지를 찾습니다. 이름이 같은 스테이지가 둘이면 하나는 가리킬 수 없게 되고, 빌드가 의도하지 않은 스테이지를 씁니다.",
  },
  bad: "FROM node:22 AS build\nFROM golang:1.23 AS build",
  good: "FROM node:22 AS web\nFROM golang:1.23 AS api",
  fix: {
    en: "Give each stage its own name.",
    ko: "스테이지마다 다른 이름을 주십시오.",
  },
};
