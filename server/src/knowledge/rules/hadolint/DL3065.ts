import type { RuleText } from '../types';

export const DL3065: RuleText = {
  title: { en: 'Do not set `--platform=$TARGETPLATFORM` on FROM', ko: 'FROM에 `--platform=$TARGETPLATFORM` 쓰지 않기' },
  messages: {
    default: {
      en: 'Setting `FROM --platform={platform}` is redundant: the target platform is already the default.',
      ko: '`FROM --platform={platform}`은 불필요합니다: 대상 플랫폼이 이미 기본값입니다.',
    },
  },
  why: {
    en: '`FROM` already pulls the base image for the platform being built (`$TARGETPLATFORM`). Writing it explicitly changes nothing but suggests a choice was made; the flag is useful only with another value, such as `$BUILDPLATFORM` for a cross-compiling build stage.',
    ko: '`FROM`은 이미 빌드 대상 플랫폼(`$TARGETPLATFORM`)용 베이스 이미지를 받습니다. 명시해도 달라지는 것이 없고 무언가를 선택한 것처럼 보이기만 합니다. 이 플래그는 크로스 컴파일 스테이지의 `$BUILDPLATFORM`처럼 다른 값을 줄 때만 쓸모가 있습니다.',
  },
  bad: 'FROM --platform=$TARGETPLATFORM alpine:3.20',
  good: 'FROM alpine:3.20',
  fix: {
    en: 'Remove the `--platform` flag.',
    ko: '`--platform` 플래그를 지우십시오.',
  },
  fixes: {
    removePlatform: { en: 'Remove `--platform`', ko: '`--platform` 지우기' },
  },
};
