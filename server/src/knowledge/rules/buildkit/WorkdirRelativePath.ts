import type { RuleText } from '../types';

export const WorkdirRelativePath: RuleText = {
  title: { en: "Start with an absolute WORKDIR", ko: "처음 WORKDIR는 절대 경로로" },
  messages: {
    default: { en: "Relative workdir '{path}' can have unexpected results if the base image changes.", ko: "상대 경로 workdir '{path}'는 베이스 이미지가 바뀌면 예상치 못한 결과를 낼 수 있습니다." },
  },
  why: { en: "A relative WORKDIR is resolved against the working directory the base image sets. When the base image changes that directory, the files of your image and the container's working directory move with it.", ko: "상대 경로 WORKDIR는 베이스 이미지가 정한 작업 디렉터리를 기준으로 정해집니다. 베이스 이미지가 그 디렉터리를 바꾸면 이미지의 파일과 도커컨테이너의 작업 디렉터리도 함께 바뀝니다." },
  bad: "FROM node:20\nWORKDIR app",
  good: "FROM node:20\nWORKDIR /app",
  fix: { en: "Make the first WORKDIR of the stage an absolute path.", ko: "스테이지의 첫 WORKDIR를 절대 경로로 쓰십시오." },
  fixes: {
    makeAbsolute: { en: "Make it absolute (/…)", ko: "절대 경로(/…)로 바꾸기" },
  },
};
