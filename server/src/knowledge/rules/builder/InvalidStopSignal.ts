import type { RuleText } from '../types';

export const InvalidStopSignal: RuleText = {
  title: { en: "Invalid stop signal", ko: "잘못된 정지 시그널" },
  messages: {
    default: { en: "Invalid signal: '{signal}'", ko: "잘못된 시그널입니다: '{signal}'" },
  },
  why: { en: "STOPSIGNAL records in the image metadata which signal `docker stop` sends to the container. The builder checks it against the known signal names when it builds the image.", ko: "STOPSIGNAL은 `docker stop`이 도커컨테이너에 보낼 시그널을 이미지 메타데이터에 기록합니다. 빌더는 이미지를 만들 때 이 값을 알려진 시그널 이름과 대조합니다." },
  bad: "STOPSIGNAL SIGTERMINATE",
  good: "STOPSIGNAL SIGTERM",
  fix: { en: "Use a signal name such as `SIGTERM`, `SIGINT`, `SIGQUIT`, or a signal number.", ko: "`SIGTERM`, `SIGINT`, `SIGQUIT` 같은 시그널 이름이나 번호를 쓰십시오." },
};
