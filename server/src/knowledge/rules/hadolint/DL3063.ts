import type { RuleText } from '../types';

export const DL3063: RuleText = {
  title: { en: 'Do not name a stage `scratch` or `context`', ko: '스테이지 이름으로 `scratch`나 `context` 쓰지 않기' },
  messages: {
    default: {
      en: 'The stage name `{name}` is a reserved word: `scratch` is the empty image and `context` the build context.',
      ko: '스테이지 이름 `{name}`은(는) 예약어입니다: `scratch`는 빈 이미지, `context`는 빌드 컨텍스트를 뜻합니다.',
    },
  },
  why: {
    en: 'In a multi-stage build, names in `FROM` and `COPY --from` can refer to stages, images or build contexts. `scratch` already means "the empty image" and `context` the build context, so a stage with one of these names makes references ambiguous and may not do what you read.',
    ko: '멀티 스테이지 빌드에서 `FROM`과 `COPY --from`의 이름은 스테이지, 이미지, 빌드 컨텍스트를 가리킬 수 있습니다. `scratch`는 이미 "빈 이미지"를, `context`는 빌드 컨텍스트를 뜻하므로, 이런 이름의 스테이지는 참조를 모호하게 만들고 읽은 대로 동작하지 않을 수 있습니다.',
  },
  bad: 'FROM golang:1.22 AS scratch',
  good: 'FROM golang:1.22 AS build',
  fix: {
    en: 'Rename the stage (and every `--from` that refers to it).',
    ko: '스테이지 이름을 바꾸고, 그 스테이지를 가리키는 모든 `--from`도 함께 바꾸십시오.',
  },
};
