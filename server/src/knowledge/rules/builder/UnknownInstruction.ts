import type { RuleText } from '../types';

export const UnknownInstruction: RuleText = {
  title: { en: "Unknown instruction", ko: "알 수 없는 명령어" },
  messages: {
    default: { en: "unknown instruction: {instruction}", ko: "알 수 없는 명령어입니다: {instruction}" },
    suggest: { en: "unknown instruction: {instruction} (did you mean {suggestion}?)", ko: "알 수 없는 명령어입니다: {instruction} ({suggestion}를 말씀하신 건가요?)" },
  },
  why: { en: "`docker build` reads and checks the whole Dockerfile before it runs anything. This line is rejected there, so the build stops before the first layer of the image is made.", ko: "`docker build`는 무엇이든 실행하기 전에 도커파일 전체를 읽고 검사합니다. 이 줄은 그 단계에서 거부되므로, 도커이미지의 첫 레이어를 만들기도 전에 빌드가 멈춥니다." },
  bad: "FORM alpine:3.20",
  good: "FROM alpine:3.20",
  fix: { en: "Use one of the 18 Dockerfile instructions (a line that continues a command needs `\\` at the end of the line before).", ko: "도커파일의 18개 명령어 중 하나를 쓰십시오(명령을 다음 줄로 이으려면 앞 줄 끝에 `\\`가 필요합니다)." },
};
