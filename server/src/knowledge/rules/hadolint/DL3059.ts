import type { RuleText } from '../types';

export const DL3059: RuleText = {
  title: { en: 'Consider merging consecutive RUN instructions', ko: '연속된 RUN 합치기 검토하기' },
  messages: {
    default: {
      en: 'Multiple consecutive `RUN` instructions: consider merging them into one.',
      ko: '`RUN` 명령어가 연속으로 있습니다: 하나로 합치는 것을 검토하십시오.',
    },
  },
  why: {
    en: 'Each `RUN` adds a layer to the image. Short commands in separate `RUN`s add layers and metadata without benefit, and files deleted in a later `RUN` still take space in the earlier layer. Chaining related commands with `&&` in one `RUN` keeps the image smaller; keep them separate only when you want the build cache to split there.',
    ko: '`RUN`마다 도커이미지에 레이어가 하나씩 더해집니다. 짧은 명령을 각각의 `RUN`에 두면 이점 없이 레이어와 메타데이터만 늘고, 뒤의 `RUN`에서 지운 파일도 앞 레이어에서는 여전히 공간을 차지합니다. 관련된 명령은 `&&`로 묶어 한 `RUN`에 두면 이미지가 작아집니다. 빌드 캐시를 그 지점에서 나누고 싶을 때만 따로 두십시오.',
  },
  bad: 'RUN apt-get update\nRUN apt-get install -y curl',
  good: 'RUN apt-get update && apt-get install -y curl',
  fix: {
    en: 'Join the commands with `&&` in a single `RUN` (use `\\` to continue lines).',
    ko: '명령을 `&&`로 이어 하나의 `RUN`으로 합치십시오(줄을 이을 때는 `\\` 사용).',
  },
};
