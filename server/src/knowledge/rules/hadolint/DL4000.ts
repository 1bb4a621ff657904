import type { RuleText } from '../types';

export const DL4000: RuleText = {
  title: { en: 'MAINTAINER is deprecated', ko: 'MAINTAINER는 폐기되었습니다' },
  messages: {
    default: {
      en: '`MAINTAINER` is deprecated: use a label, e.g. `LABEL org.opencontainers.image.authors="…"`.',
      ko: '`MAINTAINER`는 폐기되었습니다: `LABEL org.opencontainers.image.authors="…"` 같은 레이블을 쓰십시오.',
    },
  },
  why: {
    en: '`MAINTAINER` once wrote a dedicated author field into the image metadata. Labels replaced it: they are key–value metadata any tool can read, and the OCI key `org.opencontainers.image.authors` is the standard place for the author.',
    ko: '`MAINTAINER`는 예전에 도커이미지 메타데이터의 전용 작성자 필드를 채웠습니다. 지금은 어떤 도구든 읽을 수 있는 키-값 메타데이터인 레이블이 그 역할을 하며, 작성자는 OCI 표준 키 `org.opencontainers.image.authors`에 적습니다.',
  },
  bad: 'MAINTAINER Jane Doe <jane@example.com>',
  good: 'LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"',
  fix: {
    en: 'Replace it with `LABEL org.opencontainers.image.authors="…"`.',
    ko: '`LABEL org.opencontainers.image.authors="…"`로 바꾸십시오.',
  },
  fixes: {
    toLabel: { en: 'Replace with an authors LABEL', ko: 'authors LABEL로 바꾸기' },
  },
};
