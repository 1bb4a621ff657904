/**
 * Messages of the navigation features (rename refusals) and the labels of the outline.
 * Placeholders (`{name}`) are filled with `format` (./template.ts).
 */
import type { Localized } from './types';

type Texts = Readonly<Record<string, Localized>>;

export const NAVIGATION_TEXTS = {
  renameNothing: {
    en: 'Nothing to rename here. Place the cursor on a stage name, an ARG or ENV variable, or a heredoc delimiter.',
    ko: '여기에는 이름을 바꿀 것이 없습니다. 스테이지 이름, ARG나 ENV 변수, 히어독 구분자 위에 커서를 두십시오.',
  },
  renamePredefined: {
    en: '{name} is a predefined build argument: BuildKit sets it under this name, so it cannot be renamed.',
    ko: '{name}은(는) 미리 정의된 빌드 인자입니다. BuildKit이 이 이름으로 설정하므로 이름을 바꿀 수 없습니다.',
  },
  renameUndefined: {
    en: '{name} is not declared with ARG or ENV in this Dockerfile, so there is no declaration to rename together with it.',
    ko: '{name}은(는) 이 도커파일에서 ARG나 ENV로 선언되지 않았으므로, 함께 바꿀 선언이 없습니다.',
  },
  renameStageIndex: {
    en: 'This refers to a stage by its number ({name}). Rename the stage at its AS name instead.',
    ko: '이것은 스테이지를 번호({name})로 가리킵니다. 스테이지의 AS 이름에서 이름을 바꾸십시오.',
  },
  renameUnsafeForm: {
    en: 'One occurrence of {name} is written with quotes, escapes or a line break, so it cannot be renamed safely. Change it by hand.',
    ko: '{name}의 한 곳이 따옴표, 이스케이프 문자나 줄바꿈으로 쓰여 있어 안전하게 이름을 바꿀 수 없습니다. 직접 고치십시오.',
  },
  invalidStageName: {
    en: '"{name}" is not a valid stage name. BuildKit accepts a letter first, then letters, digits, "-", "_" and "." (for example build or go-builder).',
    ko: '"{name}"은(는) 올바른 스테이지 이름이 아닙니다. BuildKit은 첫 글자로 영문자를, 그다음에는 영문자, 숫자, "-", "_", "."를 받습니다(예: build, go-builder).',
  },
  reservedStageName: {
    en: '"{name}" is reserved by BuildKit (scratch is the empty image, context is the build context), so a stage should not use it.',
    ko: '"{name}"은(는) BuildKit이 예약한 이름입니다(scratch는 빈 이미지, context는 빌드 컨텍스트입니다). 스테이지 이름으로 쓰지 마십시오.',
  },
  duplicateStageName: {
    en: 'A stage named "{name}" already exists. Stage names must be unique (BuildKit compares them ignoring case).',
    ko: '"{name}"이라는 스테이지가 이미 있습니다. 스테이지 이름은 겹치면 안 됩니다(BuildKit은 대소문자를 구분하지 않고 비교합니다).',
  },
  invalidVariableName: {
    en: '"{name}" is not a valid variable name. Use a letter or "_" first, then letters, digits or "_".',
    ko: '"{name}"은(는) 올바른 변수 이름이 아닙니다. 첫 글자는 영문자나 "_", 그다음은 영문자, 숫자, "_"를 쓰십시오.',
  },
  variableNameTaken: {
    en: '"{name}" is already a variable of this Dockerfile. Renaming would merge two different variables.',
    ko: '"{name}"은(는) 이미 이 도커파일의 변수입니다. 이름을 바꾸면 서로 다른 두 변수가 하나로 합쳐집니다.',
  },
  invalidHeredocName: {
    en: '"{name}" cannot be a heredoc delimiter here. Use letters, digits, "_", "-" or "." only.',
    ko: '"{name}"은(는) 여기서 히어독 구분자로 쓸 수 없습니다. 영문자, 숫자, "_", "-", "."만 쓰십시오.',
  },
  heredocNameInBody: {
    en: '"{name}" appears as a whole line of the heredoc body, so the heredoc would end there.',
    ko: '"{name}"이(가) 히어독 본문에 한 줄로 나오므로, 히어독이 그 줄에서 끝나 버립니다.',
  },
  symbolStageDetail: { en: 'stage {index}', ko: '스테이지 {index}' },
  symbolTargetDetail: { en: 'stage {index}, built image', ko: '스테이지 {index}, 빌드되는 이미지' },
  symbolHeredoc: { en: 'heredoc {name}', ko: '히어독 {name}' },
} as const satisfies Texts;
