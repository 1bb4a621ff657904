import type { RuleText } from '../types';

export const DL3029: RuleText = {
  title: { en: "Do not pin FROM --platform", ko: "FROM --platform 고정하지 않기" },
  messages: {
    default: {
      en: "Do not use --platform flag with FROM: `{platform}`.",
      ko: "FROM에 --platform 플래그를 쓰지 마십시오: `{platform}`.",
    },
  },
  why: {
    en: "A fixed platform makes the stage ignore the platform the image is built for: an image built for arm64 would still contain an amd64 base. Use `$BUILDPLATFORM` or `$TARGETPLATFORM` when a stage must follow one of them.",
    ko: "플랫폼을 고정하면 그 스테이지는 빌드 대상 플랫폼을 무시합니다. arm64용으로 빌드해도 amd64 베이스가 들어갑니다. 스테이지가 플랫폼을 따라야 할 때는 `$BUILDPLATFORM`이나 `$TARGETPLATFORM`을 쓰십시오.",
  },
  bad: "FROM --platform=linux/amd64 alpine:3.20",
  good: "FROM --platform=$BUILDPLATFORM golang:1.23 AS build",
  fix: {
    en: "Remove `--platform`, or use `$BUILDPLATFORM`/`$TARGETPLATFORM`.",
    ko: "`--platform`을 지우거나 `$BUILDPLATFORM`/`$TARGETPLATFORM`을 쓰십시오.",
  },
};
