import type { RuleText } from '../types';

export const MaintainerDeprecated: RuleText = {
  title: { en: "Use a label instead of MAINTAINER", ko: "MAINTAINER 대신 레이블 쓰기" },
  messages: {
    default: { en: "Maintainer instruction is deprecated in favor of using label.", ko: "MAINTAINER 명령어는 더 이상 권장되지 않으며 레이블을 써야 합니다." },
  },
  why: { en: "The author of an image is metadata stored in the image config. `MAINTAINER` is deprecated; a `LABEL` such as `org.opencontainers.image.authors` records the same fact in the standard place that tools read.", ko: "이미지 작성자는 이미지 설정에 저장되는 메타데이터입니다. `MAINTAINER`는 폐기 예정이며, `org.opencontainers.image.authors` 같은 `LABEL`이 같은 정보를 도구들이 읽는 표준 위치에 기록합니다." },
  bad: "MAINTAINER Jane Doe <jane@example.com>",
  good: "LABEL org.opencontainers.image.authors=\"Jane Doe <jane@example.com>\"",
  fix: { en: "Replace it with `LABEL org.opencontainers.image.authors=\"…\"`.", ko: "`LABEL org.opencontainers.image.authors=\"…\"`로 바꾸십시오." },
  fixes: {
    toLabel: { en: "Replace with LABEL org.opencontainers.image.authors", ko: "LABEL org.opencontainers.image.authors로 바꾸기" },
  },
};
