import type { RuleText } from '../types';

export const RedundantTargetPlatform: RuleText = {
  title: { en: "`--platform=$TARGETPLATFORM` is the default", ko: "`--platform=$TARGETPLATFORM`은 기본값" },
  messages: {
    default: { en: "Setting platform to predefined {platform} in FROM is redundant as this is the default behavior.", ko: "FROM에서 플랫폼을 미리 정의된 {platform}로 정하는 것은 기본 동작이므로 불필요합니다." },
  },
  why: { en: "The builder already pulls the base image for the target platform. Saying it again adds noise and hides the stages where `--platform` really matters, such as `--platform=$BUILDPLATFORM` for cross-compiling.", ko: "빌더는 이미 대상 플랫폼용 베이스 이미지를 받습니다. 다시 적으면 군더더기가 되고, 교차 컴파일용 `--platform=$BUILDPLATFORM`처럼 정말 필요한 곳이 눈에 덜 띕니다." },
  bad: "FROM --platform=$TARGETPLATFORM alpine:3.20",
  good: "FROM alpine:3.20",
  fix: { en: "Remove the flag.", ko: "플래그를 지우십시오." },
  fixes: {
    removeFlag: { en: "Remove --platform", ko: "--platform 지우기" },
  },
};
