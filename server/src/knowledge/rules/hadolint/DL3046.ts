import type { RuleText } from '../types';

export const DL3046: RuleText = {
  title: { en: 'Use `useradd -l` with a high UID', ko: '큰 UID에는 `useradd -l` 사용하기' },
  messages: {
    default: {
      en: '`useradd` with the high UID `{uid}` and without `-l`/`--no-log-init`: the lastlog file grows huge and bloats the image.',
      ko: '큰 UID `{uid}`로 `-l`/`--no-log-init` 없이 `useradd`를 실행합니다: lastlog 파일이 커져 도커이미지가 불어납니다.',
    },
  },
  why: {
    en: 'Without `-l`, `useradd` writes an entry in `/var/log/lastlog` and `faillog` at an offset proportional to the UID. With a UID like 1000000 the sparse file looks gigabytes large, and the layer stores it without the holes: the image becomes huge.',
    ko: '`-l`이 없으면 `useradd`는 `/var/log/lastlog`와 `faillog`에 UID에 비례하는 위치에 기록합니다. 1000000 같은 UID면 희소 파일이 수 GB 크기가 되고, 레이어는 빈 공간까지 저장하므로 도커이미지가 매우 커집니다.',
  },
  bad: 'RUN useradd -u 1000000 app',
  good: 'RUN useradd --no-log-init -u 1000000 app',
  fix: {
    en: 'Add `-l` (`--no-log-init`) to `useradd`.',
    ko: '`useradd`에 `-l`(`--no-log-init`)을 붙이십시오.',
  },
  fixes: {
    addNoLogInit: { en: 'Add `--no-log-init`', ko: '`--no-log-init` 추가하기' },
  },
};
