/**
 * What the server warms up after start (see warmUp.ts): a lint, hovers with their lessons, and every feature
 * module's own steps, all over one sample Dockerfile that takes the common paths (directives, global ARGs, stages,
 * flags, mounts, heredocs, package managers, exec and shell forms, variables, stage references).
 */
import type { Lang } from '../../../common/src/protocol';
import { hoverAt } from '../hover/hover';
import { lessonMarkdown } from '../hover/lesson';
import { lintToDiagnostics } from '../service';
import type { FeatureModule } from './featureModule';
import { step, type WarmUpStep } from './warmUp';

const SAMPLE = `# syntax=docker/dockerfile:1
# check=error=true
ARG BASE=debian:bookworm-slim
ARG VERSION=1.2
FROM golang:1.22-alpine AS build
WORKDIR /src
ENV CGO_ENABLED=0 GOOS=linux
COPY --chown=app:app go.mod go.sum ./
RUN --mount=type=cache,target=/root/.cache/go-build,sharing=locked \\
    go mod download && go build -o /out/app ./cmd/app
RUN <<EOF
set -eux
apk add --no-cache git
EOF

FROM \${BASE} AS runtime
LABEL org.opencontainers.image.version=$VERSION maintainer="someone"
ARG VERSION
RUN apt-get update && apt-get install -y curl ca-certificates \\
    && rm -rf /var/lib/apt/lists/* && curl -fsSL https://example.com | sh
RUN pip install flask && npm install -g pm2 && cd /tmp && wget https://example.com/x.tgz
COPY --from=build /out/app /usr/local/bin/app
ADD https://example.com/file.tar.gz /opt/
USER app
EXPOSE 8080/tcp
HEALTHCHECK --interval=30s CMD curl -f http://localhost:8080/ || exit 1
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
VOLUME /data
STOPSIGNAL SIGTERM
ONBUILD RUN echo \${VERSION}
ENTRYPOINT ["/usr/local/bin/app"]
CMD ["--port", "8080"]
`;

/** Offsets worth visiting: the start of every word, and of the parts after `=`, `,`, `{` and `$`. */
function interestingOffsets(text: string): number[] {
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const prev = i === 0 ? 32 : text.charCodeAt(i - 1);
    const boundary = prev === 32 || prev === 10 || prev === 61 || prev === 44 || prev === 123 || prev === 36;
    if (boundary && c !== 32 && c !== 10) offsets.push(i);
  }
  return offsets;
}

/** The lint of the sample comes first; the hovers and the modules' steps follow on its model. */
export function serverWarmUpSteps(lang: Lang, modules: readonly FeatureModule[]): WarmUpStep[] {
  return [
    () => {
      const { model, diagnostics } = lintToDiagnostics(SAMPLE, lang);
      const codes = [...new Set(diagnostics.map((d) => String(d.code)))];
      const offsets = interestingOffsets(SAMPLE);
      return [
        ...offsets.map((o, i) =>
          step(() => {
            hoverAt(model, o, lang);
            lessonMarkdown(codes.slice(i % codes.length, (i % codes.length) + 1), lang);
          }),
        ),
        ...modules.flatMap((m) => m.warmUp?.(model, offsets, lang) ?? []),
      ];
    },
  ];
}
