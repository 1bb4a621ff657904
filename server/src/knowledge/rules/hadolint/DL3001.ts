import type { RuleText } from '../types';

export const DL3001: RuleText = {
  title: { en: "Commands that make no sense in a build", ko: "빌드에서 의미 없는 명령" },
  messages: {
    default: {
      en: "`{command}` makes no sense in a Docker build (like `ssh`, `vim`, `shutdown`, `service`, `ps`, `free`, `top`, `kill`, `mount`).",
      ko: "`{command}`는 도커 빌드 안에서 의미가 없습니다(`ssh`, `vim`, `shutdown`, `service`, `ps`, `free`, `top`, `kill`, `mount` 등).",
    },
  },
  why: {
    en: "A RUN executes once, at build time, in a throw-away container; only its file changes are kept as a layer. Interactive tools, services started there and processes you inspect are gone when the step ends: nothing of them reaches the container you run later.",
    ko: "RUN은 빌드할 때 임시 도커컨테이너에서 한 번 실행되고, 파일 변경만 레이어로 남습니다. 대화형 도구, 그 안에서 시작한 서비스, 살펴본 프로세스는 단계가 끝나면 사라지며 나중에 실행하는 컨테이너에는 아무것도 전해지지 않습니다.",
  },
  bad: "RUN service nginx start",
  good: "CMD [\"nginx\", \"-g\", \"daemon off;\"]",
  fix: {
    en: "Remove the command; start services with CMD or ENTRYPOINT when the container runs.",
    ko: "명령을 지우고, 서비스는 컨테이너가 실행될 때 CMD나 ENTRYPOINT로 시작하십시오.",
  },
};
