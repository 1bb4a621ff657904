import type { RuleText } from '../types';

export const InvalidImageReference: RuleText = {
  title: { en: "Invalid image reference", ko: "잘못된 이미지 참조" },
  messages: {
    default: { en: "'{reference}' is not a valid image reference: {message}", ko: "'{reference}'는 올바른 이미지 참조가 아닙니다: {message}" },
  },
  why: { en: "An image is named `[registry/]repository[:tag][@digest]`, and repository names are lower case. The builder parses every base image name before it pulls anything.", ko: "도커이미지 이름은 `[registry/]repository[:tag][@digest]` 형식이며 저장소 이름은 소문자입니다. 빌더는 무엇이든 받기 전에 모든 베이스 이미지 이름을 해석합니다." },
  bad: "FROM Ubuntu:22.04",
  good: "FROM ubuntu:22.04",
  fix: { en: "Write the image name in lower case and in the `[registry/]repository[:tag][@digest]` form.", ko: "이미지 이름을 소문자로, `[registry/]repository[:tag][@digest]` 형식으로 쓰십시오." },
};
