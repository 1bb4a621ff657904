import type { RuleText } from '../types';

export const TutorExposeInBuildStage: RuleText = {
  title: { en: 'EXPOSE belongs in the stage that becomes the image', ko: 'EXPOSE는 이미지가 되는 스테이지에 쓰기' },
  messages: {
    default: {
      en: 'This EXPOSE has no effect: stage `{stage}` is only a build step, and its settings are not part of the image built from stage `{target}`. Write EXPOSE in the final stage.',
      ko: '이 EXPOSE는 효과가 없습니다. `{stage}` 스테이지는 빌드 단계일 뿐이고, 그 설정값은 `{target}` 스테이지로 만드는 이미지에 들어가지 않습니다. EXPOSE는 최종 스테이지에 쓰십시오.',
    },
  },
  why: {
    en: 'EXPOSE does not open or publish anything: it writes into the image configuration which ports the container listens on, as documentation for people and for `docker run -P`. Publishing a port happens when the container starts (`docker run -p 8080:80`). In a multi-stage build only the target stage becomes the image; `COPY --from` takes files from a build stage and leaves its configuration (EXPOSE, ENV, CMD) behind. An EXPOSE in a build stage therefore documents nothing in the final image.',
    ko: 'EXPOSE는 포트를 열거나 공개(publish)하지 않습니다. 컨테이너가 어느 포트에서 기다리는지를 이미지 설정에 적어 두는 것으로, 사람과 `docker run -P`를 위한 문서입니다. 포트 공개는 컨테이너를 실행할 때 합니다(`docker run -p 8080:80`). 멀티 스테이지 빌드에서는 대상 스테이지만 이미지가 되고, `COPY --from`은 빌드 스테이지에서 파일만 가져올 뿐 설정값(EXPOSE, ENV, CMD)은 두고 옵니다. 그래서 빌드 스테이지의 EXPOSE는 최종 이미지에 아무것도 남기지 않습니다.',
  },
  bad: 'FROM golang:1.23 AS build\nEXPOSE 8080\nRUN go build -o /out/app .\n\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]',
  good: 'FROM golang:1.23 AS build\nRUN go build -o /out/app .\n\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /out/app /app\nEXPOSE 8080\nENTRYPOINT ["/app"]',
  fix: {
    en: 'Move the EXPOSE into the final stage; to reach the port from the host, publish it when running the container: `docker run -p 8080:8080 image`.',
    ko: 'EXPOSE를 최종 스테이지로 옮기십시오. 호스트에서 포트에 접속하려면 컨테이너를 실행할 때 공개하십시오: `docker run -p 8080:8080 이미지`.',
  },
  fixes: {
    moveToTarget: { en: 'Move EXPOSE to the final stage', ko: 'EXPOSE를 최종 스테이지로 옮기기' },
  },
};
