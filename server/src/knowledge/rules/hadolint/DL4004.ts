import type { RuleText } from '../types';

export const DL4004: RuleText = {
  title: { en: 'Only one ENTRYPOINT per stage', ko: '스테이지마다 ENTRYPOINT는 하나만' },
  messages: {
    default: {
      en: 'Multiple `ENTRYPOINT` instructions: only the last `ENTRYPOINT` takes effect.',
      ko: '`ENTRYPOINT` 명령어가 여러 개입니다: 마지막 `ENTRYPOINT`만 적용됩니다.',
    },
  },
  why: {
    en: '`ENTRYPOINT` records the program a container starts in the image metadata; each one overwrites the previous one. Only the last one takes effect when a container starts, so the others are dead code that misleads the reader.',
    ko: '`ENTRYPOINT`는 컨테이너가 시작할 프로그램을 도커이미지 메타데이터에 기록하고, 새로 쓸 때마다 앞의 값을 덮어씁니다. 컨테이너가 시작할 때는 마지막 하나만 적용되므로, 나머지는 읽는 사람을 헷갈리게 하는 죽은 코드입니다.',
  },
  bad: 'ENTRYPOINT ["/setup.sh"]\nENTRYPOINT ["/app/server"]',
  good: 'ENTRYPOINT ["/app/server"]',
  fix: {
    en: 'Keep one `ENTRYPOINT`; chain setup steps in an entrypoint script that ends with `exec "$@"`.',
    ko: '`ENTRYPOINT`는 하나만 남기십시오. 준비 단계는 `exec "$@"`로 끝나는 엔트리포인트 스크립트에 모으십시오.',
  },
};
