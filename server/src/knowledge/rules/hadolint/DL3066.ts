import type { RuleText } from '../types';

export const DL3066: RuleText = {
  title: { en: 'Prefer a numeric user id in USER', ko: 'USER에는 숫자 사용자 ID 쓰기' },
  messages: {
    default: {
      en: '`USER {user}` is not numeric: the host and orchestrators cannot tell which UID the container runs as.',
      ko: '`USER {user}`는 숫자가 아닙니다: 호스트와 오케스트레이터는 컨테이너가 어떤 UID로 실행되는지 알 수 없습니다.',
    },
  },
  why: {
    en: 'A user name is only resolved inside the container, through its `/etc/passwd`. Outside, Kubernetes\' `runAsNonRoot` and file ownership on volumes work with numbers: with a name they cannot verify that the container does not run as root. A numeric UID (`USER 10001`, after creating the user) makes it checkable.',
    ko: '사용자 이름은 컨테이너 안의 `/etc/passwd`를 통해서만 해석됩니다. 밖에서는 쿠버네티스의 `runAsNonRoot`나 볼륨 파일 소유권이 숫자로 동작하므로, 이름만으로는 컨테이너가 root로 실행되지 않는지 확인할 수 없습니다. 사용자를 만든 뒤 숫자 UID(`USER 10001`)를 쓰면 확인할 수 있습니다.',
  },
  bad: 'USER app',
  good: 'RUN useradd --uid 10001 app\nUSER 10001',
  fix: {
    en: 'Use the numeric UID (and GID) of the user: `USER 10001:10001`.',
    ko: '그 사용자의 숫자 UID(와 GID)를 쓰십시오: `USER 10001:10001`.',
  },
};
