import type { RuleText } from '../types';

export const DL3006: RuleText = {
  title: { en: 'Tag the base image version', ko: '베이스 이미지 버전에 태그 붙이기' },
  messages: {
    default: {
      en: 'Always tag the version of an image explicitly: `{image}` has no tag, so Docker pulls `latest`.',
      ko: '이미지 버전을 항상 명시적으로 태그하십시오: `{image}`에는 태그가 없어 Docker가 `latest`를 받습니다.',
    },
  },
  why: {
    en: 'An image is an immutable snapshot, and the same Dockerfile should give the same image. Without a tag, `FROM` takes whatever `latest` points to on the day you build, so two builds of the same file can start from different base images.',
    ko: '도커이미지(Docker image)는 변하지 않는 스냅숏이고, 같은 도커파일은 같은 이미지를 만들어야 합니다. 태그가 없으면 `FROM`은 빌드하는 날 `latest`가 가리키는 이미지를 가져오므로, 같은 파일을 두 번 빌드해도 서로 다른 베이스 이미지에서 시작할 수 있습니다.',
  },
  bad: 'FROM debian',
  good: 'FROM debian:bookworm-slim',
  fix: {
    en: 'Add the tag (or a digest) of the version you tested with, e.g. `debian:bookworm-slim`.',
    ko: '테스트한 버전의 태그(또는 다이제스트)를 붙이십시오. 예: `debian:bookworm-slim`.',
  },
};
