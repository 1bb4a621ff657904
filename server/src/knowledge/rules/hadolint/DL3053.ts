import type { RuleText } from '../types';

export const DL3053: RuleText = {
  title: { en: 'Schema time labels must be RFC 3339', ko: '시간 레이블에는 RFC 3339 형식 쓰기' },
  messages: {
    default: {
      en: 'Label `{label}` is not a valid RFC 3339 time: `{value}`.',
      ko: '레이블 `{label}`이(가) 올바른 RFC 3339 시간이 아닙니다: `{value}`.',
    },
  },
  why: {
    en: 'Labels are metadata stored in the image; registries, scanners and deployment tools read them to know where an image comes from, what version it is and under which license. Your label schema (`label-schema` in `.hadolint.yaml`) says which labels your images must carry and in which format, so that these tools can rely on them.',
    ko: '레이블은 도커이미지에 저장되는 메타데이터로, 레지스트리, 스캐너, 배포 도구가 이미지의 출처, 버전, 라이선스를 알기 위해 읽습니다. 레이블 스키마(`.hadolint.yaml`의 `label-schema`)는 이미지가 어떤 레이블을 어떤 형식으로 가져야 하는지 정해, 도구들이 그 값을 믿고 쓸 수 있게 합니다.',
  },
  bad: 'LABEL org.opencontainers.image.created="2024/05/01"',
  good: 'LABEL org.opencontainers.image.created="2024-05-01T12:00:00Z"',
  fix: {
    en: 'Use the form `2024-05-01T12:00:00Z` (date, `T`, time, and `Z` or an offset such as `+09:00`).',
    ko: '`2024-05-01T12:00:00Z` 형식(날짜, `T`, 시각, 그리고 `Z` 또는 `+09:00` 같은 오프셋)을 쓰십시오.',
  },
};
