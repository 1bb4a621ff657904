import type { RuleText } from '../types';

export const DL3028: RuleText = {
  title: { en: "Pin versions in gem install", ko: "gem install에서 버전 고정하기" },
  messages: {
    default: {
      en: "Pin versions in gem install: use `gem install {gem}:<version>`.",
      ko: "gem install에서 버전을 고정하십시오: `gem install {gem}:<버전>`을 쓰십시오.",
    },
  },
  why: {
    en: "A gem without a version installs the newest release on every build, so rebuilds give different images and may break.",
    ko: "버전 없는 gem은 빌드할 때마다 최신 릴리스가 설치되어, 다시 빌드하면 다른 도커이미지가 나오고 망가질 수 있습니다.",
  },
  bad: "RUN gem install bundler",
  good: "RUN gem install bundler:2.5.23",
  fix: {
    en: "Write `gem:version`, or pass `-v version`.",
    ko: "`gem:버전`으로 쓰거나 `-v 버전`을 주십시오.",
  },
};
