import type { RuleText } from '../types';

export const FromPlatformFlagConstDisallowed: RuleText = {
  title: { en: "Do not hard-code FROM --platform", ko: "FROM --platform을 상수로 고정하지 않기" },
  messages: {
    default: { en: "FROM --platform flag should not use constant value '{platform}'.", ko: "FROM --platform 플래그에 상수 값 '{platform}'를 쓰면 안 됩니다." },
  },
  why: { en: "A constant platform pins the base image to one CPU architecture, so `docker build --platform` for another target still gets this one and the image may not run there. Use `$BUILDPLATFORM`/`$TARGETPLATFORM`, or name the stage after the platform when it is meant.", ko: "상수 플랫폼은 베이스 이미지를 한 CPU 아키텍처로 고정하므로, 다른 대상으로 `docker build --platform`을 해도 이 이미지가 쓰여 그곳에서 실행되지 않을 수 있습니다. `$BUILDPLATFORM`/`$TARGETPLATFORM`을 쓰거나, 의도한 것이라면 스테이지 이름에 플랫폼을 넣으십시오." },
  bad: "FROM --platform=linux/amd64 alpine:3.20",
  good: "FROM --platform=$BUILDPLATFORM alpine:3.20 AS build",
  fix: { en: "Use a platform variable, or drop the flag.", ko: "플랫폼 변수를 쓰거나 플래그를 지우십시오." },
};
