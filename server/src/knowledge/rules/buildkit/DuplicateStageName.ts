import type { RuleText } from '../types';

export const DuplicateStageName: RuleText = {
  title: { en: "Give each stage its own name", ko: "스테이지마다 다른 이름 붙이기" },
  messages: {
    default: { en: "Duplicate stage name '{name}', stage names should be unique.", ko: "스테이지 이름 '{name}'가 중복됩니다. 스테이지 이름은 고유해야 합니다." },
  },
  why: { en: "`COPY --from=name` and `FROM name` pick a stage by its name. With two stages of the same name it is unclear which one a later instruction builds on, so the image may contain files from the wrong stage.", ko: "`COPY --from=name`과 `FROM name`은 이름으로 스테이지를 고릅니다. 같은 이름의 스테이지가 둘이면 뒤의 명령어가 어느 것을 쓰는지 불분명해져, 엉뚱한 스테이지의 파일이 이미지에 들어갈 수 있습니다." },
  bad: "FROM golang:1.22 AS build\nFROM node:20 AS build",
  good: "FROM golang:1.22 AS build-go\nFROM node:20 AS build-web",
  fix: { en: "Rename one of the stages and update its references.", ko: "스테이지 하나의 이름을 바꾸고 그 이름을 쓰는 곳도 고치십시오." },
};
