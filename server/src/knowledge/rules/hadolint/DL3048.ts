import type { RuleText } from '../types';

export const DL3048: RuleText = {
  title: { en: 'Use a valid label key', ko: '올바른 레이블 키 사용하기' },
  messages: {
    default: {
      en: 'Invalid label key `{key}`: use lower-case letters, digits, `.`, `-`, `_` and `/`, starting with a letter.',
      ko: '잘못된 레이블 키 `{key}`: 영문 소문자로 시작하고 소문자, 숫자, `.`, `-`, `_`, `/`만 쓰십시오.',
    },
  },
  why: {
    en: 'Labels are metadata stored in the image and read by tools (registries, scanners, orchestrators). Docker recommends reverse-DNS keys in lower case (`org.opencontainers.image.source`), without `..` or `--`, and reserves the `com.docker.`, `io.docker.` and `org.dockerproject.` namespaces. Keys outside that format may be ignored or clash with other tools.',
    ko: '레이블은 도커이미지에 저장되는 메타데이터로, 레지스트리, 스캐너, 오케스트레이터 같은 도구가 읽습니다. 도커는 소문자 역DNS 형식의 키(`org.opencontainers.image.source`)를 권장하고, `..`이나 `--`를 피하며, `com.docker.`, `io.docker.`, `org.dockerproject.` 네임스페이스는 예약되어 있습니다. 이 형식을 벗어난 키는 무시되거나 다른 도구와 충돌할 수 있습니다.',
  },
  bad: 'LABEL Maintainer=me@example.com',
  good: 'LABEL org.opencontainers.image.authors=me@example.com',
  fix: {
    en: 'Rename the key: lower case, reverse-DNS style, e.g. `org.opencontainers.image.version`.',
    ko: '키 이름을 바꾸십시오: 소문자 역DNS 형식, 예: `org.opencontainers.image.version`.',
  },
};
