import type { RuleText } from '../types';

export const DL3000: RuleText = {
  title: { en: "Use an absolute WORKDIR", ko: "WORKDIR는 절대 경로로 쓰기" },
  messages: {
    default: {
      en: "Use absolute WORKDIR: `{path}` is relative.",
      ko: "WORKDIR는 절대 경로로 쓰십시오: `{path}`는 상대 경로입니다.",
    },
  },
  why: {
    en: "A relative WORKDIR is resolved against the previous working directory, which may come from the base image. When the base image changes, your files land somewhere else in the image and the container starts in an unexpected folder.",
    ko: "상대 경로 WORKDIR는 이전 작업 디렉터리를 기준으로 풀리며, 그 값은 베이스 이미지에서 올 수도 있습니다. 베이스 이미지가 바뀌면 파일이 도커이미지의 다른 곳에 놓이고 도커컨테이너가 예상과 다른 폴더에서 시작합니다.",
  },
  bad: "WORKDIR app",
  good: "WORKDIR /app",
  fix: {
    en: "Write the full path, starting with `/`.",
    ko: "`/`로 시작하는 전체 경로를 쓰십시오.",
  },
  fixes: {
    makeAbsolute: { en: "Make the path absolute", ko: "절대 경로로 바꾸기" },
  },
};
