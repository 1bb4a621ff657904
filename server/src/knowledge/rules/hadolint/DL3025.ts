import type { RuleText } from '../types';

export const DL3025: RuleText = {
  title: { en: 'Use the exec form for CMD and ENTRYPOINT', ko: 'CMD와 ENTRYPOINT에는 exec 형식 사용하기' },
  messages: {
    default: {
      en: 'JSON arguments recommended for {instruction} to prevent unintended behavior related to OS signals.',
      ko: '운영체제 시그널과 관련된 의도치 않은 동작을 막으려면 {instruction}에 JSON 인수(exec 형식)를 쓰는 것이 좋습니다.',
    },
  },
  why: {
    en: 'In shell form, the container runs `/bin/sh -c "…"`: the shell becomes process 1 and your program its child. `docker stop` sends SIGTERM to the shell, which does not pass it on, so the container is killed after the timeout instead of shutting down cleanly.',
    ko: '셸 형식에서는 도커컨테이너(Docker container)가 `/bin/sh -c "…"`를 실행하므로 셸이 1번 프로세스가 되고 프로그램은 그 자식이 됩니다. `docker stop`이 보내는 SIGTERM을 셸이 전달하지 않아, 컨테이너는 깔끔하게 종료되지 못하고 제한 시간 뒤 강제로 종료됩니다.',
  },
  bad: 'CMD node server.js',
  good: 'CMD ["node", "server.js"]',
  fix: {
    en: 'Write the command as a JSON array of strings: `CMD ["node", "server.js"]`.',
    ko: '명령을 문자열의 JSON 배열로 쓰십시오: `CMD ["node", "server.js"]`.',
  },
  fixes: {
    toExecForm: { en: 'Convert to exec form (JSON array)', ko: 'exec 형식(JSON 배열)으로 바꾸기' },
  },
};
