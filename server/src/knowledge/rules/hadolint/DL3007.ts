import type { RuleText } from '../types';

export const DL3007: RuleText = {
  title: { en: "Do not use the latest tag", ko: "latest 태그 쓰지 않기" },
  messages: {
    default: {
      en: "Using latest is prone to errors if the image will ever update. Pin the version explicitly to a release tag.",
      ko: "latest는 이미지가 갱신되면 문제를 일으키기 쉽습니다. 릴리스 태그로 버전을 명시하십시오.",
    },
  },
  why: {
    en: "`latest` is just the tag most recently pushed: the same Dockerfile builds on a different base image tomorrow. Builds stop being reproducible and an upstream major upgrade can break your image without any change on your side.",
    ko: "`latest`는 가장 최근에 올라온 태그일 뿐이라서, 같은 도커파일이 내일은 다른 베이스 이미지로 빌드됩니다. 빌드를 재현할 수 없고, 내가 아무것도 바꾸지 않아도 상위 이미지의 큰 업그레이드가 도커이미지를 망가뜨릴 수 있습니다.",
  },
  bad: "FROM node:latest",
  good: "FROM node:22.12-bookworm",
  fix: {
    en: "Use a release tag (and a digest for full reproducibility).",
    ko: "릴리스 태그를 쓰십시오(완전히 재현하려면 다이제스트도).",
  },
};
