import type { RuleText } from '../types';

export const DL4005: RuleText = {
  title: { en: 'Use SHELL to change the default shell', ko: '기본 셸은 SHELL로 바꾸기' },
  messages: {
    default: {
      en: 'Use the `SHELL` instruction to change the default shell, not `ln … /bin/sh`.',
      ko: '기본 셸을 바꿀 때는 `ln … /bin/sh`가 아니라 `SHELL` 명령어를 쓰십시오.',
    },
  },
  why: {
    en: 'Relinking `/bin/sh` changes a system file of the image: every script in every container that expects the distribution\'s `/bin/sh` now gets another shell. `SHELL ["/bin/bash", "-c"]` changes only how the following `RUN`, `CMD` and `ENTRYPOINT` in shell form are run, and it is visible in the Dockerfile.',
    ko: '`/bin/sh`의 링크를 바꾸면 도커이미지의 시스템 파일이 바뀌어, 배포판의 `/bin/sh`를 기대하는 모든 컨테이너의 모든 스크립트가 다른 셸을 쓰게 됩니다. `SHELL ["/bin/bash", "-c"]`는 뒤따르는 셸 형식의 `RUN`, `CMD`, `ENTRYPOINT`가 실행되는 방식만 바꾸고, 도커파일에서 바로 보입니다.',
  },
  bad: 'RUN ln -sf /bin/bash /bin/sh',
  good: 'SHELL ["/bin/bash", "-c"]',
  fix: {
    en: 'Remove the `ln` and add `SHELL ["/bin/bash", "-c"]` (or the shell you need) before the instructions that need it.',
    ko: '`ln`을 지우고, 필요한 명령어 앞에 `SHELL ["/bin/bash", "-c"]`(또는 필요한 셸)를 추가하십시오.',
  },
};
