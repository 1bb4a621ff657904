/**
 * Hover texts of the parser directives `syntax`, `escape` and `check`.
 */
import { dockerfileRef as ref } from './refs';
import type { DirectiveDoc, MountOptionDoc } from './types';

export const DIRECTIVE_NAMES = ['syntax', 'escape', 'check'] as const;
export type DirectiveName = (typeof DIRECTIVE_NAMES)[number];

type DirectiveTable = { readonly [K in DirectiveName]: DirectiveDoc & { readonly name: K } };

const BUILD_ONLY_DIRECTIVE = {
  en: 'Build-only: read before the build starts; nothing of it is in the image or the running container.',
  ko: '빌드할 때만 쓰입니다. 빌드를 시작하기 전에 읽히며, 이미지에도 실행 중인 컨테이너에도 남지 않습니다.',
} as const;

export const DIRECTIVES: DirectiveTable = {
  syntax: {
    name: 'syntax',
    syntax: ['# syntax=<frontend image>'],
    summary: {
      en: 'Chooses the Dockerfile syntax version (frontend) that builds this file.',
      ko: '이 파일을 빌드할 도커파일 문법 버전(프런트엔드, frontend)을 고릅니다.',
    },
    body: {
      en: "Without it, BuildKit uses the frontend bundled with your Docker version. `docker/dockerfile:1` pulls the latest stable 1.x syntax before the build, so newer flags work without upgrading Docker; pin a version such as `docker/dockerfile:1.10` to get exactly the same behaviour every time. `docker/dockerfile:1-labs` enables experimental features.",
      ko: '이 지시어가 없으면 BuildKit은 설치된 도커 버전에 들어 있는 프런트엔드를 씁니다. `docker/dockerfile:1`은 빌드 전에 최신 안정판 1.x 문법을 받아 오므로 도커를 업그레이드하지 않아도 새 플래그를 쓸 수 있습니다. 매번 똑같이 동작하게 하려면 `docker/dockerfile:1.10`처럼 버전을 고정하십시오. `docker/dockerfile:1-labs`는 실험 기능을 켭니다.',
    },
    when: BUILD_ONLY_DIRECTIVE,
    concept: 'parser-directives',
    example: { language: 'dockerfile', code: '# syntax=docker/dockerfile:1' },
    reference: ref('syntax'),
  },
  escape: {
    name: 'escape',
    syntax: ['# escape=\\', '# escape=`'],
    summary: {
      en: 'Sets the escape character of the file: a backslash (default) or a backtick.',
      ko: '파일의 이스케이프 문자를 정합니다. 역슬래시(기본값)나 백틱(`)입니다.',
    },
    body: {
      en: "The escape character continues an instruction on the next line and escapes characters within a line. Windows images use `` ` ``, because `\\` is the Windows path separator: with the default, `COPY file c:\\` would swallow the next line. A Windows base image also needs a Windows host, since containers share the host kernel.",
      ko: '이스케이프 문자는 명령어를 다음 줄로 잇고, 줄 안의 문자를 이스케이프합니다. 윈도우에서는 `\\`가 경로 구분자이므로 윈도우 이미지는 `` ` ``를 씁니다. 기본값 그대로면 `COPY file c:\\`가 다음 줄을 삼켜 버립니다. 컨테이너는 호스트 커널을 공유하므로 윈도우 베이스 이미지에는 윈도우 호스트도 필요합니다.',
    },
    when: BUILD_ONLY_DIRECTIVE,
    concept: 'windows-containers',
    related: ['parser-directives', 'shared-kernel'],
    example: { language: 'dockerfile', code: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY app.exe C:\\app\\' },
    reference: ref('escape'),
  },
  check: {
    name: 'check',
    syntax: ['# check=skip=<checks|all>', '# check=error=<boolean>', '# check=skip=<checks>;error=<boolean>'],
    summary: {
      en: 'Configures the build checks: which to skip, and whether a failing check fails the build.',
      ko: '빌드 검사(build check)를 설정합니다. 어떤 검사를 건너뛸지, 검사가 실패하면 빌드도 실패시킬지 정합니다.',
    },
    body: {
      en: "By default every check runs and failures are only warnings. `skip=` takes check names separated by commas, or `all`; `error=true` makes the build fail on a warning. Combine both with `;`. When using `error=true`, pin the `syntax` version, or new checks in a later version may break your build.",
      ko: '기본적으로 모든 검사를 실행하고 실패는 경고일 뿐입니다. `skip=`은 쉼표로 구분한 검사 이름이나 `all`을 받고, `error=true`는 경고가 나면 빌드를 실패시킵니다. 둘은 `;`로 함께 씁니다. `error=true`를 쓸 때는 `syntax` 버전을 고정하십시오. 그렇지 않으면 새 버전에 추가된 검사 때문에 빌드가 깨질 수 있습니다.',
    },
    when: BUILD_ONLY_DIRECTIVE,
    concept: 'parser-directives',
    example: { language: 'dockerfile', code: '# check=skip=JSONArgsRecommended;error=true' },
    reference: ref('check'),
  },
};

/** The keys of `# check=…`. */
export const CHECK_OPTIONS: { readonly skip: MountOptionDoc; readonly error: MountOptionDoc } = {
  skip: {
    summary: {
      en: 'Checks not to run: names separated by commas, or `all`.',
      ko: '실행하지 않을 검사입니다. 쉼표로 구분한 이름이나 `all`을 씁니다.',
    },
  },
  error: {
    summary: {
      en: 'When `true`, a failing check fails the build instead of printing a warning.',
      ko: '`true`이면 검사가 실패할 때 경고 대신 빌드를 실패시킵니다.',
    },
    default: 'false',
    values: 'true | false',
  },
};

export function isDirectiveName(value: string): value is DirectiveName {
  return (DIRECTIVE_NAMES as readonly string[]).includes(value);
}

/** The entry of a directive name as written (directive names are case-insensitive). */
export function directiveDoc(name: string): DirectiveDoc | undefined {
  const lower = name.toLowerCase();
  return isDirectiveName(lower) ? DIRECTIVES[lower] : undefined;
}
