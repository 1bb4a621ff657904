import type { Localized } from '../../../common/src/protocol';

/** Headings and labels of the generated rule lessons (`docs/rules/<ID>.<lang>.md`). */
export const RULE_DOC_TEXTS = {
  source: { en: 'Source', ko: '출처' },
  severity: { en: 'Severity', ko: '심각도' },
  upstream: { en: 'upstream level', ko: '원래 도구의 수준' },
  aliases: { en: 'Also known as', ko: '다른 이름' },
  offByDefault: { en: 'Off by default: switch it on in `dockerfileTutor.rules` or `.hadolint.yaml`.', ko: '기본으로 꺼져 있습니다: `dockerfileTutor.rules` 설정이나 `.hadolint.yaml`에서 켜십시오.' },
  why: { en: 'Why it matters', ko: '왜 중요한가' },
  bad: { en: '❌ Triggers the rule', ko: '❌ 규칙에 걸리는 예' },
  good: { en: '✅ Does it right', ko: '✅ 올바른 예' },
  fix: { en: 'How to fix', ko: '고치는 법' },
  notes: { en: 'In the course notes', ko: '강의 노트에서' },
  suppress: { en: 'Suppress', ko: '끄는 법' },
  suppressText: {
    en: 'On one instruction: a comment `# hadolint ignore={id}` on the line above. In the whole file: `# hadolint global ignore={id}`{check}. In settings: `"dockerfileTutor.rules": { "{id}": "off" }`.',
    ko: '한 명령어에서: 바로 위 줄에 `# hadolint ignore={id}` 주석을 씁니다. 파일 전체에서: `# hadolint global ignore={id}`{check}. 설정에서: `"dockerfileTutor.rules": { "{id}": "off" }`.',
  },
  suppressCheck: { en: ' or the parser directive `# check=skip={name}`', ko: ' 또는 파서 지시어 `# check=skip={name}`' },
  indexTitle: { en: 'Dockerfile Tutor rules', ko: 'Dockerfile Tutor 규칙' },
  sourceNames: {
    en: 'hadolint: hadolint rule · buildkit: BuildKit build check · builder: rejected by `docker build` · tutor: Dockerfile Tutor teaching rule',
    ko: 'hadolint: hadolint 규칙 · buildkit: BuildKit 빌드 검사 · builder: `docker build`가 거부함 · tutor: Dockerfile Tutor 학습 규칙',
  },
} as const satisfies Readonly<Record<string, Localized>>;
