import type { RuleText } from '../types';

export const InvalidCheckDirective: RuleText = {
  title: { en: "Invalid check directive", ko: "잘못된 check 지시어" },
  messages: {
    default: { en: "failed to parse check options: {message}", ko: "check 옵션을 해석할 수 없습니다: {message}" },
  },
  why: { en: "The `# check=` parser directive configures BuildKit's build checks (`skip=…`, `error=true|false`, `experimental=…`). The builder reads it before anything else and stops when it cannot parse it.", ko: "`# check=` 파서 지시어는 BuildKit의 빌드 검사를 설정합니다(`skip=…`, `error=true|false`, `experimental=…`). 빌더는 이를 가장 먼저 읽으며, 해석할 수 없으면 멈춥니다." },
  bad: "# check=skip:JSONArgsRecommended",
  good: "# check=skip=JSONArgsRecommended",
  fix: { en: "Write `key=value` options separated by `;`: `skip`, `error`, `experimental`.", ko: "`;`로 구분한 `key=value` 옵션을 쓰십시오: `skip`, `error`, `experimental`." },
};
