import type { RuleText } from '../types';

export const DL3014: RuleText = {
  title: { en: "Use apt-get install -y", ko: "apt-get install -y 사용하기" },
  messages: {
    default: {
      en: "Use the `-y` switch to avoid manual input `apt-get -y install <package>`.",
      ko: "수동 입력을 피하려면 `-y` 옵션을 쓰십시오: `apt-get -y install <패키지>`.",
    },
  },
  why: {
    en: "A build has no terminal: nobody can answer \"Do you want to continue? [Y/n]\". Without `-y` apt-get aborts and the RUN, and with it the image build, fails.",
    ko: "빌드에는 터미널이 없어서 \"Do you want to continue? [Y/n]\"에 아무도 답할 수 없습니다. `-y`가 없으면 apt-get이 중단되고 그 RUN과 함께 도커이미지 빌드가 실패합니다.",
  },
  bad: "RUN apt-get install curl",
  good: "RUN apt-get install -y curl",
  fix: {
    en: "Add `-y` to `apt-get install`.",
    ko: "`apt-get install`에 `-y`를 붙이십시오.",
  },
  fixes: {
    addYes: { en: "Add `-y`", ko: "`-y` 추가하기" },
  },
};
