import type { RuleText } from '../types';

export const DL3013: RuleText = {
  title: { en: "Pin versions in pip install", ko: "pip install에서 버전 고정하기" },
  messages: {
    default: {
      en: "Pin versions in pip. Instead of `pip install <package>` use `pip install <package>==<version>` or `pip install --requirement <requirements file>`.",
      ko: "pip에서 버전을 고정하십시오. `pip install <패키지>` 대신 `pip install <패키지>==<버전>`이나 `pip install --requirement <요구사항 파일>`을 쓰십시오.",
    },
  },
  why: {
    en: "Unpinned packages make each build install the newest release: the image changes without any change to the Dockerfile, and a breaking release breaks the build or the app.",
    ko: "버전을 고정하지 않으면 빌드할 때마다 최신 릴리스가 설치되어, 도커파일을 바꾸지 않아도 도커이미지가 달라지고 호환되지 않는 릴리스가 빌드나 앱을 망가뜨립니다.",
  },
  bad: "RUN pip install flask",
  good: "RUN pip install flask==3.1.0",
  fix: {
    en: "Add `==version` to each package, or install from a pinned requirements file.",
    ko: "패키지마다 `==버전`을 붙이거나 버전이 고정된 요구사항 파일로 설치하십시오.",
  },
};
