import type { Localized } from '../../../../common/src/protocol';

/** Titles of the code actions every finding gets. Templates: `{code}` is the rule id. */
export const ACTION_TEXTS: Readonly<Record<'ignoreLine' | 'ignoreFile' | 'skipCheck', Localized>> = {
  ignoreLine: { en: 'Ignore {code} for this instruction (# hadolint ignore)', ko: '이 명령어에서 {code} 무시하기 (# hadolint ignore)' },
  ignoreFile: { en: 'Ignore {code} in this file (# hadolint global ignore)', ko: '이 파일에서 {code} 무시하기 (# hadolint global ignore)' },
  skipCheck: { en: 'Skip the {code} check in this file (# check=skip)', ko: '이 파일에서 {code} 검사 건너뛰기 (# check=skip)' },
};
