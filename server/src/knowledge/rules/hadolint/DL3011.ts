import type { RuleText } from '../types';

export const DL3011: RuleText = {
  title: { en: "Valid port numbers", ko: "올바른 포트 번호" },
  messages: {
    default: {
      en: "Valid UNIX ports range from 0 to 65535: `{port}`.",
      ko: "유효한 UNIX 포트는 0부터 65535까지입니다: `{port}`.",
    },
  },
  why: {
    en: "A TCP or UDP port is a 16-bit number. EXPOSE only documents which port the containerized process listens on, but the builder still refuses a port that cannot exist.",
    ko: "TCP와 UDP 포트는 16비트 숫자입니다. EXPOSE는 도커컨테이너 안의 프로세스가 듣는 포트를 기록할 뿐이지만, 존재할 수 없는 포트는 빌더가 거부합니다.",
  },
  bad: "EXPOSE 80000",
  good: "EXPOSE 8000",
  fix: {
    en: "Use the port your program really listens on (0–65535).",
    ko: "프로그램이 실제로 듣는 포트(0–65535)를 쓰십시오.",
  },
};
