import type { RuleText } from '../types';

export const TutorSecretInLayer: RuleText = {
  title: { en: 'Keep secrets out of the image layers', ko: '비밀 정보를 이미지 레이어에 남기지 않기' },
  messages: {
    default: {
      en: '`{source}` looks like a secret file: {instruction} stores it in a layer of the image, where anyone who can pull the image can read it, even if a later step deletes it.',
      ko: '`{source}`는 비밀 정보 파일로 보입니다. {instruction}은 이 파일을 이미지 레이어에 저장하므로, 나중 단계에서 지우더라도 이미지를 받을 수 있는 사람은 누구나 읽을 수 있습니다.',
    },
    writesFile: {
      en: 'This writes `${name}` into `{file}`, which stays in this layer of the image. Mount the secret for this RUN only (`RUN --mount=type=secret`).',
      ko: '`${name}`을(를) `{file}`에 쓰므로 그 값이 이 이미지 레이어에 남습니다. 비밀 정보는 이 RUN에만 마운트하십시오(`RUN --mount=type=secret`).',
    },
    storesConfig: {
      en: '`{command}` saves `${name}` in a configuration file, which stays in this layer of the image. Mount the secret for this RUN only (`RUN --mount=type=secret`).',
      ko: '`{command}`는 `${name}`을(를) 설정 파일에 저장하므로 그 값이 이 이미지 레이어에 남습니다. 비밀 정보는 이 RUN에만 마운트하십시오(`RUN --mount=type=secret`).',
    },
    literal: {
      en: 'A literal value after `{flag}`: the RUN command line is kept in the image history (`docker history`). Read the secret from a secret mount instead.',
      ko: '`{flag}` 뒤에 값이 그대로 적혀 있습니다. RUN의 명령줄은 이미지 이력(`docker history`)에 남습니다. 비밀 정보는 시크릿 마운트에서 읽으십시오.',
    },
  },
  why: {
    en: 'An image is a stack of read-only layers, and it is shared: every registry, CI runner and colleague that pulls it gets all its layers and its history. A key copied by `COPY`, or a token written to a file by `RUN`, is in its layer for good; deleting it in a later step only hides it in the top layer. A secret mount (`RUN --mount=type=secret`) puts the secret in a temporary file, or an environment variable, for the one RUN that needs it, and it is never stored in the image.',
    ko: '이미지는 읽기 전용 레이어를 쌓은 것이고, 여러 곳에서 함께 씁니다. 이미지를 받는 레지스트리, CI 러너, 동료 모두가 레이어 전부와 이력을 받습니다. `COPY`로 복사한 키나 `RUN`이 파일로 쓴 토큰은 그 레이어에 영영 남고, 나중 단계에서 지워도 맨 위 레이어에서 가려질 뿐입니다. 시크릿 마운트(`RUN --mount=type=secret`)는 비밀 정보가 필요한 RUN 하나가 실행되는 동안에만 임시 파일이나 환경변수로 넣어 주며, 이미지에는 저장하지 않습니다.',
  },
  bad: 'ARG NPM_TOKEN\nCOPY .npmrc /root/.npmrc\nRUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" >> /root/.npmrc && npm ci',
  good: '# docker build --secret id=npmrc,src=$HOME/.npmrc .\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci',
  fix: {
    en: 'Pass the secret at build time (`docker build --secret id=npmrc,src=$HOME/.npmrc .`) and mount it where the tool reads it: `RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci`, or as a variable with `env=NPM_TOKEN`. For SSH keys use `RUN --mount=type=ssh`. Keep secret files out of the build context with `.dockerignore`.',
    ko: '비밀 정보는 빌드할 때 넘기고(`docker build --secret id=npmrc,src=$HOME/.npmrc .`), 도구가 읽는 자리에 마운트하십시오: `RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci`. 환경변수로 받으려면 `env=NPM_TOKEN`을 씁니다. SSH 키에는 `RUN --mount=type=ssh`를 쓰십시오. 비밀 파일은 `.dockerignore`로 빌드 컨텍스트에서 빼 두십시오.',
  },
};
