import type { RuleText } from './types';

/**
 * The one text every ShellCheck finding shares (the codes are ShellCheck's, its wiki explains each one).
 * `{message}` is ShellCheck's own sentence, which exists in English only.
 */
export const SHELLCHECK_TEXT: RuleText = {
  title: { en: 'ShellCheck finding in a RUN script', ko: 'RUN 스크립트에 대한 ShellCheck 결과' },
  messages: {
    default: { en: 'ShellCheck: {message}', ko: 'ShellCheck (영어): {message}' },
  },
  why: {
    en: 'Each `RUN` hands its script to a shell inside a temporary build container; whatever the script leaves in the filesystem becomes a layer of the image. A quoting or logic mistake in the script does not stop the build by itself: the layer may silently miss files or contain the wrong ones. [ShellCheck](https://www.shellcheck.net/) reads the script the way the shell will and points at such mistakes; its wiki page for the code explains the finding in detail.',
    ko: '각 `RUN`은 임시 빌드 컨테이너 안의 셸에 스크립트를 넘기고, 스크립트가 파일 시스템에 남긴 결과가 도커이미지의 레이어가 됩니다. 스크립트의 따옴표나 논리 실수는 그 자체로 빌드를 멈추지 않으므로, 레이어에 파일이 조용히 빠지거나 엉뚱한 파일이 들어갈 수 있습니다. [ShellCheck](https://www.shellcheck.net/)는 셸이 읽는 방식대로 스크립트를 읽고 이런 실수를 짚어 줍니다. 코드별 위키 페이지(영어)에 자세한 설명이 있습니다.',
  },
  bad: 'ARG VERSION\nRUN curl -o app.tgz https://example.com/app-$VERSION.tgz',
  good: 'ARG VERSION\nRUN curl -o app.tgz "https://example.com/app-${VERSION}.tgz"',
  fix: {
    en: 'Follow the ShellCheck wiki page of the code. When the finding is intended, add `# hadolint ignore=SC…` above the instruction or set the code to `off` in `dockerfileTutor.rules`.',
    ko: '해당 코드의 ShellCheck 위키 페이지(영어)를 따르십시오. 의도한 코드라면 명령어 위에 `# hadolint ignore=SC…`를 추가하거나 `dockerfileTutor.rules`에서 그 코드를 `off`로 설정하십시오.',
  },
  fixes: {
    shellcheckFix: { en: 'Apply ShellCheck\'s suggested fix', ko: 'ShellCheck가 제안한 수정 적용' },
  },
};
