import type { RuleText } from '../types';

export const DL3043: RuleText = {
  title: { en: 'No ONBUILD, FROM or MAINTAINER as an ONBUILD trigger', ko: 'ONBUILD 트리거로 ONBUILD, FROM, MAINTAINER 쓰지 않기' },
  messages: {
    default: {
      en: '`{instruction}` is not allowed as an `ONBUILD` trigger: the builder rejects it.',
      ko: '`{instruction}`은(는) `ONBUILD` 트리거로 쓸 수 없습니다: 빌더가 거부합니다.',
    },
  },
  why: {
    en: '`ONBUILD` stores an instruction in the image metadata; it runs later, when another Dockerfile uses this image in its `FROM`. At that point a stage has already begun, so starting a new one (`FROM`), chaining another trigger (`ONBUILD`) or the obsolete `MAINTAINER` make no sense, and `docker build` stops with an error.',
    ko: '`ONBUILD`는 명령어를 도커이미지의 메타데이터에 저장해 두었다가, 다른 도커파일이 이 이미지를 `FROM`으로 쓸 때 실행합니다. 그때는 이미 스테이지가 시작된 뒤이므로 새 스테이지 시작(`FROM`), 트리거 연쇄(`ONBUILD`), 폐기된 `MAINTAINER`는 의미가 없고, `docker build`는 오류로 중단됩니다.',
  },
  bad: 'ONBUILD FROM node:20',
  good: 'ONBUILD COPY package.json /app/',
  fix: {
    en: 'Remove the trigger, or write the instruction directly in the Dockerfile that builds on this image.',
    ko: '트리거를 지우거나, 이 이미지를 베이스로 쓰는 도커파일에 그 명령어를 직접 쓰십시오.',
  },
};
