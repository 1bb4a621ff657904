import type { RuleText } from '../types';

export const DL3023: RuleText = {
  title: { en: "COPY --from cannot name its own stage", ko: "COPY --from은 자기 스테이지를 가리킬 수 없음" },
  messages: {
    default: {
      en: "`COPY --from={from}` cannot reference its own `FROM` alias.",
      ko: "`COPY --from={from}`은 자기 자신의 `FROM` 별칭을 가리킬 수 없습니다.",
    },
  },
  why: {
    en: "A stage cannot copy from itself: its files are not built yet when the COPY runs. Copy from an earlier stage, or use a plain COPY from the build context.",
    ko: "스테이지는 자기 자신에게서 복사할 수 없습니다. COPY가 실행될 때 그 파일들은 아직 만들어지지 않았습니다. 앞선 스테이지에서 복사하거나 빌드 컨텍스트에서 그냥 COPY하십시오.",
  },
  bad: "FROM node:22 AS app\nCOPY --from=app /src /src",
  good: "FROM node:22 AS deps\nRUN npm ci\nFROM node:22 AS app\nCOPY --from=deps /node_modules /node_modules",
  fix: {
    en: "Name an earlier stage in `--from`.",
    ko: "`--from`에 앞선 스테이지를 쓰십시오.",
  },
};
