import type { RuleText } from '../types';

export const DL3064: RuleText = {
  title: { en: 'Do not put secrets in ARG or ENV', ko: 'ARG나 ENV에 비밀 값 넣지 않기' },
  messages: {
    default: {
      en: '`{instruction} {name}` looks like sensitive data: ARG and ENV values are visible in the image.',
      ko: '`{instruction} {name}`은(는) 민감한 데이터로 보입니다: ARG와 ENV 값은 도커이미지에서 보입니다.',
    },
  },
  why: {
    en: '`ENV` values are stored in the image configuration and visible to anyone who can pull it (`docker inspect`) and in every container. `ARG` values end up in the image history of the layers that use them. A password or token passed this way leaks with the image. BuildKit secrets (`RUN --mount=type=secret`) give a command access to a secret without writing it into the image.',
    ko: '`ENV` 값은 도커이미지 설정에 저장되어, 이미지를 pull할 수 있는 누구나(`docker inspect`) 그리고 모든 컨테이너에서 볼 수 있습니다. `ARG` 값은 그것을 쓴 레이어의 이미지 히스토리에 남습니다. 이렇게 전달한 비밀번호나 토큰은 이미지와 함께 유출됩니다. BuildKit 시크릿(`RUN --mount=type=secret`)을 쓰면 이미지에 기록하지 않고 명령에 비밀 값을 줄 수 있습니다.',
  },
  bad: 'ARG GITHUB_TOKEN\nRUN git clone https://$GITHUB_TOKEN@github.com/org/repo.git',
  good: 'RUN --mount=type=secret,id=github_token \\\n    git clone https://$(cat /run/secrets/github_token)@github.com/org/repo.git',
  fix: {
    en: 'Pass the secret with `docker build --secret` and read it in `RUN --mount=type=secret`; set runtime secrets when the container starts.',
    ko: '비밀 값은 `docker build --secret`으로 전달하고 `RUN --mount=type=secret`에서 읽으십시오. 실행할 때 필요한 비밀 값은 컨테이너를 시작할 때 설정하십시오.',
  },
};
