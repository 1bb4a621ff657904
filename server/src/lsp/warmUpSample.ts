/**
 * The Dockerfile the server warms up on (warmUpSteps.ts, and the lint worker's edit path in lintWorker.ts): it takes
 * the common paths (directives, global ARGs, stages, flags, mounts, heredocs, package managers, exec and shell
 * forms, variables, stage references).
 */
export const WARM_UP_SAMPLE = `# syntax=docker/dockerfile:1
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
