import type { RuleText } from '../types';

export const DL3067: RuleText = {
  title: { en: 'Do not copy a whole filesystem from another stage', ko: '다른 스테이지의 파일 시스템 전체를 복사하지 않기' },
  messages: {
    default: {
      en: 'Do not copy an entire filesystem (`/` to `/`) from another stage or image.',
      ko: '다른 스테이지나 이미지의 파일 시스템 전체(`/`에서 `/`로)를 복사하지 마십시오.',
    },
  },
  why: {
    en: 'A multi-stage build exists to carry only the results of a build stage into the final image. Copying `/` to `/` brings the compilers, caches and package databases along, overwriting the final stage\'s own system files, which defeats the purpose and can break the image.',
    ko: '멀티 스테이지 빌드는 빌드 스테이지의 결과물만 최종 도커이미지로 옮기기 위한 것입니다. `/`를 `/`로 복사하면 컴파일러, 캐시, 패키지 데이터베이스까지 함께 들어와 최종 스테이지의 시스템 파일을 덮어쓰므로, 목적에 어긋나고 이미지가 망가질 수 있습니다.',
  },
  bad: 'COPY --from=build / /',
  good: 'COPY --from=build /app/bin/server /usr/local/bin/server',
  fix: {
    en: 'Copy only the paths you need, e.g. the built binary or the `dist/` folder.',
    ko: '빌드된 바이너리나 `dist/` 폴더처럼 필요한 경로만 복사하십시오.',
  },
};
