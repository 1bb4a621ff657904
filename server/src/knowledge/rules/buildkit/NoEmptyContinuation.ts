import type { RuleText } from '../types';

export const NoEmptyContinuation: RuleText = {
  title: { en: "No empty lines inside a continued instruction", ko: "이어지는 명령어 안에 빈 줄 두지 않기" },
  messages: {
    default: { en: "Empty continuation line: an empty line inside this instruction will become an error in a future release.", ko: "빈 연속 줄입니다: 이 명령어 안의 빈 줄은 앞으로의 릴리스에서 오류가 됩니다." },
  },
  why: { en: "A line ending in `\\` continues on the next line. The builder skips empty lines inside such an instruction today, but this is deprecated; an empty line usually means a line was deleted and the instruction is not what it looks like.", ko: "`\\`로 끝나는 줄은 다음 줄로 이어집니다. 지금은 빌더가 그 사이의 빈 줄을 건너뛰지만 이는 폐기 예정이며, 빈 줄은 보통 줄을 지우다 남은 것이라 명령어가 보이는 것과 다를 수 있습니다." },
  bad: "RUN apk add \\\n\n    curl",
  good: "RUN apk add \\\n    curl",
  fix: { en: "Delete the empty lines (or end the instruction before them).", ko: "빈 줄을 지우십시오(또는 그 앞에서 명령어를 끝내십시오)." },
  fixes: {
    removeEmptyLines: { en: "Remove the empty lines", ko: "빈 줄 지우기" },
  },
};
