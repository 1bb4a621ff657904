import type { RuleText } from '../types';

export const SecretsUsedInArgOrEnv: RuleText = {
  title: { en: "Do not pass secrets with ARG or ENV", ko: "비밀 값을 ARG나 ENV로 넘기지 않기" },
  messages: {
    default: { en: "Do not use ARG or ENV instructions for sensitive data ({instruction} '{name}').", ko: "민감한 데이터에 ARG나 ENV 명령어를 쓰지 마십시오({instruction} '{name}')." },
  },
  why: { en: "ENV values are stored in the image config and every container sees them; ARG values end up in the image history (`docker history`). Anyone who can pull the image can read them. Build secrets belong in `RUN --mount=type=secret`, which never writes them into a layer.", ko: "ENV 값은 이미지 설정에 저장되어 모든 도커컨테이너가 보고, ARG 값은 이미지 기록(`docker history`)에 남습니다. 이미지를 받을 수 있는 누구나 읽을 수 있습니다. 빌드에 필요한 비밀은 레이어에 기록되지 않는 `RUN --mount=type=secret`으로 넘겨야 합니다." },
  bad: "ARG GITHUB_TOKEN\nRUN git clone https://$GITHUB_TOKEN@github.com/org/repo",
  good: "RUN --mount=type=secret,id=github_token,env=GITHUB_TOKEN git clone https://$GITHUB_TOKEN@github.com/org/repo",
  fix: { en: "Pass the value with `RUN --mount=type=secret` (or at run time), not ARG/ENV.", ko: "값을 ARG/ENV가 아니라 `RUN --mount=type=secret`(또는 실행할 때)으로 넘기십시오." },
};
