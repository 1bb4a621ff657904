import type { RuleText } from '../types';

export const DL3019: RuleText = {
  title: { en: "Use apk add --no-cache", ko: "apk add --no-cache 사용하기" },
  messages: {
    default: {
      en: "Use the `--no-cache` switch to avoid the need to use `--update` and remove `/var/cache/apk/*` when done installing packages.",
      ko: "`--no-cache` 옵션을 쓰면 `--update`와 설치 후 `/var/cache/apk/*` 삭제가 필요 없습니다.",
    },
  },
  why: {
    en: "apk keeps the package index in /var/cache/apk, inside the layer of the RUN. `--no-cache` fetches the index for this command only and leaves nothing behind, so the image stays small.",
    ko: "apk는 패키지 색인을 /var/cache/apk, 즉 그 RUN의 레이어 안에 남깁니다. `--no-cache`는 이 명령에만 색인을 받고 아무것도 남기지 않아 도커이미지가 작게 유지됩니다.",
  },
  bad: "RUN apk add curl",
  good: "RUN apk add --no-cache curl",
  fix: {
    en: "Add `--no-cache` to `apk add`, or mount a cache at /var/cache/apk.",
    ko: "`apk add`에 `--no-cache`를 붙이거나 /var/cache/apk에 캐시를 마운트하십시오.",
  },
  fixes: {
    addNoCache: { en: "Add `--no-cache`", ko: "`--no-cache` 추가하기" },
  },
};
