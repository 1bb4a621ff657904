import type { RuleText } from '../types';

export const DuplicateFlag: RuleText = {
  title: { en: "Flag given twice", ko: "두 번 쓴 플래그" },
  messages: {
    default: { en: "duplicate flag specified: {flag}", ko: "플래그를 두 번 썼습니다: {flag}" },
  },
  why: { en: "`docker build` reads and checks the whole Dockerfile before it runs anything. This line is rejected there, so the build stops before the first layer of the image is made.", ko: "`docker build`는 무엇이든 실행하기 전에 도커파일 전체를 읽고 검사합니다. 이 줄은 그 단계에서 거부되므로, 도커이미지의 첫 레이어를 만들기도 전에 빌드가 멈춥니다." },
  bad: "COPY --chown=a --chown=b . /app",
  good: "COPY --chown=b . /app",
  fix: { en: "Keep one of them (only `--mount`, `--device` and `--exclude` may repeat).", ko: "하나만 남기십시오(`--mount`, `--device`, `--exclude`만 여러 번 쓸 수 있습니다)." },
};
