import type { RuleText } from '../types';

export const DL3049: RuleText = {
  title: { en: 'Set the labels of the label schema', ko: '레이블 스키마의 레이블 설정하기' },
  messages: {
    default: {
      en: 'Label `{label}` is missing from the image that is built.',
      ko: '빌드되는 도커이미지에 레이블 `{label}`이(가) 없습니다.',
    },
  },
  why: {
    en: 'Labels are metadata stored in the image; registries, scanners and deployment tools read them to know where an image comes from, what version it is and under which license. Your label schema (`label-schema` in `.hadolint.yaml`) says which labels your images must carry and in which format, so that these tools can rely on them.',
    ko: '레이블은 도커이미지에 저장되는 메타데이터로, 레지스트리, 스캐너, 배포 도구가 이미지의 출처, 버전, 라이선스를 알기 위해 읽습니다. 레이블 스키마(`.hadolint.yaml`의 `label-schema`)는 이미지가 어떤 레이블을 어떤 형식으로 가져야 하는지 정해, 도구들이 그 값을 믿고 쓸 수 있게 합니다.',
  },
  bad: 'FROM alpine:3.20',
  good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.version="1.4.2"',
  fix: {
    en: 'Add the missing `LABEL` to the final stage (or a stage it is built FROM).',
    ko: '최종 스테이지(또는 그 베이스가 되는 스테이지)에 빠진 `LABEL`을 추가하십시오.',
  },
};
