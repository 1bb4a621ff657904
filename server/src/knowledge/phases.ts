import type { Localized, Phase } from '../../../common/src/protocol';

/** How each phase is named and explained, everywhere (hovers, inlay hints, panel, CLI). `{keyword}`: the instruction. */
export const PHASE_TEXTS: Readonly<Record<Phase, { readonly label: Localized; readonly explain: Localized }>> = {
  layer: {
    label: { en: 'layer', ko: '레이어' },
    explain: {
      en: '`{keyword}` adds a filesystem layer to the image.',
      ko: '`{keyword}`은(는) 이미지에 파일시스템 레이어(layer)를 하나 더합니다.',
    },
  },
  metadata: {
    label: { en: 'metadata', ko: '메타데이터' },
    explain: {
      en: '`{keyword}` is stored in the image configuration, not as files.',
      ko: '`{keyword}`은(는) 파일이 아니라 이미지 설정값(image configuration)에 저장됩니다.',
    },
  },
  'build-only': {
    label: { en: 'build-only', ko: '빌드 전용' },
    explain: {
      en: '`{keyword}` exists only while building and is gone from the final image.',
      ko: '`{keyword}`은(는) 빌드하는 동안에만 있고 최종 이미지에는 남지 않습니다.',
    },
  },
};

/** Said of metadata the running container sees. */
export const RUNTIME_TEXT: Localized = {
  en: 'The running container sees this.',
  ko: '실행 중인 도커컨테이너가 이 값을 봅니다.',
};

/** Labels of the parts every hover shares. */
export const HOVER_LABELS: Readonly<Record<'whenItMatters' | 'notes' | 'reference' | 'explain' | 'example', Localized>> = {
  whenItMatters: { en: 'When it matters', ko: '언제 중요한가' },
  notes: { en: 'Course notes', ko: '강의 노트' },
  reference: { en: 'Docker reference (English)', ko: 'Docker 공식 문서 (영어)' },
  explain: { en: 'Explain', ko: '설명 패널' },
  example: { en: 'Example', ko: '예시' },
};
