import type { RuleText } from '../types';

export const DL3009: RuleText = {
  title: { en: "Delete the apt lists after installing", ko: "설치 후 apt 목록 지우기" },
  messages: {
    default: {
      en: "Delete the apt lists (/var/lib/apt/lists) after installing something.",
      ko: "무언가를 설치한 뒤에는 apt 목록(/var/lib/apt/lists)을 지우십시오.",
    },
  },
  why: {
    en: "`apt-get update` downloads package lists (tens of MB) into the layer of that RUN. Deleting them in a later RUN does not shrink the image, since the earlier layer keeps them; they must go in the same RUN, or live in a cache mount.",
    ko: "`apt-get update`는 패키지 목록(수십 MB)을 그 RUN의 레이어에 내려받습니다. 나중 RUN에서 지워도 앞 레이어에 남아 있어 도커이미지가 줄지 않으므로, 같은 RUN에서 지우거나 캐시 마운트에 두어야 합니다.",
  },
  bad: "RUN apt-get update && apt-get install -y curl",
  good: "RUN apt-get update && apt-get install -y curl \\\n && rm -rf /var/lib/apt/lists/*",
  fix: {
    en: "End the RUN with `&& rm -rf /var/lib/apt/lists/*`, or use `RUN --mount=type=cache,target=/var/lib/apt/lists`.",
    ko: "RUN 끝에 `&& rm -rf /var/lib/apt/lists/*`를 붙이거나 `RUN --mount=type=cache,target=/var/lib/apt/lists`를 쓰십시오.",
  },
  fixes: {
    removeAptLists: { en: "Append `rm -rf /var/lib/apt/lists/*`", ko: "`rm -rf /var/lib/apt/lists/*` 덧붙이기" },
  },
};
