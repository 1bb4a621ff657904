import type { RuleText } from '../types';

export const InvalidDefaultArgInFrom: RuleText = {
  title: { en: "Give FROM ARGs a usable default", ko: "FROM에 쓰는 ARG에 쓸 수 있는 기본값 주기" },
  messages: {
    default: { en: "Default value for ARG {base} results in empty or invalid base image name.", ko: "ARG {base}의 기본값으로는 베이스 이미지 이름이 비거나 잘못됩니다." },
  },
  why: { en: "FROM is expanded with the global ARG defaults when no `--build-arg` is given. Without a valid default the build fails unless every user remembers the argument; a default keeps `docker build .` working.", ko: "`--build-arg`를 주지 않으면 FROM은 전역 ARG의 기본값으로 펼쳐집니다. 올바른 기본값이 없으면 모든 사용자가 인수를 기억해야만 빌드가 되므로, 기본값을 주어야 `docker build .`가 동작합니다." },
  bad: "ARG TAG\nFROM alpine:${TAG}",
  good: "ARG TAG=3.20\nFROM alpine:${TAG}",
  fix: { en: "Give the ARG a default that makes a valid image reference.", ko: "ARG에 올바른 이미지 참조가 되는 기본값을 주십시오." },
};
