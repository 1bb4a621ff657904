import type { RuleText } from '../types';

export const CopyIgnoredFile: RuleText = {
  title: { en: "Do not COPY what .dockerignore excludes", ko: ".dockerignore가 제외한 파일을 COPY하지 않기" },
  messages: {
    default: { en: "Attempting to Copy file '{file}' that is excluded by .dockerignore.", ko: ".dockerignore가 제외한 파일 '{file}'를 Copy하려고 합니다." },
    add: { en: "Attempting to Add file '{file}' that is excluded by .dockerignore.", ko: ".dockerignore가 제외한 파일 '{file}'를 Add하려고 합니다." },
  },
  why: { en: "`.dockerignore` decides what of the build context is sent to the builder at all. A source it excludes is not there during the build, so the COPY fails or copies nothing, even though the file exists on your disk.", ko: "`.dockerignore`는 빌드 컨텍스트 중 무엇을 빌더에 보낼지 정합니다. 제외된 파일은 빌드 중에 존재하지 않으므로, 디스크에 파일이 있어도 COPY가 실패하거나 아무것도 복사하지 않습니다." },
  bad: "# .dockerignore: *.env\nCOPY app.env /app/",
  good: "# .dockerignore: *.env\nCOPY config/ /app/config/",
  fix: { en: "Copy something else, or stop excluding the file in `.dockerignore`.", ko: "다른 것을 복사하거나 `.dockerignore`에서 그 파일을 제외하지 마십시오." },
};
