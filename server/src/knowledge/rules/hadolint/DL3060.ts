import type { RuleText } from '../types';

export const DL3060: RuleText = {
  title: { en: 'Clean the yarn cache in the same RUN', ko: '같은 RUN에서 yarn 캐시 지우기' },
  messages: {
    default: {
      en: '`yarn cache clean` missing after `yarn install`: the package cache stays in the image.',
      ko: '`yarn install` 뒤에 `yarn cache clean`이 없습니다: 패키지 캐시가 도커이미지에 남습니다.',
    },
  },
  why: {
    en: 'yarn keeps a copy of every downloaded package in its cache folder. In the final image nobody will reinstall from it, yet it is written into the `RUN` layer and shipped with every pull. Clean it in the same `RUN`, or keep it outside the image with `RUN --mount=type=cache,target=/usr/local/share/.cache/yarn`.',
    ko: 'yarn은 내려받은 모든 패키지의 사본을 캐시 폴더에 보관합니다. 최종 도커이미지에서는 아무도 그 캐시로 다시 설치하지 않는데도 `RUN` 레이어에 기록되어 pull할 때마다 전송됩니다. 같은 `RUN`에서 지우거나, `RUN --mount=type=cache,target=/usr/local/share/.cache/yarn`으로 이미지 밖에 두십시오.',
  },
  bad: 'RUN yarn install --frozen-lockfile',
  good: 'RUN yarn install --frozen-lockfile && yarn cache clean',
  fix: {
    en: 'Add `&& yarn cache clean` after `yarn install`, or use a cache mount.',
    ko: '`yarn install` 뒤에 `&& yarn cache clean`을 붙이거나 캐시 마운트를 쓰십시오.',
  },
  fixes: {
    addClean: { en: 'Add `&& yarn cache clean`', ko: '`&& yarn cache clean` 추가하기' },
  },
};
