import type { RuleText } from '../types';

export const UndefinedVar: RuleText = {
  title: { en: "Use only variables that are defined", ko: "정의된 변수만 쓰기" },
  messages: {
    default: { en: "Usage of undefined variable '${name}'.", ko: "정의되지 않은 변수 '${name}'를 사용합니다." },
    suggest: { en: "Usage of undefined variable '${name}' (did you mean ${suggestion}?).", ko: "정의되지 않은 변수 '${name}'를 사용합니다(${suggestion}를 말씀하신 건가요?)." },
    global: { en: "Usage of undefined variable '${name}': a global ARG is not visible inside a stage until the stage declares `ARG {name}` again.", ko: "정의되지 않은 변수 '${name}'를 사용합니다: 전역 ARG는 스테이지 안에서 `ARG {name}`으로 다시 선언해야 보입니다." },
    platform: { en: "Usage of undefined variable '${name}': declare `ARG {name}` in this stage to use the platform argument.", ko: "정의되지 않은 변수 '${name}'를 사용합니다: 플랫폼 인수를 쓰려면 이 스테이지에서 `ARG {name}`을 선언하십시오." },
  },
  why: { en: "The builder expands variables in ENV, COPY, WORKDIR and similar instructions while it builds the image. An undefined variable becomes an empty string, so a path, user or value in the image silently differs from what you wrote.", ko: "빌더는 이미지를 만들면서 ENV, COPY, WORKDIR 같은 명령어의 변수를 펼칩니다. 정의되지 않은 변수는 빈 문자열이 되므로, 이미지 안의 경로나 사용자, 값이 쓴 것과 조용히 달라집니다." },
  bad: "ARG VERSION=1.0\nFROM alpine:3.20\nRUN echo hi\nLABEL version=$VERSION",
  good: "ARG VERSION=1.0\nFROM alpine:3.20\nARG VERSION\nLABEL version=$VERSION",
  fix: { en: "Define the variable (ENV, or ARG in this stage) before it is used, or fix its name.", ko: "쓰기 전에 변수를 정의하거나(ENV, 또는 이 스테이지의 ARG) 이름을 고치십시오." },
};
