import type { RuleText } from '../types';

export const DL3050: RuleText = {
  title: { en: 'Only labels of the label schema (strict labels)', ko: '레이블 스키마의 레이블만 쓰기(strict labels)' },
  messages: {
    default: {
      en: 'Superfluous label `{label}`: it is not in the label schema, and strict labels are on.',
      ko: '불필요한 레이블 `{label}`: 레이블 스키마에 없고 strict labels가 켜져 있습니다.',
    },
  },
  why: {
    en: 'Labels are metadata stored in the image; registries, scanners and deployment tools read them to know where an image comes from, what version it is and under which license. Your label schema (`label-schema` in `.hadolint.yaml`) says which labels your images must carry and in which format, so that these tools can rely on them.',
    ko: '레이블은 도커이미지에 저장되는 메타데이터로, 레지스트리, 스캐너, 배포 도구가 이미지의 출처, 버전, 라이선스를 알기 위해 읽습니다. 레이블 스키마(`.hadolint.yaml`의 `label-schema`)는 이미지가 어떤 레이블을 어떤 형식으로 가져야 하는지 정해, 도구들이 그 값을 믿고 쓸 수 있게 합니다.',
  },
  bad: 'LABEL build-host=ci-7',
  good: 'LABEL org.opencontainers.image.version="1.4.2"',
  fix: {
    en: 'Remove the label, or add it to `label-schema` in `.hadolint.yaml`.',
    ko: '레이블을 지우거나 `.hadolint.yaml`의 `label-schema`에 추가하십시오.',
  },
};
