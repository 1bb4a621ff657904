import type { RuleText } from '../types';

export const DL3057: RuleText = {
  title: { en: 'Add a HEALTHCHECK', ko: 'HEALTHCHECK 추가하기' },
  messages: {
    default: {
      en: '`HEALTHCHECK` instruction missing in the image that is built.',
      ko: '빌드되는 도커이미지에 `HEALTHCHECK` 명령어가 없습니다.',
    },
  },
  why: {
    en: 'A running process is not always a working service. `HEALTHCHECK` tells the container runtime how to test the container from inside; Docker then reports it as healthy or unhealthy, and orchestrators can restart or stop routing to it. Without it, a hung server looks alive. (This rule is off by default, as in hadolint.)',
    ko: '프로세스가 실행 중이라고 서비스가 정상인 것은 아닙니다. `HEALTHCHECK`는 컨테이너 런타임에 컨테이너 안에서 상태를 검사하는 방법을 알려 주고, 도커는 그 결과로 healthy/unhealthy를 표시하며 오케스트레이터는 재시작하거나 트래픽을 끊을 수 있습니다. 없으면 멈춘 서버도 살아 있는 것처럼 보입니다. (이 규칙은 hadolint처럼 기본으로 꺼져 있습니다.)',
  },
  bad: 'FROM nginx:1.27\nCOPY site/ /usr/share/nginx/html/',
  good: 'FROM nginx:1.27\nCOPY site/ /usr/share/nginx/html/\nHEALTHCHECK CMD curl -fs http://localhost/ || exit 1',
  fix: {
    en: 'Add `HEALTHCHECK CMD <test>` to the final stage, or `HEALTHCHECK NONE` to state that none is wanted.',
    ko: '최종 스테이지에 `HEALTHCHECK CMD <검사>`를 추가하거나, 필요 없다는 뜻으로 `HEALTHCHECK NONE`을 쓰십시오.',
  },
};
