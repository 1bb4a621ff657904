/** A small hand-written analysis (two stages) for the unit tests of the panel. */
import type { ExplainInstruction, ExplainResult, Span } from '../../../common/src/protocol';

function span(line: number, end = line): Span {
  return { start: { line, character: 0 }, end: { line: end, character: 10 } };
}

function ins(keyword: string, text: string, line: number, phase: ExplainInstruction['phase']): ExplainInstruction {
  return { keyword, text, span: span(line), phase, runtimeVisible: phase === 'metadata', summary: `${keyword} does something.`, findings: [] };
}

export function sampleResult(uri = 'file:///work/app/Dockerfile'): ExplainResult {
  return {
    uri,
    lang: 'en',
    fileName: 'Dockerfile',
    stages: [
      {
        index: 0,
        name: 'build',
        base: 'golang:1.22',
        image: { registry: 'docker.io', repository: 'library/golang', tag: '1.22', implicitLatest: false },
        span: span(0, 2),
        isTarget: false,
        copiesFrom: [],
        instructions: [ins('FROM', 'FROM golang:1.22 AS build', 0, 'build-only'), ins('RUN', 'RUN go build -o /app .', 1, 'build-only')],
      },
      {
        index: 1,
        base: 'alpine',
        image: { registry: 'docker.io', repository: 'library/alpine', implicitLatest: true },
        span: span(3, 6),
        isTarget: true,
        copiesFrom: [{ stage: 0, line: 4 }],
        instructions: [
          ins('FROM', 'FROM alpine', 3, 'layer'),
          ins('COPY', 'COPY --from=build /app /app', 4, 'layer'),
          ins('EXPOSE', 'EXPOSE 8080', 5, 'metadata'),
          ins('CMD', 'CMD ["/app"]', 6, 'metadata'),
        ],
      },
    ],
    targetStage: 1,
    runtime: { argv: ['/app'], cmdForm: 'exec', env: [], exposedPorts: ['8080'], volumes: [], labels: [] },
    directives: [],
    globalArgs: [],
    parseErrors: [],
    commands: { build: 'docker build -t my-image:dev .', run: 'docker run --rm -p 8080:8080 my-image:dev' },
  };
}
