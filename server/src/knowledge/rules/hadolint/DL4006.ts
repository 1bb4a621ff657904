import type { RuleText } from '../types';

export const DL4006: RuleText = {
  title: { en: 'Set `-o pipefail` before RUN with a pipe', ko: '파이프가 있는 RUN 앞에 `-o pipefail` 설정하기' },
  messages: {
    default: {
      en: 'Set the `SHELL` option `-o pipefail` before a `RUN` with a pipe: otherwise a failure on the left of `|` is ignored.',
      ko: '파이프가 있는 `RUN` 앞에 `SHELL` 옵션 `-o pipefail`을 설정하십시오: 그렇지 않으면 `|` 왼쪽의 실패가 무시됩니다.',
    },
  },
  why: {
    en: 'A pipeline\'s exit status is that of its last command. In `RUN wget -O - $URL | tar xz`, a failed download still lets `tar` succeed, the `RUN` succeeds, and the image is built without the files. With `pipefail`, any failing command in the pipe fails the `RUN` and so the build. On Alpine, `/bin/sh` (busybox ash) supports it too: use `SHELL ["/bin/ash", "-o", "pipefail", "-c"]`.',
    ko: '파이프라인의 종료 상태는 마지막 명령의 상태입니다. `RUN wget -O - $URL | tar xz`에서 다운로드가 실패해도 `tar`가 성공하면 `RUN`도 성공하고, 파일이 빠진 도커이미지가 만들어집니다. `pipefail`을 켜면 파이프 안의 어느 명령이 실패해도 `RUN`, 즉 빌드가 실패합니다. Alpine의 `/bin/sh`(busybox ash)도 지원하므로 `SHELL ["/bin/ash", "-o", "pipefail", "-c"]`를 쓰십시오.',
  },
  bad: 'RUN wget -O - https://example.com/app.tgz | tar xz',
  good: 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN wget -O - https://example.com/app.tgz | tar xz',
  fix: {
    en: 'Add `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` (or `/bin/ash` on Alpine) before the `RUN`, or start the script with `set -o pipefail &&`.',
    ko: '`RUN` 앞에 `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`(Alpine에서는 `/bin/ash`)를 추가하거나, 스크립트를 `set -o pipefail &&`로 시작하십시오.',
  },
};
