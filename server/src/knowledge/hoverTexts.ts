/**
 * Templates and examples of the hovers that are not on one instruction, flag or directive entry:
 * flag values, unknown flags, COPY sources, variables, stages, images and heredocs.
 * Placeholders (`{name}`) are filled with `format` (./template.ts); document text is escaped by the renderer.
 */
import type { CodeExample, DockerfileReferenceUrl, Localized } from './types';
import { dockerfileRef as ref } from './refs';

type Texts = Readonly<Record<string, Localized>>;

export const HOVER_TEXTS = {
  flagValue: { en: 'Value {value}: {summary}', ko: '값 {value}: {summary}' },
  unknownFlag: {
    en: '{instruction} does not accept the flag --{flag}; BuildKit stops the build with an error.',
    ko: '{instruction}은(는) --{flag} 플래그를 받지 않습니다. BuildKit은 오류를 내고 빌드를 멈춥니다.',
  },
  unknownMountType: {
    en: 'Unknown mount type {type}: use bind, cache, tmpfs, secret or ssh.',
    ko: '알 수 없는 마운트 종류 {type}입니다. bind, cache, tmpfs, secret, ssh 중 하나를 쓰십시오.',
  },
  copySourceTitle: { en: 'Source {path}', ko: '원본 {path}' },
  copySourceWhen: {
    en: 'Build time: the files are copied into a new layer of the image, so the running container sees the copies, not the originals.',
    ko: '빌드할 때 파일이 이미지의 새 레이어로 복사됩니다. 실행 중인 도커컨테이너는 원본이 아니라 그 복사본을 봅니다.',
  },
  variableWhenArg: {
    en: 'Build-only: the value is substituted while building; the running container does not see ARG values.',
    ko: '빌드할 때만 쓰입니다. 빌드하는 동안 값이 치환되며, 실행 중인 도커컨테이너는 ARG 값을 보지 못합니다.',
  },
  variableWhenEnv: {
    en: 'Substituted while building, and stored in the image configuration: the running container sees it as an environment variable.',
    ko: '빌드할 때 치환되고 이미지 설정값에도 저장되므로, 실행 중인 도커컨테이너가 환경변수로 봅니다.',
  },
  variableWhenUndefined: {
    en: 'Build time: an undefined variable silently becomes an empty string, which often breaks the command quietly.',
    ko: '빌드할 때 정의되지 않은 변수는 조용히 빈 문자열이 되므로, 명령이 눈에 띄지 않게 잘못될 때가 많습니다.',
  },
  predefined: {
    en: 'Predefined build argument: BuildKit sets it without an ARG line.',
    ko: '미리 정의된 빌드 인자입니다. ARG 줄이 없어도 BuildKit이 설정합니다.',
  },
  stageWhen: {
    en: 'Build time: a stage is a separate build environment; only the target stage, and what is copied from others, ends up in the image the container runs.',
    ko: '빌드할 때 스테이지는 따로 떨어진 빌드 환경입니다. 대상 스테이지와 다른 스테이지에서 복사한 것만 도커컨테이너가 실행하는 이미지에 들어갑니다.',
  },
  stageBuildsFrom: { en: 'Builds from {base}.', ko: '{base}에서 빌드합니다.' },
  imageWhen: {
    en: 'Build time: the image is pulled once, and its layers become the bottom layers of this image; every container started from it runs on those files.',
    ko: '빌드할 때 이미지를 한 번 받아 오고, 그 레이어가 이 이미지의 맨 아래 레이어가 됩니다. 여기서 시작하는 모든 도커컨테이너가 그 파일 위에서 실행됩니다.',
  },
  heredocWhen: {
    en: 'Build time: the body is part of this instruction; its effect lands where the instruction puts it ({phase}).',
    ko: '빌드할 때 본문은 이 명령어의 일부이며, 그 결과는 명령어가 남기는 곳({phase})에 남습니다.',
  },
  checkOption: { en: 'Option {option}: {summary}', ko: '옵션 {option}: {summary}' },
} as const satisfies Texts;

/** Short examples of the hovers above (code is language-neutral). */
export const HOVER_EXAMPLES: Readonly<Record<'variable' | 'stage' | 'image' | 'copySource' | 'heredoc', CodeExample>> = {
  variable: { language: 'dockerfile', code: 'ARG VERSION=3.20\nFROM alpine:${VERSION}\nARG VERSION\nRUN echo "$VERSION"' },
  stage: { language: 'dockerfile', code: 'FROM golang:1.23 AS build\nRUN go build -o /app .\nFROM alpine:3.20\nCOPY --from=build /app /app' },
  image: { language: 'dockerfile', code: 'FROM docker.io/library/alpine:3.20@sha256:<digest>' },
  copySource: { language: 'dockerfile', code: '# .dockerignore: node_modules\nCOPY package.json src/ /app/' },
  heredoc: { language: 'dockerfile', code: 'RUN <<EOF\napt-get update\napt-get install -y curl\nEOF' },
};

/** Dockerfile reference headings of those hovers. */
export const HOVER_REFERENCES: Readonly<Record<'variable' | 'stage' | 'image' | 'copySource' | 'heredoc', DockerfileReferenceUrl>> = {
  variable: ref('environment-replacement'),
  stage: ref('from'),
  image: ref('from'),
  copySource: ref('copy'),
  heredoc: ref('here-documents'),
};
