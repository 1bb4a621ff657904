import type { RuleText } from '../types';

export const ConsistentInstructionCasing: RuleText = {
  title: { en: "Write every instruction in the same case", ko: "모든 명령어를 같은 대소문자로 쓰기" },
  messages: {
    default: { en: "Command '{instruction}' should match the case of the command majority (uppercase).", ko: "명령어 '{instruction}'는 다수의 명령어처럼 대문자로 써야 합니다." },
    lower: { en: "Command '{instruction}' should match the case of the command majority (lowercase).", ko: "명령어 '{instruction}'는 다수의 명령어처럼 소문자로 써야 합니다." },
  },
  why: { en: "The builder accepts any case, but a Dockerfile that mixes `RUN` and `run` is harder to read. Readers scan a Dockerfile by its instructions: each one is a step of the image build, and one consistent style makes the steps stand out.", ko: "빌더는 대소문자를 가리지 않지만, `RUN`과 `run`이 섞인 도커파일은 읽기 어렵습니다. 도커파일은 명령어 단위로 읽히며 각 명령어가 도커이미지를 만드는 한 단계이므로, 한 가지 표기로 통일해야 단계가 잘 보입니다." },
  bad: "FROM alpine:3.20\nrun apk add curl",
  good: "FROM alpine:3.20\nRUN apk add curl",
  fix: { en: "Write the keyword in the case most instructions use (usually upper case).", ko: "대부분의 명령어가 쓰는 대소문자(보통 대문자)로 키워드를 쓰십시오." },
  fixes: {
    toUpper: { en: "Change to upper case", ko: "대문자로 바꾸기" },
    toLower: { en: "Change to lower case", ko: "소문자로 바꾸기" },
  },
};
