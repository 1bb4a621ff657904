import type { RuleText } from '../types';

export const DL3056: RuleText = {
  title: { en: 'Schema version labels must follow SemVer', ko: '버전 레이블은 SemVer 따르기' },
  messages: {
    default: {
      en: 'Label `{label}` does not follow semantic versioning: `{value}`.',
      ko: '레이블 `{label}`이(가) 시맨틱 버저닝을 따르지 않습니다: `{value}`.',
    },
  },
  why: {
    en: 'Labels are metadata stored in the image; registries, scanners and deployment tools read them to know where an image comes from, what version it is and under which license. Your label schema (`label-schema` in `.hadolint.yaml`) says which labels your images must carry and in which format, so that these tools can rely on them.',
    ko: '레이블은 도커이미지에 저장되는 메타데이터로, 레지스트리, 스캐너, 배포 도구가 이미지의 출처, 버전, 라이선스를 알기 위해 읽습니다. 레이블 스키마(`.hadolint.yaml`의 `label-schema`)는 이미지가 어떤 레이블을 어떤 형식으로 가져야 하는지 정해, 도구들이 그 값을 믿고 쓸 수 있게 합니다.',
  },
  bad: 'LABEL org.opencontainers.image.version="v1.4"',
  good: 'LABEL org.opencontainers.image.version="1.4.0"',
  fix: {
    en: 'Use `MAJOR.MINOR.PATCH` without a leading `v`, e.g. `1.4.0` or `2.0.0-rc.1`.',
    ko: '앞에 `v` 없이 `MAJOR.MINOR.PATCH` 형식을 쓰십시오. 예: `1.4.0`, `2.0.0-rc.1`.',
  },
};
