import type { RuleText } from '../types';

export const DL3061: RuleText = {
  title: { en: 'Start with FROM (or ARG)', ko: 'FROM(또는 ARG)으로 시작하기' },
  messages: {
    default: {
      en: '`{instruction}` before the first `FROM`: a Dockerfile must begin with `FROM`, `ARG` or comments.',
      ko: '첫 `FROM` 앞에 `{instruction}`이(가) 있습니다: 도커파일은 `FROM`, `ARG` 또는 주석으로 시작해야 합니다.',
    },
  },
  why: {
    en: 'Every instruction except `ARG` works on a build stage, and a stage begins with `FROM`, which picks the base image. Before the first `FROM` there is no image to change, so `docker build` stops with "no build stage in current context". Only `ARG` may come first, to parameterise the `FROM` lines.',
    ko: '`ARG`를 제외한 모든 명령어는 빌드 스테이지 위에서 동작하고, 스테이지는 베이스 이미지를 고르는 `FROM`으로 시작합니다. 첫 `FROM` 이전에는 바꿀 도커이미지가 없으므로 `docker build`는 "no build stage in current context" 오류로 중단됩니다. `FROM` 줄에 쓸 값을 정하는 `ARG`만 앞에 올 수 있습니다.',
  },
  bad: 'ENV NODE_ENV=production\nFROM node:20',
  good: 'FROM node:20\nENV NODE_ENV=production',
  fix: {
    en: 'Move the instruction below the `FROM` line.',
    ko: '그 명령어를 `FROM` 줄 아래로 옮기십시오.',
  },
};
