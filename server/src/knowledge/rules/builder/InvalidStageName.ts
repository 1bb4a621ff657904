import type { RuleText } from '../types';

export const InvalidStageName: RuleText = {
  title: { en: "Invalid stage name", ko: "잘못된 스테이지 이름" },
  messages: {
    default: { en: "invalid name for build stage: '{name}', name can't start with a number or contain symbols", ko: "빌드 스테이지 이름이 잘못되었습니다: '{name}'. 이름은 숫자로 시작하거나 기호를 포함할 수 없습니다" },
  },
  why: { en: "A stage name is used by `COPY --from=name`, `FROM name` and `docker build --target name`. It must start with a letter and contain only letters, digits, `-`, `_` and `.`, so that it cannot be mistaken for an image or a stage number.", ko: "스테이지 이름은 `COPY --from=name`, `FROM name`, `docker build --target name`에서 쓰입니다. 이미지나 스테이지 번호와 헷갈리지 않도록 문자로 시작하고 문자, 숫자, `-`, `_`, `.`만 써야 합니다." },
  bad: "FROM node:20 AS 1st",
  good: "FROM node:20 AS first",
  fix: { en: "Rename the stage: a letter first, then letters, digits, `-`, `_` or `.`.", ko: "스테이지 이름을 바꾸십시오: 문자로 시작하고 문자, 숫자, `-`, `_`, `.`만 씁니다." },
};
