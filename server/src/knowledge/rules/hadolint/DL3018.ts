import type { RuleText } from '../types';

export const DL3018: RuleText = {
  title: { en: "Pin versions in apk add", ko: "apk add에서 버전 고정하기" },
  messages: {
    default: {
      en: "Pin versions in apk add: `{package}` has no version, use `apk add <package>=<version>`.",
      ko: "apk add에서 버전을 고정하십시오: `{package}`에 버전이 없습니다. `apk add <패키지>=<버전>`을 쓰십시오.",
    },
  },
  why: {
    en: "Without a version the image gets whatever the Alpine index holds on build day; rebuilds are not reproducible and updates arrive unreviewed.",
    ko: "버전이 없으면 빌드하는 날 Alpine 색인에 있는 버전이 들어가므로, 다시 빌드해도 같은 도커이미지가 나오지 않고 검토하지 않은 업데이트가 들어옵니다.",
  },
  bad: "RUN apk add --no-cache curl",
  good: "RUN apk add --no-cache curl=8.11.1-r0",
  fix: {
    en: "Write `package=version` (or `package~version` for a range).",
    ko: "`패키지=버전`(범위는 `패키지~버전`)으로 쓰십시오.",
  },
};
