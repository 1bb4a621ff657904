import type { RuleText } from '../types';

export const ReservedStageName: RuleText = {
  title: { en: "Do not name a stage `scratch` or `context`", ko: "스테이지 이름으로 `scratch`나 `context`를 쓰지 않기" },
  messages: {
    default: { en: "Stage name should not use the same name as reserved stage '{name}'.", ko: "스테이지 이름으로 예약된 이름 '{name}'를 쓰면 안 됩니다." },
  },
  why: { en: "`scratch` is the empty base image and `context` names the build context in `--build-context`. A stage with one of these names is confusing: `FROM scratch` later in the file would not mean the empty image any more.", ko: "`scratch`는 빈 베이스 이미지이고 `context`는 `--build-context`에서 빌드 컨텍스트를 가리킵니다. 이런 이름의 스테이지가 있으면 뒤의 `FROM scratch`가 더 이상 빈 이미지를 뜻하지 않게 되어 혼란스럽습니다." },
  bad: "FROM alpine:3.20 AS scratch",
  good: "FROM alpine:3.20 AS base",
  fix: { en: "Choose another stage name.", ko: "다른 스테이지 이름을 고르십시오." },
};
