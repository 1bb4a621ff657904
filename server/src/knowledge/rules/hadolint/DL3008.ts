import type { RuleText } from '../types';

export const DL3008: RuleText = {
  title: { en: "Pin versions in apt-get install", ko: "apt-get install에서 버전 고정하기" },
  messages: {
    default: {
      en: "Pin versions in apt-get install: `{package}` has no `=version`.",
      ko: "apt-get install에서 버전을 고정하십시오: `{package}`에 `=버전`이 없습니다.",
    },
  },
  why: {
    en: "Without a version, each build installs whatever the package index offers that day, so two builds of the same Dockerfile can produce different images, and a new package version can break the image unnoticed.",
    ko: "버전이 없으면 빌드할 때마다 그날 패키지 색인에 있는 버전이 설치되므로, 같은 도커파일로 만든 두 도커이미지가 달라질 수 있고 새 패키지 버전이 모르는 사이에 이미지를 망가뜨릴 수 있습니다.",
  },
  bad: "RUN apt-get install -y curl",
  good: "RUN apt-get install -y curl=7.88.1-10+deb12u8",
  fix: {
    en: "Write `package=version` (see `apt-cache policy package`).",
    ko: "`패키지=버전`으로 쓰십시오(`apt-cache policy 패키지`로 확인).",
  },
};
