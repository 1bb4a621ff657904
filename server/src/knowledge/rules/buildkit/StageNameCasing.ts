import type { RuleText } from '../types';

export const StageNameCasing: RuleText = {
  title: { en: "Use lower-case stage names", ko: "스테이지 이름은 소문자로 쓰기" },
  messages: {
    default: { en: "Stage name '{name}' should be lowercase.", ko: "스테이지 이름 '{name}'는 소문자여야 합니다." },
  },
  why: { en: "The builder compares stage names without case and stores them in lower case, so `COPY --from=Build` and `--from=build` mean the same stage. Writing names in lower case avoids the impression that they differ.", ko: "빌더는 스테이지 이름을 대소문자 구분 없이 비교하고 소문자로 저장하므로 `COPY --from=Build`와 `--from=build`는 같은 스테이지입니다. 소문자로 써야 서로 다른 이름처럼 보이지 않습니다." },
  bad: "FROM node:20 AS Build",
  good: "FROM node:20 AS build",
  fix: { en: "Write the stage name in lower case.", ko: "스테이지 이름을 소문자로 쓰십시오." },
  fixes: {
    toLower: { en: "Change to lower case", ko: "소문자로 바꾸기" },
  },
};
