import type { RuleText } from '../types';

export const DL4003: RuleText = {
  title: { en: 'Only one CMD per stage', ko: '스테이지마다 CMD는 하나만' },
  messages: {
    default: {
      en: 'Multiple `CMD` instructions: only the last `CMD` takes effect.',
      ko: '`CMD` 명령어가 여러 개입니다: 마지막 `CMD`만 적용됩니다.',
    },
  },
  why: {
    en: '`CMD` is not run during the build: it records the default command in the image metadata, and each `CMD` overwrites the previous one. Only the last one decides what a container runs when it starts; the others only mislead the reader.',
    ko: '`CMD`는 빌드 중에 실행되지 않고, 기본 명령을 도커이미지 메타데이터에 기록합니다. `CMD`마다 앞의 값을 덮어쓰므로 컨테이너가 시작할 때 실행할 명령은 마지막 하나가 정하고, 나머지는 읽는 사람을 헷갈리게 할 뿐입니다.',
  },
  bad: 'CMD ["npm", "run", "migrate"]\nCMD ["npm", "start"]',
  good: 'CMD ["npm", "start"]',
  fix: {
    en: 'Keep one `CMD`; to run several steps, use a script as the command.',
    ko: '`CMD`는 하나만 남기십시오. 여러 단계를 실행하려면 스크립트를 명령으로 쓰십시오.',
  },
};
