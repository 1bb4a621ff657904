import type { RuleText } from '../types';

export const ExposeInvalidFormat: RuleText = {
  title: { en: "EXPOSE takes container ports only", ko: "EXPOSE에는 컨테이너 포트만 쓰기" },
  messages: {
    default: { en: "EXPOSE instruction should not define an IP address or host-port mapping, found '{port}'.", ko: "EXPOSE 명령어에 IP 주소나 호스트 포트 매핑을 쓰면 안 됩니다. '{port}'가 있습니다." },
  },
  why: { en: "EXPOSE only documents a port of the container in the image metadata; it publishes nothing. Which host port is used is decided when a container runs (`docker run -p 8080:80`), not in the image, and this form will become an error.", ko: "EXPOSE는 도커컨테이너의 포트를 이미지 메타데이터에 적어 둘 뿐 아무것도 공개하지 않습니다. 어떤 호스트 포트를 쓸지는 이미지가 아니라 컨테이너를 실행할 때(`docker run -p 8080:80`) 정하며, 이 형식은 앞으로 오류가 됩니다." },
  bad: "EXPOSE 8080:80",
  good: "EXPOSE 80",
  fix: { en: "Keep only the container port (and protocol); map host ports with `docker run -p`.", ko: "컨테이너 포트(와 프로토콜)만 남기고, 호스트 포트는 `docker run -p`로 연결하십시오." },
  fixes: {
    keepContainerPort: { en: "Keep only the container port", ko: "컨테이너 포트만 남기기" },
  },
};
