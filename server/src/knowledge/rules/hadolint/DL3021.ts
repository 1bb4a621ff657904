import type { RuleText } from '../types';

export const DL3021: RuleText = {
  title: { en: "COPY of several files needs a folder destination", ko: "여러 파일 COPY의 대상은 폴더로" },
  messages: {
    default: {
      en: "COPY with more than 2 arguments requires the last argument to end with /: `{destination}`.",
      ko: "인수가 2개보다 많은 COPY는 마지막 인수가 /로 끝나야 합니다: `{destination}`.",
    },
  },
  why: {
    en: "With several sources the destination must be a folder. Ending it with `/` says so; without it the legacy builder refuses the build and readers may expect a single file.",
    ko: "원본이 여럿이면 대상은 폴더여야 합니다. `/`로 끝내면 그 뜻이 분명해집니다. 없으면 예전 빌더는 빌드를 거부하고 읽는 사람은 파일 하나를 기대할 수 있습니다.",
  },
  bad: "COPY package.json package-lock.json /app",
  good: "COPY package.json package-lock.json /app/",
  fix: {
    en: "End the destination with `/`.",
    ko: "대상을 `/`로 끝내십시오.",
  },
  fixes: {
    addSlash: { en: "Add the trailing `/`", ko: "끝에 `/` 붙이기" },
  },
};
