import type { RuleText } from '../types';

export const InvalidPort: RuleText = {
  title: { en: "Invalid port in EXPOSE", ko: "EXPOSE의 잘못된 포트" },
  messages: {
    default: { en: "Invalid port '{port}': {message}", ko: "잘못된 포트 '{port}': {message}" },
  },
  why: { en: "Before it runs any step, the builder turns the Dockerfile into a build plan for the stages it needs. This value is rejected while making that plan, so the build stops before any layer is made.", ko: "빌더는 어떤 단계도 실행하기 전에 필요한 스테이지들의 빌드 계획을 만듭니다. 이 값은 계획을 만드는 중에 거부되므로, 어떤 레이어도 만들어지기 전에 빌드가 멈춥니다." },
  bad: "EXPOSE 80/http",
  good: "EXPOSE 80/tcp",
  fix: { en: "Write `port`, `port/tcp`, `port/udp`, `port/sctp` or a range `start-end`, with numbers from 0 to 65535.", ko: "`port`, `port/tcp`, `port/udp`, `port/sctp` 또는 범위 `start-end`로, 0부터 65535까지의 숫자를 쓰십시오." },
};
