import type { RuleText } from '../types';

export const ExposeProtoCasing: RuleText = {
  title: { en: "Write the EXPOSE protocol in lower case", ko: "EXPOSE 프로토콜은 소문자로 쓰기" },
  messages: {
    default: { en: "Defined protocol '{port}' in EXPOSE instruction should be lowercase.", ko: "EXPOSE 명령어에 정의된 프로토콜 '{port}'는 소문자여야 합니다." },
  },
  why: { en: "EXPOSE records which ports the container listens on in the image metadata, as `port/tcp` or `port/udp`. The builder lower-cases the protocol; writing it in lower case shows what is stored.", ko: "EXPOSE는 도커컨테이너가 듣는 포트를 `port/tcp`, `port/udp` 형태로 이미지 메타데이터에 기록합니다. 빌더가 프로토콜을 소문자로 바꾸므로, 처음부터 소문자로 써야 저장되는 값과 같아집니다." },
  bad: "EXPOSE 53/UDP",
  good: "EXPOSE 53/udp",
  fix: { en: "Write the protocol in lower case.", ko: "프로토콜을 소문자로 쓰십시오." },
  fixes: {
    toLower: { en: "Change to lower case", ko: "소문자로 바꾸기" },
  },
};
