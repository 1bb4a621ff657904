import type { RuleText } from '../types';

export const UndefinedArgInFrom: RuleText = {
  title: { en: "Declare the ARGs FROM uses before the first FROM", ko: "FROM에 쓰는 ARG는 첫 FROM 앞에 선언하기" },
  messages: {
    default: { en: "FROM argument '{name}' is not declared.", ko: "FROM 인수 '{name}'가 선언되지 않았습니다." },
    suggest: { en: "FROM argument '{name}' is not declared (did you mean {suggestion}?).", ko: "FROM 인수 '{name}'가 선언되지 않았습니다({suggestion}를 말씀하신 건가요?)." },
  },
  why: { en: "FROM lines only see ARGs declared before the first FROM (and the platform arguments). An undeclared variable expands to an empty string, so the base image is not the one you meant.", ko: "FROM 줄은 첫 FROM 앞에 선언된 ARG(와 플랫폼 인수)만 봅니다. 선언되지 않은 변수는 빈 문자열이 되어, 베이스 이미지가 의도와 달라집니다." },
  bad: "FROM node:${NODE_VERSION}",
  good: "ARG NODE_VERSION=20\nFROM node:${NODE_VERSION}",
  fix: { en: "Declare the ARG before the first FROM, or fix its name.", ko: "첫 FROM 앞에 ARG를 선언하거나 이름을 고치십시오." },
};
