import type { RuleText } from '../types';

/** Texts for what BuildKit's parser rejects; one variant per ParseErrorCode. */
export const ParseError: RuleText = {
  title: { en: 'The Docker builder cannot parse this', ko: 'Docker 빌더가 해석할 수 없는 부분' },
  messages: {
    default: { en: '{message}', ko: '{message}' },
    NoInstructions: {
      en: 'The file has no instructions: `docker build` needs at least a `FROM`.',
      ko: '파일에 명령어가 없습니다: `docker build`에는 적어도 `FROM`이 필요합니다.',
    },
    UnterminatedHeredoc: {
      en: 'Unterminated heredoc: no line `{name}` closes it, so the rest of the file is read as its body.',
      ko: '끝나지 않은 히어독(heredoc)입니다: `{name}` 줄이 없어 파일의 나머지가 모두 본문으로 읽힙니다.',
    },
    InvalidEscapeToken: {
      en: 'Invalid escape token `{value}`: the escape directive accepts only `\\` or a backtick.',
      ko: '잘못된 이스케이프 문자 `{value}`입니다: escape 지시어에는 `\\` 또는 백틱만 쓸 수 있습니다.',
    },
    DuplicateDirective: {
      en: 'Only one `{name}` parser directive can be used.',
      ko: '`{name}` 파서 지시어는 한 번만 쓸 수 있습니다.',
    },
    LineTooLong: {
      en: 'This line is longer than the builder accepts (65,535 bytes).',
      ko: '이 줄은 빌더가 받아들이는 길이(65,535바이트)보다 깁니다.',
    },
    KeyValueMissingValue: {
      en: '{instruction} must have two arguments: a name and a value.',
      ko: '{instruction}에는 이름과 값, 두 인수가 필요합니다.',
    },
    KeyValueMissingEquals: {
      en: 'Cannot find `=` in `{word}`: once one pair uses `name=value`, every pair must.',
      ko: '`{word}`에서 `=`를 찾을 수 없습니다: 한 쌍이라도 `name=value`를 쓰면 모든 쌍이 그 형식이어야 합니다.',
    },
    JSONNotStringArray: {
      en: 'In JSON (exec) form, every element of the array must be a string.',
      ko: 'JSON(exec) 형식에서는 배열의 모든 요소가 문자열이어야 합니다.',
    },
    HeredocLexing: { en: 'The heredoc marker cannot be read: {message}', ko: '히어독 표시를 읽을 수 없습니다: {message}' },
  },
  why: {
    en: '`docker build` reads the whole Dockerfile before it runs anything. A line it cannot parse stops the build before the first layer is made, so nothing of the image exists yet.',
    ko: '`docker build`는 무엇이든 실행하기 전에 도커파일 전체를 먼저 읽습니다. 해석할 수 없는 줄이 있으면 첫 레이어를 만들기도 전에 빌드가 멈추므로, 이미지는 아직 전혀 만들어지지 않습니다.',
  },
  bad: 'ENV PATH',
  good: 'ENV PATH=/usr/local/bin:$PATH',
  fix: { en: 'Correct the line as the message says.', ko: '메시지가 말하는 대로 줄을 고치십시오.' },
};
