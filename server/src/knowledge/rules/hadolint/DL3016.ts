import type { RuleText } from '../types';

export const DL3016: RuleText = {
  title: { en: "Pin versions in npm install", ko: "npm install에서 버전 고정하기" },
  messages: {
    default: {
      en: "Pin versions in npm: use `npm install {package}@<version>`.",
      ko: "npm에서 버전을 고정하십시오: `npm install {package}@<버전>`을 쓰십시오.",
    },
  },
  why: {
    en: "A package without a version installs whatever is newest on the registry when the image is built, so rebuilding the same Dockerfile gives a different image.",
    ko: "버전 없는 패키지는 도커이미지를 빌드하는 시점의 최신 버전이 설치되므로, 같은 도커파일을 다시 빌드해도 다른 이미지가 나옵니다.",
  },
  bad: "RUN npm install -g typescript",
  good: "RUN npm install -g typescript@5.7.2",
  fix: {
    en: "Add `@version` (or install from package.json with a lock file: `npm ci`).",
    ko: "`@버전`을 붙이십시오(또는 잠금 파일과 함께 package.json으로 설치: `npm ci`).",
  },
};
