import type { RuleText } from '../types';

export const MultipleInstructionsDisallowed: RuleText = {
  title: { en: "Only one CMD, ENTRYPOINT and HEALTHCHECK per stage", ko: "스테이지마다 CMD, ENTRYPOINT, HEALTHCHECK는 하나만" },
  messages: {
    default: { en: "Multiple {instruction} instructions should not be used in the same stage because only the last one will be used.", ko: "같은 스테이지에 {instruction} 명령어를 여러 번 쓰면 마지막 것만 쓰이므로 여러 번 쓰지 않아야 합니다." },
  },
  why: { en: "CMD, ENTRYPOINT and HEALTHCHECK set one field of the image metadata that the container reads when it starts. A later one replaces the earlier one, so this instruction has no effect on the container.", ko: "CMD, ENTRYPOINT, HEALTHCHECK는 도커컨테이너가 시작할 때 읽는 이미지 메타데이터의 한 항목을 정합니다. 뒤의 것이 앞의 것을 덮어쓰므로 이 명령어는 컨테이너에 아무 영향이 없습니다." },
  bad: "CMD [\"nginx\"]\nCMD [\"nginx\", \"-g\", \"daemon off;\"]",
  good: "CMD [\"nginx\", \"-g\", \"daemon off;\"]",
  fix: { en: "Delete the instruction that is replaced, or merge them into one.", ko: "덮어써지는 명령어를 지우거나 하나로 합치십시오." },
};
