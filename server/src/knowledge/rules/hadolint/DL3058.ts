import type { RuleText } from '../types';

export const DL3058: RuleText = {
  title: { en: 'Schema email labels must be email addresses', ko: '이메일 레이블에는 이메일 주소 쓰기' },
  messages: {
    default: {
      en: 'Label `{label}` is not a valid email address (RFC 5322): `{value}`.',
      ko: '레이블 `{label}`이(가) 올바른 이메일 주소(RFC 5322)가 아닙니다: `{value}`.',
    },
  },
  why: {
    en: 'Labels are metadata stored in the image; registries, scanners and deployment tools read them to know where an image comes from, what version it is and under which license. Your label schema (`label-schema` in `.hadolint.yaml`) says which labels your images must carry and in which format, so that these tools can rely on them.',
    ko: '레이블은 도커이미지에 저장되는 메타데이터로, 레지스트리, 스캐너, 배포 도구가 이미지의 출처, 버전, 라이선스를 알기 위해 읽습니다. 레이블 스키마(`.hadolint.yaml`의 `label-schema`)는 이미지가 어떤 레이블을 어떤 형식으로 가져야 하는지 정해, 도구들이 그 값을 믿고 쓸 수 있게 합니다.',
  },
  bad: 'LABEL com.example.contact="jane at example.com"',
  good: 'LABEL com.example.contact="jane@example.com"',
  fix: {
    en: 'Write a plain address such as `jane@example.com`.',
    ko: '`jane@example.com` 같은 주소만 쓰십시오.',
  },
};
