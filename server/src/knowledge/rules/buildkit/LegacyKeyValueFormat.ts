import type { RuleText } from '../types';

export const LegacyKeyValueFormat: RuleText = {
  title: { en: "Write `key=value` in ENV and LABEL", ko: "ENV와 LABEL에는 `key=value` 형식 쓰기" },
  messages: {
    default: { en: "\"{instruction} key=value\" should be used instead of legacy \"{instruction} key value\" format.", ko: "옛 형식 \"{instruction} key value\" 대신 \"{instruction} key=value\"를 써야 합니다." },
  },
  why: { en: "In the legacy form everything after the first space is the value, so `ENV A 1 B 2` sets one variable `A` to `1 B 2`. The `key=value` form can set several values and says exactly where each value ends, so the image config holds what you meant.", ko: "옛 형식에서는 첫 공백 뒤가 모두 값이어서 `ENV A 1 B 2`는 변수 `A` 하나를 `1 B 2`로 정합니다. `key=value` 형식은 여러 값을 정할 수 있고 값의 끝이 분명하므로, 이미지 설정에 의도한 값이 들어갑니다." },
  bad: "ENV NODE_ENV production",
  good: "ENV NODE_ENV=production",
  fix: { en: "Write `key=value`, quoting a value that contains spaces.", ko: "`key=value`로 쓰고, 공백이 있는 값은 따옴표로 감싸십시오." },
  fixes: {
    useEquals: { en: "Use key=value", ko: "key=value 형식으로 바꾸기" },
  },
};
