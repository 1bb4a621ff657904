import type { RuleText } from '../types';

export const UnknownFlag: RuleText = {
  title: { en: "Unknown flag", ko: "알 수 없는 플래그" },
  messages: {
    default: { en: "unknown flag: {flag} ({instruction} does not accept it)", ko: "알 수 없는 플래그입니다: {flag} ({instruction}에는 쓸 수 없습니다)" },
    suggest: { en: "unknown flag: {flag} (did you mean {suggestion}?)", ko: "알 수 없는 플래그입니다: {flag} ({suggestion}를 말씀하신 건가요?)" },
  },
  why: { en: "`docker build` reads and checks the whole Dockerfile before it runs anything. This line is rejected there, so the build stops before the first layer of the image is made.", ko: "`docker build`는 무엇이든 실행하기 전에 도커파일 전체를 읽고 검사합니다. 이 줄은 그 단계에서 거부되므로, 도커이미지의 첫 레이어를 만들기도 전에 빌드가 멈춥니다." },
  bad: "COPY --own=app:app . /app",
  good: "COPY --chown=app:app . /app",
  fix: { en: "Use a flag this instruction accepts, or remove it.", ko: "이 명령어가 받는 플래그를 쓰거나 플래그를 지우십시오." },
};
