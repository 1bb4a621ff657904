import type { RuleText } from '../types';

export const ArgumentCount: RuleText = {
  title: { en: "Wrong number of arguments", ko: "인수 개수가 맞지 않음" },
  messages: {
    default: { en: "{instruction} requires exactly one argument.", ko: "{instruction}에는 인수가 정확히 하나 필요합니다." },
    oneOrThree: { en: "FROM requires either one or three arguments (`FROM image` or `FROM image AS name`).", ko: "FROM에는 인수가 하나 또는 셋 필요합니다(`FROM image` 또는 `FROM image AS name`)." },
    atLeastTwo: { en: "{instruction} requires at least two arguments, but only one was provided. Destination could not be determined.", ko: "{instruction}에는 인수가 적어도 둘 필요한데 하나만 있습니다. 대상 경로를 알 수 없습니다." },
    atLeastOne: { en: "{instruction} requires at least one argument.", ko: "{instruction}에는 인수가 적어도 하나 필요합니다." },
    noneTakesNoArguments: { en: "HEALTHCHECK NONE takes no arguments.", ko: "HEALTHCHECK NONE에는 인수를 쓸 수 없습니다." },
    missingCommand: { en: "Missing command after HEALTHCHECK CMD.", ko: "HEALTHCHECK CMD 뒤에 명령이 없습니다." },
  },
  why: { en: "`docker build` reads and checks the whole Dockerfile before it runs anything. This line is rejected there, so the build stops before the first layer of the image is made.", ko: "`docker build`는 무엇이든 실행하기 전에 도커파일 전체를 읽고 검사합니다. 이 줄은 그 단계에서 거부되므로, 도커이미지의 첫 레이어를 만들기도 전에 빌드가 멈춥니다." },
  bad: "COPY app.py",
  good: "COPY app.py /app/",
  fix: { en: "Give the instruction the arguments it takes.", ko: "명령어가 받는 인수를 모두 쓰십시오." },
};
