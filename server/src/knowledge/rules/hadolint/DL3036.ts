import type { RuleText } from '../types';

export const DL3036: RuleText = {
  title: { en: 'Clean the zypper cache in the same RUN', ko: '같은 RUN에서 zypper 캐시 지우기' },
  messages: {
    default: {
      en: '`zypper clean` missing after `zypper install`: the package cache stays in the layer.',
      ko: '`zypper install` 뒤에 `zypper clean`이 없습니다: 패키지 캐시가 레이어에 남습니다.',
    },
  },
  why: {
    en: 'Each `RUN` becomes a read-only layer of the image. The package manager keeps downloaded packages and metadata in its cache folder; if that cache is not removed in the same `RUN`, it is frozen into the layer and every container and every pull carries it, even if a later instruction deletes it. Alternatively, `RUN --mount=type=cache` keeps the cache outside the image entirely.',
    ko: '각 `RUN`은 도커이미지의 읽기 전용 레이어가 됩니다. 패키지 관리자는 내려받은 패키지와 메타데이터를 캐시 폴더에 남기는데, 같은 `RUN` 안에서 지우지 않으면 그대로 레이어에 고정되어, 뒤의 명령에서 지우더라도 모든 컨테이너와 모든 pull에 함께 실려 다닙니다. `RUN --mount=type=cache`를 쓰면 캐시를 아예 이미지 밖에 둘 수도 있습니다.',
  },
  bad: 'RUN zypper -n install nginx=1.21.*',
  good: 'RUN zypper -n install nginx=1.21.* && zypper clean --all',
  fix: {
    en: 'Add `&& zypper clean --all` after the last `zypper install` of the same `RUN`, or mount a cache at `/var/cache/zypp`.',
    ko: '같은 `RUN`의 마지막 `zypper install` 뒤에 `&& zypper clean --all`을 붙이거나, `/var/cache/zypp`에 캐시 마운트를 쓰십시오.',
  },
  fixes: {
    addClean: { en: 'Add `&& zypper clean --all`', ko: '`&& zypper clean --all` 추가하기' },
  },
};
