import type { RuleText } from '../types';

export const DL3042: RuleText = {
  title: { en: 'Use `pip install --no-cache-dir`', ko: '`pip install --no-cache-dir` 사용하기' },
  messages: {
    default: {
      en: 'Avoid the pip cache directory: use `pip install --no-cache-dir <package>`.',
      ko: 'pip 캐시 디렉터리를 남기지 마십시오: `pip install --no-cache-dir <패키지>`를 쓰십시오.',
    },
  },
  why: {
    en: 'pip keeps every downloaded wheel in `~/.cache/pip`. In a container image nobody will reinstall from that cache, yet it is written into the `RUN` layer and shipped with every pull of the image. `--no-cache-dir` (or `ENV PIP_NO_CACHE_DIR=1`) keeps it out; `RUN --mount=type=cache,target=/root/.cache/pip` keeps it on the build machine, outside the image, so rebuilds stay fast.',
    ko: 'pip는 내려받은 wheel을 모두 `~/.cache/pip`에 보관합니다. 도커이미지 안에서는 아무도 그 캐시로 다시 설치하지 않는데도, 캐시가 `RUN` 레이어에 기록되어 이미지를 pull할 때마다 함께 전송됩니다. `--no-cache-dir`(또는 `ENV PIP_NO_CACHE_DIR=1`)로 캐시를 남기지 않거나, `RUN --mount=type=cache,target=/root/.cache/pip`로 이미지 밖 빌드 머신에 두면 다시 빌드할 때도 빠릅니다.',
  },
  bad: 'RUN pip install -r requirements.txt',
  good: 'RUN pip install --no-cache-dir -r requirements.txt',
  fix: {
    en: 'Add `--no-cache-dir` to `pip install`, set `ENV PIP_NO_CACHE_DIR=1`, or use a cache mount for `/root/.cache/pip`.',
    ko: '`pip install`에 `--no-cache-dir`를 붙이거나, `ENV PIP_NO_CACHE_DIR=1`을 설정하거나, `/root/.cache/pip`에 캐시 마운트를 쓰십시오.',
  },
  fixes: {
    addNoCacheDir: { en: 'Add `--no-cache-dir`', ko: '`--no-cache-dir` 추가하기' },
  },
};
