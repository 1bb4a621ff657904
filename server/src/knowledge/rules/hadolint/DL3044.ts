import type { RuleText } from '../types';

export const DL3044: RuleText = {
  title: { en: 'Do not use a variable in the same ENV that defines it', ko: '변수를 정의하는 같은 ENV에서 그 변수를 쓰지 않기' },
  messages: {
    default: {
      en: '`{name}` is defined in this same `ENV`: the reference sees its value from before this instruction (here: none).',
      ko: '`{name}`은(는) 바로 이 `ENV`에서 정의됩니다: 참조는 이 명령어 이전의 값을 보므로 여기서는 값이 없습니다.',
    },
  },
  why: {
    en: 'The builder expands all values of one `ENV` with the variables as they were *before* the instruction. `ENV A=1 B=$A` therefore sets `B` to an empty string, not `1`, and the container starts with a configuration you did not intend.',
    ko: '빌더는 한 `ENV`의 모든 값을 그 명령어 *이전*의 변수로 치환합니다. 그래서 `ENV A=1 B=$A`는 `B`를 `1`이 아닌 빈 문자열로 설정하고, 컨테이너는 의도하지 않은 설정으로 시작합니다.',
  },
  bad: 'ENV APP_HOME=/app APP_BIN=$APP_HOME/bin',
  good: 'ENV APP_HOME=/app\nENV APP_BIN=$APP_HOME/bin',
  fix: {
    en: 'Split the `ENV` in two: define the variable first, then use it in a second `ENV`.',
    ko: '`ENV`를 둘로 나누십시오: 먼저 변수를 정의하고, 두 번째 `ENV`에서 사용하십시오.',
  },
};
