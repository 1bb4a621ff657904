/**
 * Texts and snippets of the editing features: completion, signature help, inlay hints, code lens and
 * document links. Placeholders (`{name}`) are filled with `format` (./template.ts); callers escape
 * document text first when the result is markdown.
 *
 * The teaching content itself (what an instruction, flag or directive does) stays in instructions.ts,
 * flags.ts and directives.ts; these are only the labels around it.
 */
import type { InstructionKeyword, Localized } from './types';

type Texts = Readonly<Record<string, Localized>>;

export const EDITOR_TEXTS = {
  // Completion
  instructionDetail: { en: 'Instruction · {phase}', ko: '명령어 · {phase}' },
  onbuildDetail: { en: 'Trigger: runs when another image builds FROM this one', ko: '트리거: 다른 이미지가 이 이미지를 FROM으로 쓸 때 실행됩니다' },
  flagDetail: { en: 'Flag of {instruction}', ko: '{instruction}의 플래그' },
  flagValueDetail: { en: 'Value of --{flag}', ko: '--{flag}의 값' },
  mountTypeDetail: { en: 'Mount type', ko: '마운트 종류' },
  mountOptionDetail: { en: 'Option of a {type} mount', ko: '{type} 마운트의 옵션' },
  stageDetail: { en: 'Stage defined at line {line}', ko: '{line}번째 줄에서 정의한 스테이지' },
  stageIndexDetail: { en: 'Stage {index} by number (line {line})', ko: '번호로 가리킨 {index}번 스테이지({line}번째 줄)' },
  stageBuildOnDoc: {
    en: 'Builds on stage {name}: this stage starts with its files and settings.',
    ko: '스테이지 {name} 위에 빌드합니다. 이 스테이지는 그 스테이지의 파일과 설정값에서 시작합니다.',
  },
  stageCopyFromDoc: {
    en: 'Copies files from stage {name}: only what you copy reaches this stage, the rest of that stage stays out of the image.',
    ko: '스테이지 {name}에서 파일을 복사합니다. 복사한 것만 이 스테이지에 들어오고, 그 스테이지의 나머지는 이미지에 들어가지 않습니다.',
  },
  asDetail: { en: 'Name this stage', ko: '이 스테이지에 이름 붙이기' },
  asDoc: {
    en: 'Names the stage, so that COPY --from, RUN --mount=from and later FROM lines can use it.',
    ko: '스테이지에 이름을 붙입니다. COPY --from, RUN --mount=from, 뒤의 FROM에서 이 이름을 쓸 수 있습니다.',
  },
  variableUnknown: { en: 'value decided at build time', ko: '빌드할 때 정해지는 값' },
  variableEmpty: { en: 'empty string', ko: '빈 문자열' },
  variableKindArg: { en: 'ARG of this stage', ko: '이 스테이지의 ARG' },
  variableKindGlobal: { en: 'ARG before the first FROM', ko: '첫 FROM 앞의 ARG' },
  variableKindEnv: { en: 'ENV', ko: 'ENV 환경 변수' },
  variableKindPredefined: { en: 'Predefined by BuildKit', ko: 'BuildKit이 미리 정의한 값' },
  variableDefinedAt: { en: 'Declared at line {line}.', ko: '{line}번째 줄에서 선언했습니다.' },
  variableScopeNote: {
    en: 'Only variables in scope here are offered: an ARG before the first FROM is visible inside a stage only after the stage declares it again with ARG.',
    ko: '여기서 쓸 수 있는 변수만 보여 줍니다. 첫 FROM 앞의 ARG는 스테이지 안에서 ARG로 다시 선언한 뒤에만 보입니다.',
  },
  ruleDetailBuildkit: { en: 'BuildKit check', ko: 'BuildKit 빌드 검사' },
  ruleDetailOther: { en: 'Rule', ko: '규칙' },
  skipAllDoc: { en: 'Skips every build check.', ko: '모든 빌드 검사를 건너뜁니다.' },
  checkErrorDoc: {
    en: 'With error=true, a failing check fails the build.',
    ko: 'error=true이면 검사가 실패할 때 빌드도 실패합니다.',
  },
  platformDetail: { en: 'Platform (OS/CPU)', ko: '플랫폼(OS/CPU)' },
  platformVariableDoc: {
    en: 'Predefined ARG: the platform of the machine that builds ($BUILDPLATFORM) or of the image being built ($TARGETPLATFORM).',
    ko: '미리 정의된 ARG입니다. 빌드하는 컴퓨터의 플랫폼($BUILDPLATFORM)이나 만들 이미지의 플랫폼($TARGETPLATFORM)입니다.',
  },
  syntaxValueDoc: {
    en: 'The Dockerfile frontend image to build this file with.',
    ko: '이 파일을 빌드할 도커파일 프런트엔드 이미지입니다.',
  },
  // Inlay hints
  inlayPhaseTooltip: { en: 'Phase of this instruction: {phase}', ko: '이 명령어의 단계: {phase}' },
  // Code lens
  lensFinal: { en: 'Final image: this stage becomes the image', ko: '최종 이미지: 이 스테이지가 이미지가 됩니다' },
  lensBase: { en: 'Base of the final image: the final stage builds on it', ko: '최종 이미지의 바탕: 최종 스테이지가 이 위에 빌드됩니다' },
  lensBuild: { en: 'Build stage: not in the final image', ko: '빌드 스테이지: 최종 이미지에 들어가지 않습니다' },
  lensExplain: { en: 'Explain this stage', ko: '이 스테이지 설명 보기' },
  // Document links
  linkImage: { en: 'Open {image} on {registry}', ko: '{registry}에서 {image} 보기' },
  linkRule: { en: 'Open the lesson of {rule}', ko: '{rule} 규칙 설명 열기' },
  linkNotes: { en: 'Open the course notes: {heading}', ko: '강의 노트 열기: {heading}' },
} as const satisfies Texts;

/**
 * Snippet bodies of the instructions (LSP snippet syntax: `${1:placeholder}`, `${1|a,b|}`, `$0`).
 * Code, not prose: the same in both languages.
 */
export const INSTRUCTION_SNIPPETS: Readonly<Record<InstructionKeyword, string>> = {
  FROM: 'FROM ${1:alpine}:${2:3.21}${3: AS ${4:build}}',
  RUN: 'RUN ${1:command}',
  CMD: 'CMD ["${1:executable}"${2:, "${3:param}"}]',
  LABEL: 'LABEL ${1:org.opencontainers.image.source}="${2:value}"',
  MAINTAINER: 'MAINTAINER ${1:name}',
  EXPOSE: 'EXPOSE ${1:8080}${2|/tcp,/udp|}',
  ENV: 'ENV ${1:NAME}=${2:value}',
  ADD: 'ADD ${1:source} ${2:destination}',
  COPY: 'COPY ${1:source} ${2:destination}',
  ENTRYPOINT: 'ENTRYPOINT ["${1:executable}"${2:, "${3:param}"}]',
  VOLUME: 'VOLUME ${1:/data}',
  USER: 'USER ${1:app}',
  WORKDIR: 'WORKDIR ${1:/app}',
  ARG: 'ARG ${1:NAME}${2:=${3:default}}',
  ONBUILD: 'ONBUILD ${1:INSTRUCTION}',
  STOPSIGNAL: 'STOPSIGNAL ${1|SIGTERM,SIGINT,SIGQUIT,SIGKILL|}',
  HEALTHCHECK: 'HEALTHCHECK --interval=${1:30s} CMD ${2:command}',
  SHELL: 'SHELL ["${1:/bin/sh}", "${2:-c}"]',
};

/** Values offered for `--platform=` (the two predefined ARGs first). */
export const PLATFORM_VALUES: readonly string[] = [
  '$BUILDPLATFORM', '$TARGETPLATFORM', 'linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/386', 'linux/ppc64le', 'linux/s390x', 'windows/amd64',
];

/** Values offered for `# syntax=`. */
export const SYNTAX_VALUES: readonly string[] = ['docker/dockerfile:1', 'docker/dockerfile:1-labs'];

/** Instructions ONBUILD may not trigger (the Dockerfile reference: ONBUILD ONBUILD, FROM and MAINTAINER). */
export const NOT_ONBUILD_TRIGGERS: readonly InstructionKeyword[] = ['ONBUILD', 'FROM', 'MAINTAINER'];
