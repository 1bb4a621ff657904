import type { RuleText } from '../types';

export const DL3003: RuleText = {
  title: { en: "Use WORKDIR instead of cd", ko: "cd 대신 WORKDIR 사용하기" },
  messages: {
    default: {
      en: "Use WORKDIR to switch to a directory.",
      ko: "디렉터리를 바꿀 때는 WORKDIR를 쓰십시오.",
    },
  },
  why: {
    en: "`cd` only lasts until the end of its RUN: the next instruction starts in the WORKDIR again. WORKDIR states the folder once, for every later instruction and for the container, which makes the Dockerfile easier to read and less error-prone.",
    ko: "`cd`는 그 RUN이 끝날 때까지만 효과가 있고, 다음 명령어는 다시 WORKDIR에서 시작합니다. WORKDIR는 이후 모든 명령어와 도커컨테이너의 폴더를 한 번에 정해 주므로 도커파일이 읽기 쉽고 실수가 줄어듭니다.",
  },
  bad: "RUN cd /app && make",
  good: "WORKDIR /app\nRUN make",
  fix: {
    en: "Set the folder with WORKDIR before the RUN.",
    ko: "RUN 앞에서 WORKDIR로 폴더를 정하십시오.",
  },
};
