import type { RuleText } from '../types';

export const DL3062: RuleText = {
  title: { en: 'Pin versions in go install', ko: 'go install에서 버전 고정하기' },
  messages: {
    default: {
      en: 'Pin the version of `{package}`: `go install <package>@<version>` instead of no version, `@latest` or `@none`.',
      ko: '`{package}`의 버전을 고정하십시오: 버전 없이, 또는 `@latest`, `@none` 대신 `go install <패키지>@<버전>`을 쓰십시오.',
    },
  },
  why: {
    en: 'Without a version, `go install`/`go get`/`go run` fetch whatever is newest on the day of the build. The same Dockerfile then produces different binaries over time, and a breaking release upstream breaks your image build.',
    ko: '버전이 없으면 `go install`/`go get`/`go run`은 빌드하는 날의 최신 버전을 가져옵니다. 그러면 같은 도커파일이 시간이 지나며 다른 바이너리를 만들고, 상위 프로젝트의 호환성 깨지는 릴리스가 이미지 빌드를 망가뜨립니다.',
  },
  bad: 'RUN go install github.com/go-delve/delve/cmd/dlv@latest',
  good: 'RUN go install github.com/go-delve/delve/cmd/dlv@v1.23.1',
  fix: {
    en: 'Add `@<version>` (a tag such as `@v1.2.3`, or a commit) to the package path.',
    ko: '패키지 경로에 `@<버전>`(`@v1.2.3` 같은 태그나 커밋)을 붙이십시오.',
  },
};
