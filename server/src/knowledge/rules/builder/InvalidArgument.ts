import type { RuleText } from '../types';

export const InvalidArgument: RuleText = {
  title: { en: "The builder rejects this argument", ko: "빌더가 거부하는 인수" },
  messages: {
    default: { en: "The builder rejects this argument.", ko: "빌더가 이 인수를 거부합니다." },
    shellJson: { en: "SHELL requires the arguments to be in JSON form: `SHELL [\"executable\", \"parameters\"]`.", ko: "SHELL의 인수는 JSON 형식이어야 합니다: `SHELL [\"executable\", \"parameters\"]`." },
    healthcheckType: { en: "Unknown type \"{type}\" in HEALTHCHECK (try CMD).", ko: "HEALTHCHECK의 알 수 없는 형식 \"{type}\"입니다(CMD를 쓰십시오)." },
    emptyVolume: { en: "VOLUME specified can not be an empty string.", ko: "VOLUME에 빈 문자열을 쓸 수 없습니다." },
    blankName: { en: "{instruction} names can not be blank.", ko: "{instruction}의 이름은 비워 둘 수 없습니다." },
    heredocDestination: { en: "{instruction} cannot accept a heredoc as a destination.", ko: "{instruction}은 히어독을 대상 경로로 받을 수 없습니다." },
    copyUrl: { en: "Source can't be a URL for COPY: use ADD to download, or RUN curl/wget.", ko: "COPY의 소스로 URL을 쓸 수 없습니다: 내려받으려면 ADD나 RUN curl/wget을 쓰십시오." },
  },
  why: { en: "`docker build` reads and checks the whole Dockerfile before it runs anything. This line is rejected there, so the build stops before the first layer of the image is made.", ko: "`docker build`는 무엇이든 실행하기 전에 도커파일 전체를 읽고 검사합니다. 이 줄은 그 단계에서 거부되므로, 도커이미지의 첫 레이어를 만들기도 전에 빌드가 멈춥니다." },
  bad: "SHELL /bin/bash -c",
  good: "SHELL [\"/bin/bash\", \"-c\"]",
  fix: { en: "Write the argument in the form the instruction accepts.", ko: "명령어가 받아들이는 형식으로 인수를 쓰십시오." },
};
