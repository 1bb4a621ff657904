import type { RuleText } from '../types';

export const DL3020: RuleText = {
  title: { en: "Use COPY instead of ADD for files", ko: "파일에는 ADD 대신 COPY 사용하기" },
  messages: {
    default: {
      en: "Use COPY instead of ADD for files and folders.",
      ko: "파일과 폴더에는 ADD 대신 COPY를 쓰십시오.",
    },
  },
  why: {
    en: "ADD also downloads URLs and unpacks archives, so a reader cannot tell from the line what will end up in the image. COPY only copies from the build context: it says exactly what it does.",
    ko: "ADD는 URL을 내려받고 압축도 풀기 때문에, 그 줄만 보고는 무엇이 도커이미지에 들어갈지 알 수 없습니다. COPY는 빌드 컨텍스트에서 복사만 하므로 하는 일이 분명합니다.",
  },
  bad: "ADD requirements.txt /app/",
  good: "COPY requirements.txt /app/",
  fix: {
    en: "Write COPY; keep ADD for local tar archives to extract and for URLs.",
    ko: "COPY로 쓰고, ADD는 풀어야 할 로컬 tar 압축과 URL에만 쓰십시오.",
  },
  fixes: {
    useCopy: { en: "Replace ADD with COPY", ko: "ADD를 COPY로 바꾸기" },
  },
};
