import type { RuleText } from '../types';

export const DL4001: RuleText = {
  title: { en: 'Use either wget or curl, not both', ko: 'wget과 curl 중 하나만 쓰기' },
  messages: {
    default: {
      en: 'This stage uses both `wget` and `curl`: pick one.',
      ko: '이 스테이지에서 `wget`과 `curl`을 모두 씁니다: 하나만 고르십시오.',
    },
  },
  why: {
    en: 'Both tools download files; installing and using both adds a package (and its libraries) to the image for no benefit. One tool keeps the image smaller and the Dockerfile easier to read.',
    ko: '두 도구 모두 파일을 내려받는 도구입니다. 둘 다 설치해 쓰면 이점 없이 패키지(와 그 라이브러리)가 도커이미지에 더해집니다. 하나만 쓰면 이미지가 작아지고 도커파일도 읽기 쉬워집니다.',
  },
  bad: 'RUN curl -fsSLO https://example.com/a.tgz\nRUN wget -q https://example.com/b.tgz',
  good: 'RUN curl -fsSLO https://example.com/a.tgz \\\n && curl -fsSLO https://example.com/b.tgz',
  fix: {
    en: 'Use the same tool for every download of the stage.',
    ko: '그 스테이지의 모든 다운로드에 같은 도구를 쓰십시오.',
  },
};
