import type { RuleText } from '../types';

export const DL1001: RuleText = {
  title: { en: "Avoid inline ignore pragmas", ko: "인라인 무시 프라그마 피하기" },
  messages: {
    default: {
      en: "Please refrain from using inline ignore pragmas `# hadolint ignore=DLxxxx`.",
      ko: "인라인 무시 프라그마 `# hadolint ignore=DLxxxx`는 쓰지 않는 것이 좋습니다.",
    },
  },
  why: {
    en: "Some teams want every exception to a lint rule recorded in one place (the config file) rather than scattered through the Dockerfile, so that reviews see them. This rule is off unless you switch it on.",
    ko: "어떤 팀은 린트 규칙의 예외를 도커파일 곳곳이 아니라 설정 파일 한곳에 모아 리뷰에서 보이게 하려고 합니다. 이 규칙은 직접 켜야만 동작합니다.",
  },
  bad: "# hadolint ignore=DL3008\nRUN apt-get install -y curl",
  good: "RUN apt-get install -y curl=7.88.1-10",
  fix: {
    en: "Remove the pragma and fix the finding, or ignore the rule in `.hadolint.yaml`.",
    ko: "프라그마를 지우고 지적된 문제를 고치거나, `.hadolint.yaml`에서 규칙을 무시하십시오.",
  },
};
