import type { RuleText } from '../types';

export const DL3026: RuleText = {
  title: { en: "Use only trusted registries", ko: "허용된 레지스트리만 사용하기" },
  messages: {
    default: {
      en: "Use only an allowed registry in the FROM image: `{image}`.",
      ko: "FROM 이미지에는 허용된 레지스트리만 쓰십시오: `{image}`.",
    },
  },
  why: {
    en: "The base image is the foundation of your image: everything in it runs in your containers. Your project allows images only from the registries in `trustedRegistries`.",
    ko: "베이스 이미지는 도커이미지의 토대이고, 그 안의 모든 것이 도커컨테이너에서 실행됩니다. 이 프로젝트는 `trustedRegistries`에 있는 레지스트리의 이미지만 허용합니다.",
  },
  bad: "FROM randomuser/python:3.12",
  good: "FROM registry.example.com/python:3.12",
  fix: {
    en: "Use an image from an allowed registry, or add the registry to `trustedRegistries`.",
    ko: "허용된 레지스트리의 이미지를 쓰거나 그 레지스트리를 `trustedRegistries`에 추가하십시오.",
  },
};
