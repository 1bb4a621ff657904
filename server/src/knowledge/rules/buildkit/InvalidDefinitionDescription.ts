import type { RuleText } from '../types';

export const InvalidDefinitionDescription: RuleText = {
  title: { en: "Start a description comment with the name it describes", ko: "설명 주석은 설명하는 이름으로 시작하기" },
  messages: {
    default: { en: "Comment for {instruction} should follow the format: `# {name} <description>`.", ko: "{instruction}의 주석은 `# {name} <설명>` 형식이어야 합니다." },
  },
  why: { en: "BuildKit reads the comment right above a named stage or an ARG as its description (shown by `docker build --call=outline`/`targets`). A comment that does not start with the name is not picked up; separate unrelated comments with an empty line.", ko: "BuildKit은 이름 붙은 스테이지나 ARG 바로 위의 주석을 그 설명으로 읽습니다(`docker build --call=outline`/`targets`가 보여 줌). 이름으로 시작하지 않는 주석은 설명이 되지 않으므로, 관계없는 주석은 빈 줄로 떼어 두십시오." },
  bad: "# build the app\nFROM golang:1.22 AS build",
  good: "# build compiles the app\nFROM golang:1.22 AS build",
  fix: { en: "Start the comment with the stage or ARG name, or put an empty line between them.", ko: "주석을 스테이지나 ARG 이름으로 시작하거나, 사이에 빈 줄을 두십시오." },
};
