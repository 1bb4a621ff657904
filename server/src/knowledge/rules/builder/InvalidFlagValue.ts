import type { RuleText } from '../types';

export const InvalidFlagValue: RuleText = {
  title: { en: "Invalid flag value", ko: "잘못된 플래그 값" },
  messages: {
    default: { en: "Invalid value for {flag}: {message}", ko: "{flag}의 값이 잘못되었습니다: {message}" },
    missingValue: { en: "missing a value on flag: {flag}", ko: "플래그에 값이 없습니다: {flag}" },
    notBoolean: { en: "expecting boolean value for flag {flag}, not: {value}", ko: "플래그 {flag}에는 true/false 값이 필요합니다: {value}" },
  },
  why: { en: "Before it runs any step, the builder turns the Dockerfile into a build plan for the stages it needs. This value is rejected while making that plan, so the build stops before any layer is made.", ko: "빌더는 어떤 단계도 실행하기 전에 필요한 스테이지들의 빌드 계획을 만듭니다. 이 값은 계획을 만드는 중에 거부되므로, 어떤 레이어도 만들어지기 전에 빌드가 멈춥니다." },
  bad: "RUN --network=bridge apt-get update",
  good: "RUN --network=default apt-get update",
  fix: { en: "Use a value the flag accepts.", ko: "플래그가 받는 값을 쓰십시오." },
};
