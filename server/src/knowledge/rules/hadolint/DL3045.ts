import type { RuleText } from '../types';

export const DL3045: RuleText = {
  title: { en: 'Set WORKDIR before COPY to a relative path', ko: '상대 경로로 COPY하기 전에 WORKDIR 설정하기' },
  messages: {
    default: {
      en: '`COPY` to the relative destination `{destination}` without `WORKDIR` set: it lands wherever the base image\'s working directory is.',
      ko: '`WORKDIR` 없이 상대 경로 `{destination}`(으)로 `COPY`합니다: 베이스 이미지의 작업 디렉터리가 어디든 그곳에 복사됩니다.',
    },
  },
  why: {
    en: 'A relative destination is resolved against the working directory, which your Dockerfile did not set: it comes from the base image and may change when the base image does (often it is `/`). The files then end up in a different place of the image than the `CMD` expects.',
    ko: '상대 경로 목적지는 작업 디렉터리를 기준으로 정해지는데, 이 도커파일은 작업 디렉터리를 정하지 않았습니다. 그 값은 베이스 이미지에서 오며(흔히 `/`), 베이스 이미지가 바뀌면 함께 바뀔 수 있습니다. 그러면 파일이 `CMD`가 기대하는 곳과 다른 위치에 들어갑니다.',
  },
  bad: 'FROM node:20\nCOPY package.json .',
  good: 'FROM node:20\nWORKDIR /app\nCOPY package.json .',
  fix: {
    en: 'Add `WORKDIR /app` (an absolute path) before the `COPY`, or copy to an absolute path.',
    ko: '`COPY` 앞에 `WORKDIR /app`(절대 경로)을 추가하거나, 절대 경로로 복사하십시오.',
  },
};
