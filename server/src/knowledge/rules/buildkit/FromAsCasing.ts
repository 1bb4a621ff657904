import type { RuleText } from '../types';

export const FromAsCasing: RuleText = {
  title: { en: "Write `AS` in the same case as `FROM`", ko: "`AS`를 `FROM`과 같은 대소문자로 쓰기" },
  messages: {
    default: { en: "'{as}' and '{from}' keywords' casing do not match.", ko: "'{as}'와 '{from}' 키워드의 대소문자가 일치하지 않습니다." },
  },
  why: { en: "`FROM image AS name` starts a build stage and names it. Mixed case (`FROM x as y`) works but reads like a mistake; keeping both keywords in one case keeps the stage line easy to spot.", ko: "`FROM image AS name`은 빌드 스테이지를 시작하고 이름을 붙입니다. `FROM x as y`처럼 섞어 써도 동작하지만 실수처럼 보이므로, 두 키워드를 같은 대소문자로 써야 스테이지 줄이 눈에 잘 띕니다." },
  bad: "FROM golang:1.22 as build",
  good: "FROM golang:1.22 AS build",
  fix: { en: "Write `AS` in the case of `FROM`.", ko: "`AS`를 `FROM`과 같은 대소문자로 쓰십시오." },
  fixes: {
    matchCase: { en: "Match the case of FROM", ko: "FROM과 대소문자 맞추기" },
  },
};
