import type { RuleText } from '../types';

export const DL3015: RuleText = {
  title: { en: "Avoid recommended packages", ko: "추천 패키지 설치 피하기" },
  messages: {
    default: {
      en: "Avoid additional packages by specifying `--no-install-recommends`.",
      ko: "`--no-install-recommends`를 지정해 추가 패키지 설치를 피하십시오.",
    },
  },
  why: {
    en: "By default apt-get also installs \"recommended\" packages: often documentation, extra tools and libraries the image never uses. They make the image larger and give attackers more to work with.",
    ko: "apt-get은 기본적으로 \"추천\" 패키지도 설치합니다. 대개 문서, 부가 도구, 쓰지 않는 라이브러리여서 도커이미지를 키우고 공격 표면을 넓힙니다.",
  },
  bad: "RUN apt-get install -y curl",
  good: "RUN apt-get install -y --no-install-recommends curl",
  fix: {
    en: "Add `--no-install-recommends` and list what you really need.",
    ko: "`--no-install-recommends`를 붙이고 정말 필요한 패키지만 적으십시오.",
  },
  fixes: {
    addNoInstallRecommends: { en: "Add `--no-install-recommends`", ko: "`--no-install-recommends` 추가하기" },
  },
};
