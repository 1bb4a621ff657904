/**
 * Fixed labels and sentence templates of the hovers, the CLI and the panel (besides the ones of
 * ./phases.ts: phase names and explanations, "When it matters", "Course notes", "Docker reference
 * (English)", "Explain", "Example").
 *
 * Templates use named placeholders, `{name}`. Fill them with `format` (./template.ts); it inserts the
 * values as given and escapes nothing, so the renderer must markdown-escape document text (variable
 * values, image names, labels) before passing it. Placeholders never sit inside a code span or a link
 * in these templates, so the renderer's escaping always applies (a unit test checks this).
 *
 * The objects are `as const`, so `format(VARIABLE_TEXTS.definedAt[lang], { line })` checks the
 * placeholder names at compile time.
 */
import type { Localized } from './types';

type Texts = Readonly<Record<string, Localized>>;

/** Section labels of a hover, beyond HOVER_LABELS in ./phases.ts. */
export const LABELS = {
  syntax: { en: 'Syntax', ko: '문법' },
  related: { en: 'Related', ko: '관련 개념' },
  glossary: { en: 'Glossary', ko: '용어집' },
  openNotes: { en: 'Open the course notes', ko: '강의 노트 열기' },
  notesSection: { en: 'Course notes: {heading}', ko: '강의 노트: {heading}' },
  referenceLink: { en: 'Docker reference: {title} (English)', ko: 'Docker 공식 문서: {title} (영어)' },
  readMore: { en: 'Read more (English)', ko: '더 읽기 (영어)' },
  defaultValue: { en: 'Default: {value}', ko: '기본값: {value}' },
  values: { en: 'Values: {values}', ko: '값: {values}' },
  isDefault: { en: '(default)', ko: '(기본값)' },
  minSyntax: {
    en: 'Needs Dockerfile syntax {version} or later (# syntax=docker/dockerfile:{version}).',
    ko: '도커파일 문법 {version} 이상이 필요합니다(# syntax=docker/dockerfile:{version}).',
  },
  labs: {
    en: 'Experimental: needs # syntax=docker/dockerfile:1-labs.',
    ko: '실험 기능입니다. # syntax=docker/dockerfile:1-labs가 필요합니다.',
  },
  deprecated: { en: 'Deprecated', ko: '폐기 예정(deprecated)' },
  notRuntime: { en: 'The running container does not see this.', ko: '실행 중인 도커컨테이너는 이것을 보지 못합니다.' },
  mountType: { en: 'Mount type: {type}', ko: '마운트 종류: {type}' },
  mountOption: { en: 'Mount option {option} ({type} mount)', ko: '마운트 옵션 {option} ({type} 마운트)' },
  parserDirective: { en: 'Parser directive', ko: '파서 지시어' },
} as const satisfies Texts;

/** Hover of a variable reference (`$NAME`, `${NAME:-default}`). */
export const VARIABLE_TEXTS = {
  title: { en: 'Variable {name}', ko: '변수 {name}' },
  valueHere: { en: 'Value here: {value}', ko: '이 위치의 값: {value}' },
  emptyValue: { en: 'Value here: empty string', ko: '이 위치의 값: 빈 문자열' },
  definedAt: { en: 'Defined at line {line}', ko: '{line}번째 줄에서 정의했습니다' },
  definedByArg: {
    en: 'Build argument (ARG, line {line}): exists only while building; the running container does not have it.',
    ko: '빌드 인자(ARG, {line}번째 줄)입니다. 빌드하는 동안에만 있고, 실행 중인 컨테이너에는 없습니다.',
  },
  definedByEnv: {
    en: 'Environment variable (ENV, line {line}): later build steps and the running container see it.',
    ko: '환경변수(ENV, {line}번째 줄)입니다. 이후 빌드 단계와 실행 중인 컨테이너가 봅니다.',
  },
  argDefault: {
    en: 'This is the default; docker build --build-arg {name}=... overrides it.',
    ko: '이 값은 기본값이며, docker build --build-arg {name}=...로 바꿀 수 있습니다.',
  },
  argNoDefault: {
    en: 'No default: empty unless docker build --build-arg {name}=... is given.',
    ko: '기본값이 없습니다. docker build --build-arg {name}=...을 주지 않으면 빈 값입니다.',
  },
  undefined: {
    en: 'Undefined here: it expands to an empty string.',
    ko: '여기서는 정의되지 않았습니다. 빈 문자열로 바뀝니다.',
  },
  undefinedGlobalArg: {
    en: 'Undefined: an ARG declared before the first FROM is visible only to FROM lines unless redeclared in the stage. Add ARG {name} (without a value) inside this stage to use it.',
    ko: '정의되지 않았습니다. 첫 FROM 앞에서 선언한 ARG는 스테이지 안에서 다시 선언하지 않으면 FROM 줄에서만 보입니다. 이 스테이지 안에 ARG {name}(값 없이)을 추가하면 쓸 수 있습니다.',
  },
  undefinedOtherStage: {
    en: 'Undefined: {name} is declared in another stage (line {line}); each stage must declare the ARG and ENV values it uses.',
    ko: '정의되지 않았습니다. {name}은 다른 스테이지({line}번째 줄)에서 선언되었습니다. 각 스테이지는 자기가 쓰는 ARG와 ENV를 선언해야 합니다.',
  },
  usedBeforeDefinition: {
    en: 'Undefined at this point: {name} is declared later, at line {line}.',
    ko: '이 위치에서는 정의되지 않았습니다. {name}은 뒤쪽 {line}번째 줄에서 선언됩니다.',
  },
  inheritedFromBase: {
    en: 'May come from the base image {image}: its ENV values are inherited, but this file cannot see them.',
    ko: '베이스 이미지 {image}에서 올 수도 있습니다. 그 ENV 값은 물려받지만 이 파일만으로는 알 수 없습니다.',
  },
  predefinedProxy: {
    en: 'Predefined build argument (proxy setting): usable without an ARG line, set with --build-arg, and left out of docker history.',
    ko: '미리 정의된 빌드 인자(프록시 설정)입니다. ARG 없이 쓸 수 있고, --build-arg로 값을 주며, docker history에는 남지 않습니다.',
  },
  platformArg: {
    en: 'Automatic platform argument: set by the builder in the global scope (FROM lines); declare ARG {name} inside a stage to use it there.',
    ko: '자동 플랫폼 인자입니다. 빌더가 전역 범위(FROM 줄)에 설정하며, 스테이지 안에서 쓰려면 ARG {name}을 선언하십시오.',
  },
  modifierDefault: {
    en: 'With :- the word after it is used when the variable is unset or empty.',
    ko: ':-를 쓰면 변수가 없거나 비어 있을 때 그 뒤의 단어를 씁니다.',
  },
  modifierAlternate: {
    en: 'With :+ the word after it is used only when the variable is set and not empty.',
    ko: ':+를 쓰면 변수가 있고 비어 있지 않을 때만 그 뒤의 단어를 씁니다.',
  },
  modifierRequired: {
    en: 'With :? the build fails with the message after it when the variable is unset or empty.',
    ko: ':?를 쓰면 변수가 없거나 비어 있을 때 그 뒤의 메시지를 출력하고 빌드가 실패합니다.',
  },
} as const satisfies Texts;

/** Hover of an image reference (FROM, COPY --from=<image>, RUN --mount=from=<image>). */
export const IMAGE_TEXTS = {
  title: { en: 'Image {image}', ko: '이미지 {image}' },
  registry: { en: 'Registry', ko: '레지스트리' },
  repository: { en: 'Repository', ko: '저장소' },
  tag: { en: 'Tag', ko: '태그' },
  digest: { en: 'Digest', ko: '다이제스트' },
  platform: { en: 'Platform', ko: '플랫폼' },
  pulledFrom: { en: 'Pulled from {registry}', ko: '{registry}에서 받아 옵니다' },
  dockerHub: { en: 'Docker Hub (docker.io), the default registry', ko: 'Docker Hub(docker.io), 기본 레지스트리' },
  officialImage: {
    en: 'Official image, stored as library/{name} on Docker Hub.',
    ko: 'Docker Hub에 library/{name}으로 저장된 공식 이미지입니다.',
  },
  implicitLatest: {
    en: 'No tag or digest: Docker uses the latest tag, which may point to a different image tomorrow.',
    ko: '태그도 다이제스트도 없습니다. 도커는 latest 태그를 쓰는데, 이 태그는 내일 다른 이미지를 가리킬 수 있습니다.',
  },
  tagOnly: {
    en: 'The tag {tag} can be moved to another image by its publisher; add a digest to pin exactly one image.',
    ko: '태그 {tag}는 배포자가 다른 이미지로 옮길 수 있습니다. 정확히 한 이미지로 고정하려면 다이제스트를 더하십시오.',
  },
  pinnedByDigest: {
    en: 'Pinned by digest: always exactly this image.',
    ko: '다이제스트로 고정되어 있습니다. 언제나 정확히 이 이미지입니다.',
  },
  whyPin: {
    en: 'Why pin: an image is an immutable snapshot, so a pinned reference makes the same Dockerfile give the same image, and the same deployment.',
    ko: '고정하는 이유: 이미지는 불변 스냅샷이므로, 참조를 고정하면 같은 도커파일이 같은 이미지와 같은 배포 결과를 냅니다.',
  },
  scratch: {
    en: 'scratch: an empty image; the stage starts with no files at all.',
    ko: 'scratch: 빈 이미지입니다. 스테이지가 파일이 하나도 없는 상태에서 시작합니다.',
  },
  unresolvedVariables: {
    en: 'Contains variables; with the values known here it reads {value}.',
    ko: '변수를 포함합니다. 여기서 알 수 있는 값으로는 {value}입니다.',
  },
} as const satisfies Texts;

/** Hover of a stage name (`AS build`, `FROM build`, `--from=build`). */
export const STAGE_TEXTS = {
  title: { en: 'Stage {name}', ko: '스테이지 {name}' },
  unnamed: { en: 'Stage {index} (unnamed)', ko: '{index}번 스테이지(이름 없음)' },
  definedAt: {
    en: 'Defined at line {line}, built from {base}.',
    ko: '{line}번째 줄에서 정의했고, {base}에서 빌드합니다.',
  },
  buildsOnStage: {
    en: 'Builds on stage {name} (line {line}): it starts with that stage\'s files and settings.',
    ko: '스테이지 {name}({line}번째 줄) 위에 빌드합니다. 그 스테이지의 파일과 설정값에서 시작합니다.',
  },
  isTarget: {
    en: 'Target stage: this stage becomes the image.',
    ko: '대상 스테이지입니다. 이 스테이지가 이미지가 됩니다.',
  },
  notTarget: {
    en: 'Not the target stage: it exists only during the build; its files reach the image only through COPY --from.',
    ko: '대상 스테이지가 아닙니다. 빌드하는 동안에만 있고, 그 파일은 COPY --from을 통해서만 이미지에 들어갑니다.',
  },
  copiedBy: { en: 'Used by line {lines}', ko: '{lines}번째 줄에서 사용합니다' },
  notAStage: {
    en: 'No stage of this file has this name, so it is an image reference, pulled from {registry}.',
    ko: '이 파일에 이 이름의 스테이지가 없으므로 이미지 참조이며, {registry}에서 받아 옵니다.',
  },
  laterStage: {
    en: 'Stage {name} is defined later (line {line}); a stage can only use stages defined before it.',
    ko: '스테이지 {name}은 뒤쪽({line}번째 줄)에서 정의됩니다. 스테이지는 앞에서 정의한 스테이지만 쓸 수 있습니다.',
  },
} as const satisfies Texts;

/** Hover of a COPY or ADD source. */
export const COPY_SOURCE_TEXTS = {
  fromContext: {
    en: 'From the build context: the directory given to docker build, after .dockerignore has removed what it excludes.',
    ko: '빌드 컨텍스트에서 가져옵니다. docker build에 넘긴 디렉터리에서 .dockerignore가 제외한 것을 뺀 나머지입니다.',
  },
  dockerignore: {
    en: 'Files excluded by .dockerignore are not in the context, so this instruction cannot see them.',
    ko: '.dockerignore가 제외한 파일은 컨텍스트에 없으므로 이 명령어가 볼 수 없습니다.',
  },
  contextRelative: {
    en: 'The path is relative to the root of the build context and cannot reach outside it.',
    ko: '경로는 빌드 컨텍스트의 루트를 기준으로 하며, 그 바깥에는 닿을 수 없습니다.',
  },
  fromStage: {
    en: 'From stage {name} (line {line}): the path is resolved from that stage\'s root, not from the build context.',
    ko: '스테이지 {name}({line}번째 줄)에서 가져옵니다. 경로는 빌드 컨텍스트가 아니라 그 스테이지의 루트 기준입니다.',
  },
  fromImage: {
    en: 'From the image {image}: the path is resolved from that image\'s root.',
    ko: '이미지 {image}에서 가져옵니다. 경로는 그 이미지의 루트 기준입니다.',
  },
  fromUrl: {
    en: 'Downloaded at build time from a URL (ADD only); pin it with --checksum.',
    ko: '빌드할 때 URL에서 내려받습니다(ADD 전용). --checksum으로 고정하십시오.',
  },
  fromGit: {
    en: 'Cloned at build time from a Git repository (ADD only); pin a commit with --checksum.',
    ko: '빌드할 때 Git 저장소에서 복제합니다(ADD 전용). --checksum으로 커밋을 고정하십시오.',
  },
  fromHeredoc: {
    en: 'Inline file: its content is the here-document below.',
    ko: '인라인 파일입니다. 내용은 아래의 히어독입니다.',
  },
  destination: {
    en: 'Destination in the image; a relative path starts at the WORKDIR ({workdir}).',
    ko: '이미지 안의 대상 경로입니다. 상대 경로는 WORKDIR({workdir})에서 시작합니다.',
  },
} as const satisfies Texts;

/** Hover of a here-document (`<<EOF` … `EOF`). */
export const HEREDOC_TEXTS = {
  title: { en: 'Here-document (heredoc)', ko: '히어독(here-document)' },
  run: {
    en: 'The lines up to {delimiter} are a script, run by the shell (or by the interpreter of its #! line).',
    ko: '{delimiter}까지의 줄은 스크립트이며, 셸(또는 #! 줄의 인터프리터)이 실행합니다.',
  },
  copy: {
    en: 'The lines up to {delimiter} become the content of the file {file}.',
    ko: '{delimiter}까지의 줄이 파일 {file}의 내용이 됩니다.',
  },
  expanded: {
    en: 'Delimiter not quoted: variables in the body are expanded.',
    ko: '구분자에 따옴표가 없으므로 본문의 변수가 치환됩니다.',
  },
  quoted: {
    en: 'Delimiter quoted: the body is taken literally; variables are not expanded at build time.',
    ko: '구분자에 따옴표가 있으므로 본문을 그대로 씁니다. 빌드할 때 변수가 치환되지 않습니다.',
  },
  stripTabs: {
    en: '<<- removes leading tab characters from each line of the body.',
    ko: '<<-는 본문 각 줄 앞의 탭 문자를 지웁니다.',
  },
} as const satisfies Texts;

/** What the language server says about a document as a whole. */
export const SERVER_TEXTS = {
  tooLarge: {
    en: 'This file has {chars} characters. Dockerfile Tutor analyses files of up to {limit} characters (real Dockerfiles are far smaller), so it shows no findings, hovers, completions or Explain panel for this one.',
    ko: '이 파일은 {chars}자입니다. Dockerfile Tutor는 {limit}자까지의 파일만 분석하므로(실제 도커파일은 이보다 훨씬 작습니다) 이 파일에는 검사 결과, 호버, 자동 완성, 설명 패널을 보여 주지 않습니다.',
  },
} as const satisfies Texts;
