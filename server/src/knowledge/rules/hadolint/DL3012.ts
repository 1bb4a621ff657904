import type { RuleText } from '../types';

export const DL3012: RuleText = {
  title: { en: "Only one HEALTHCHECK", ko: "HEALTHCHECK는 하나만" },
  messages: {
    default: {
      en: "Multiple `HEALTHCHECK` instructions: only the last one counts.",
      ko: "`HEALTHCHECK`가 여러 개입니다: 마지막 것만 적용됩니다.",
    },
  },
  why: {
    en: "HEALTHCHECK is image metadata: each one replaces the previous, so the earlier ones are dead code that a reader may take for the real check.",
    ko: "HEALTHCHECK는 이미지 메타데이터라서 뒤의 것이 앞의 것을 대신합니다. 앞의 것들은 실행되지 않는 코드인데도 읽는 사람이 진짜 검사로 오해할 수 있습니다.",
  },
  bad: "HEALTHCHECK CMD curl -f http://localhost/\nHEALTHCHECK CMD wget -q -O- http://localhost/",
  good: "HEALTHCHECK CMD curl -f http://localhost/",
  fix: {
    en: "Keep one HEALTHCHECK per stage.",
    ko: "스테이지마다 HEALTHCHECK를 하나만 두십시오.",
  },
};
