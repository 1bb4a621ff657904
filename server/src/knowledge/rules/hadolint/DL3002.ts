import type { RuleText } from '../types';

export const DL3002: RuleText = {
  title: { en: "Do not end with USER root", ko: "마지막 USER를 root로 두지 않기" },
  messages: {
    default: {
      en: "Last USER should not be root (`{user}`).",
      ko: "마지막 USER가 root이면 안 됩니다(`{user}`).",
    },
  },
  why: {
    en: "The last USER of the built stage is the user every container of the image runs as. Running as root gives an attacker who breaks into the process full control of the container, and an easier path to the host.",
    ko: "빌드되는 스테이지의 마지막 USER가 그 이미지로 만든 모든 도커컨테이너의 실행 사용자입니다. root로 실행하면 프로세스에 침입한 공격자가 컨테이너를 완전히 장악하고 호스트로 나아가기도 쉬워집니다.",
  },
  bad: "USER root\nCMD [\"app\"]",
  good: "RUN useradd -r app\nUSER app\nCMD [\"app\"]",
  fix: {
    en: "Switch to an unprivileged user with USER after the steps that need root.",
    ko: "root가 필요한 단계 뒤에 USER로 권한 없는 사용자로 바꾸십시오.",
  },
};
