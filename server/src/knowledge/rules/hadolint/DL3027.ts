import type { RuleText } from '../types';

export const DL3027: RuleText = {
  title: { en: "Use apt-get instead of apt", ko: "apt 대신 apt-get 사용하기" },
  messages: {
    default: {
      en: "Do not use apt as it is meant to be an end-user tool, use apt-get or apt-cache instead.",
      ko: "apt는 최종 사용자용 도구이므로 쓰지 말고 apt-get이나 apt-cache를 쓰십시오.",
    },
  },
  why: {
    en: "apt is made for people at a terminal: its output and behaviour may change between versions and it warns that its interface is not stable for scripts. apt-get and apt-cache are stable for unattended builds.",
    ko: "apt는 터미널 앞의 사람을 위한 도구라서 버전마다 출력과 동작이 바뀔 수 있고, 스크립트용 인터페이스가 안정적이지 않다고 경고합니다. 사람 없이 도는 빌드에는 apt-get과 apt-cache가 안정적입니다.",
  },
  bad: "RUN apt install -y curl",
  good: "RUN apt-get install -y curl",
  fix: {
    en: "Replace `apt` with `apt-get` (or `apt-cache` for searching).",
    ko: "`apt`를 `apt-get`(검색은 `apt-cache`)으로 바꾸십시오.",
  },
  fixes: {
    useAptGet: { en: "Replace `apt` with `apt-get`", ko: "`apt`를 `apt-get`으로 바꾸기" },
  },
};
