import type { RuleText } from '../types';

export const DL3004: RuleText = {
  title: { en: "Do not use sudo", ko: "sudo 쓰지 않기" },
  messages: {
    default: {
      en: "Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root.",
      ko: "sudo는 예측하기 어려운 동작을 일으키므로 쓰지 마십시오. root 전환이 필요하면 gosu 같은 도구를 쓰십시오.",
    },
  },
  why: {
    en: "RUN runs as the current USER without a terminal: sudo may ask for a password, is often not installed, and changes signals and the environment. Switch users with USER in the Dockerfile instead.",
    ko: "RUN은 터미널 없이 현재 USER로 실행됩니다. sudo는 비밀번호를 물을 수 있고, 설치되어 있지 않은 경우가 많으며, 시그널과 환경 변수를 바꿉니다. 도커파일에서는 USER로 사용자를 바꾸십시오.",
  },
  bad: "USER app\nRUN sudo apt-get update",
  good: "USER root\nRUN apt-get update\nUSER app",
  fix: {
    en: "Put the step before switching to the unprivileged USER, or switch with USER root around it.",
    ko: "권한 없는 USER로 바꾸기 전에 그 단계를 두거나, USER root로 잠시 바꾸십시오.",
  },
};
