/**
 * Hover texts of the 18 Dockerfile instructions: syntax, a one-line summary, what happens at build time
 * and what the running container sees, the concept each one is taught with, an example and the
 * Dockerfile reference (English).
 *
 * The phase of each instruction (layer / metadata / build-only) is not stored here: it is defined once
 * in `server/src/model/phases.ts`. These texts only talk about it in prose.
 */
import { dockerfileRef as ref } from './refs';
import type { InstructionDoc, InstructionKeyword } from './types';

/** The 18 instructions, in the order of the Dockerfile reference. */
export const INSTRUCTION_KEYWORDS = [
  'FROM',
  'RUN',
  'CMD',
  'LABEL',
  'MAINTAINER',
  'EXPOSE',
  'ENV',
  'ADD',
  'COPY',
  'ENTRYPOINT',
  'VOLUME',
  'USER',
  'WORKDIR',
  'ARG',
  'ONBUILD',
  'STOPSIGNAL',
  'HEALTHCHECK',
  'SHELL',
] as const satisfies readonly InstructionKeyword[];

type InstructionTable = { readonly [K in InstructionKeyword]: InstructionDoc & { readonly keyword: K } };

export const INSTRUCTIONS: InstructionTable = {
  FROM: {
    keyword: 'FROM',
    syntax: [
      'FROM [--platform=<platform>] <image>[:<tag>] [AS <name>]',
      'FROM [--platform=<platform>] <image>[@<digest>] [AS <name>]',
    ],
    summary: {
      en: 'Starts a build stage from a base image.',
      ko: '베이스 이미지(base image)에서 빌드 스테이지(build stage)를 시작합니다.',
    },
    body: {
      en: "**At build time**: starts a new stage whose files and settings are those of the base image; the following instructions build on it. `AS name` names the stage for `COPY --from` and later `FROM` lines. Of the instructions, only `ARG` may come before the first `FROM`.\n\n**In the container**: the base image's files and settings, where later instructions did not change them. Pin the tag or a digest: an image is an immutable snapshot, and a moving tag makes the same Dockerfile produce different images.",
      ko: '**빌드할 때**: 베이스 이미지의 파일과 설정값을 그대로 가진 새 스테이지를 시작하고, 이후 명령어는 그 위에 쌓입니다. `AS 이름`은 `COPY --from`과 뒤의 `FROM`에서 쓸 스테이지 이름입니다. 첫 `FROM` 앞에 올 수 있는 명령어는 `ARG`뿐입니다.\n\n**컨테이너에서**: 이후 명령어가 바꾸지 않은 만큼 베이스 이미지의 파일과 설정값이 보입니다. 태그나 다이제스트(digest)로 고정하십시오. 이미지는 불변 스냅샷인데, 움직이는 태그를 쓰면 같은 도커파일이 다른 이미지를 만듭니다.',
    },
    concept: 'image-immutable',
    related: ['image-reference', 'base-image', 'multi-stage-build'],
    example: { language: 'dockerfile', code: 'FROM python:3.12-slim AS app' },
    reference: ref('from'),
  },
  RUN: {
    keyword: 'RUN',
    syntax: ['RUN [OPTIONS] <command> ...', 'RUN [OPTIONS] ["<executable>", "<param>", ...]'],
    summary: {
      en: 'Runs a command at build time and saves the changed files as a new layer.',
      ko: '빌드할 때 명령을 실행하고, 바뀐 파일을 새 레이어(layer)로 저장합니다.',
    },
    body: {
      en: "**At build time**: runs the command in a temporary container made from the image so far (shell form through `/bin/sh -c`), then saves the files it changed as a layer. This is where packages get installed and code gets compiled.\n\n**In the container**: only the files it left behind. The command never runs again at `docker run`, and its processes are gone. Files deleted in a later `RUN` still take space in this layer, so clean up in the same `RUN`.",
      ko: '**빌드할 때**: 지금까지의 이미지로 만든 임시 컨테이너에서 명령을 실행하고(셸 형식은 `/bin/sh -c`로), 바뀐 파일을 레이어로 저장합니다. 패키지를 설치하고 코드를 컴파일하는 곳입니다.\n\n**컨테이너에서**: 남긴 파일만 보입니다. `docker run`에서 명령이 다시 실행되지 않으며, 실행했던 프로세스도 없습니다. 나중 `RUN`에서 지운 파일도 이 레이어에는 남으므로, 정리는 같은 `RUN` 안에서 하십시오.',
    },
    concept: 'image-layers',
    related: ['packaging-dependencies', 'build-cache', 'shell-and-exec-form'],
    example: {
      language: 'dockerfile',
      code: 'RUN apt-get update \\\n && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*',
    },
    reference: ref('run'),
  },
  CMD: {
    keyword: 'CMD',
    syntax: ['CMD ["executable", "param1", "param2"]', 'CMD ["param1", "param2"]', 'CMD command param1 param2'],
    summary: {
      en: 'Sets the default command of the container, or the default arguments of ENTRYPOINT.',
      ko: '컨테이너의 기본 명령, 또는 ENTRYPOINT의 기본 인자를 정합니다.',
    },
    body: {
      en: "**At build time**: nothing runs; the command is stored in the image configuration. Only the last `CMD` counts.\n\n**In the container**: it runs on `docker run image` when no command is given; a command after the image name replaces it. With an exec-form `ENTRYPOINT`, `CMD` supplies its default arguments instead.",
      ko: '**빌드할 때**: 아무것도 실행하지 않고 명령을 이미지 설정에 저장합니다. 마지막 `CMD`만 유효합니다.\n\n**컨테이너에서**: 명령 없이 `docker run 이미지`를 하면 이것이 실행되고, 이미지 이름 뒤에 명령을 주면 대체됩니다. exec 형식의 `ENTRYPOINT`가 있으면 `CMD`는 그 기본 인자가 됩니다.',
    },
    concept: 'container-runtime',
    related: ['shell-and-exec-form', 'one-image-many-containers'],
    example: { language: 'dockerfile', code: 'CMD ["node", "server.js"]' },
    reference: ref('cmd'),
  },
  LABEL: {
    keyword: 'LABEL',
    syntax: ['LABEL <key>=<value> [<key>=<value>...]'],
    summary: {
      en: 'Adds key–value metadata to the image.',
      ko: '이미지에 키-값 메타데이터(metadata)를 더합니다.',
    },
    body: {
      en: "**At build time**: stores the labels in the image configuration; no files change. Labels of the base image are inherited and can be overridden.\n\n**In the container**: the process does not see them; people and tools read them with `docker image inspect` (source repository, version, licence).",
      ko: '**빌드할 때**: 레이블(label)을 이미지 설정에 저장하며 파일은 바뀌지 않습니다. 베이스 이미지의 레이블은 물려받고, 다시 지정하면 덮어씁니다.\n\n**컨테이너에서**: 프로세스에는 보이지 않습니다. 사람과 도구가 `docker image inspect`로 읽습니다(소스 저장소, 버전, 라이선스).',
    },
    concept: 'image-metadata',
    example: {
      language: 'dockerfile',
      code: 'LABEL org.opencontainers.image.source="https://github.com/acme/app" \\\n      org.opencontainers.image.version="1.4.2"',
    },
    reference: ref('label'),
  },
  MAINTAINER: {
    keyword: 'MAINTAINER',
    syntax: ['MAINTAINER <name>'],
    summary: {
      en: "Deprecated: sets the image's author field; use a LABEL instead.",
      ko: '더 이상 쓰지 않는(deprecated) 명령어로, 이미지의 작성자 항목을 정합니다. 대신 LABEL을 쓰십시오.',
    },
    body: {
      en: "**At build time**: writes the author field of the image configuration. The instruction is deprecated; `LABEL org.opencontainers.image.authors=\"…\"` says the same thing in a form tools understand.\n\n**In the container**: not visible.",
      ko: '**빌드할 때**: 이미지 설정의 작성자 항목을 씁니다. 이 명령어는 폐기 예정이며, 같은 내용을 도구가 이해하는 형태로 쓰려면 `LABEL org.opencontainers.image.authors="…"`를 씁니다.\n\n**컨테이너에서**: 보이지 않습니다.',
    },
    concept: 'image-metadata',
    example: { language: 'dockerfile', code: 'LABEL org.opencontainers.image.authors="dev@example.com"' },
    reference: ref('maintainer-deprecated'),
  },
  EXPOSE: {
    keyword: 'EXPOSE',
    syntax: ['EXPOSE <port>[/<protocol>] [<port>[/<protocol>]...]'],
    summary: {
      en: 'Documents the ports the container listens on; it does not publish them.',
      ko: '컨테이너가 듣는 포트(port)를 문서로 남길 뿐, 외부에 공개하지는 않습니다.',
    },
    body: {
      en: "**At build time**: stores the port (TCP unless `/udp` is given) in the image configuration.\n\n**In the container**: nothing opens by itself. It tells whoever runs the image which port the application listens on; to reach it from the host, publish it with `docker run -p 8080:80` (or every exposed port with `-P`).",
      ko: '**빌드할 때**: 포트(`/udp`를 쓰지 않으면 TCP)를 이미지 설정에 저장합니다.\n\n**컨테이너에서**: 저절로 열리는 것은 없습니다. 이미지를 실행할 사람에게 애플리케이션이 듣는 포트를 알려 줄 뿐입니다. 호스트에서 접속하려면 `docker run -p 8080:80`으로 공개(publish)하십시오(노출된 포트 전부는 `-P`).',
    },
    concept: 'container-runtime',
    example: { language: 'dockerfile', code: 'EXPOSE 8080/tcp' },
    reference: ref('expose'),
  },
  ENV: {
    keyword: 'ENV',
    syntax: ['ENV <key>=<value> [<key>=<value>...]'],
    summary: {
      en: 'Sets an environment variable for the later build steps and for the running container.',
      ko: '이후 빌드 단계와 실행 중인 컨테이너에 환경변수(environment variable)를 설정합니다.',
    },
    body: {
      en: "**At build time**: the following instructions of the stage see it (`$NAME` in `RUN`, `COPY`, `WORKDIR`, …); it is stored in the image configuration, and stages built on this one inherit it.\n\n**In the container**: the process sees it; `docker run -e NAME=value` overrides it. Never put secrets in `ENV`: they stay readable in the image.",
      ko: '**빌드할 때**: 스테이지의 이후 명령어가 볼 수 있고(`RUN`, `COPY`, `WORKDIR` 등의 `$NAME`), 이미지 설정에 저장되어 이 스테이지를 베이스로 하는 스테이지도 물려받습니다.\n\n**컨테이너에서**: 프로세스가 봅니다. `docker run -e NAME=값`으로 바꿀 수 있습니다. 비밀 정보는 `ENV`에 넣지 마십시오. 이미지에서 그대로 읽힙니다.',
    },
    concept: 'environment-config',
    related: ['build-args', 'build-secrets'],
    example: { language: 'dockerfile', code: 'ENV NODE_ENV=production PORT=8080' },
    reference: ref('env'),
  },
  ADD: {
    keyword: 'ADD',
    syntax: ['ADD [OPTIONS] <src> ... <dest>', 'ADD [OPTIONS] ["<src>", ... "<dest>"]'],
    summary: {
      en: 'Copies files into a new layer like COPY, and can also fetch URLs or Git repositories and unpack local archives.',
      ko: 'COPY처럼 파일을 새 레이어로 복사하며, URL이나 Git 저장소에서 받아 오고 로컬 압축 파일을 풀 수도 있습니다.',
    },
    body: {
      en: "**At build time**: copies from the build context, a URL or a Git repository into a new layer; a local tar archive is unpacked. Because of this extra behaviour, use `COPY` for plain files and `ADD` when you need a download (verified with `--checksum`) or the unpacking.\n\n**In the container**: the added files.",
      ko: '**빌드할 때**: 빌드 컨텍스트(build context), URL, Git 저장소에서 새 레이어로 복사하며, 로컬 tar 압축 파일은 풀어서 넣습니다. 이런 부가 동작이 있으므로 평범한 파일에는 `COPY`를 쓰고, 다운로드(`--checksum`으로 검증)나 압축 풀기가 필요할 때 `ADD`를 쓰십시오.\n\n**컨테이너에서**: 추가된 파일이 보입니다.',
    },
    concept: 'image-layers',
    related: ['build-context'],
    example: { language: 'dockerfile', code: 'ADD vendor.tar.gz /opt/vendor/' },
    reference: ref('add'),
  },
  COPY: {
    keyword: 'COPY',
    syntax: ['COPY [OPTIONS] <src> ... <dest>', 'COPY [OPTIONS] ["<src>", ... "<dest>"]'],
    summary: {
      en: 'Copies files from the build context, or from another stage or image, into a new layer.',
      ko: '빌드 컨텍스트(또는 다른 스테이지나 이미지)의 파일을 새 레이어로 복사합니다.',
    },
    body: {
      en: "**At build time**: copies the `<src>` paths from the build context (what `.dockerignore` leaves in it) to `<dest>` in the image, as a new layer; with `--from` it copies from a stage or an image instead. A relative `<dest>` starts at `WORKDIR`. Files belong to root unless `--chown` says otherwise.\n\n**In the container**: the copied files. Copy dependency manifests first and the rest later, so the install step stays cached.",
      ko: '**빌드할 때**: 빌드 컨텍스트(build context, `.dockerignore`가 제외하고 남은 것)의 `<src>` 경로를 이미지의 `<dest>`로 복사해 새 레이어를 만듭니다. `--from`을 쓰면 스테이지나 이미지에서 복사합니다. 상대 경로 `<dest>`는 `WORKDIR` 기준입니다. `--chown`이 없으면 파일 소유자는 root입니다.\n\n**컨테이너에서**: 복사된 파일이 보입니다. 의존성 목록 파일을 먼저, 나머지는 나중에 복사해야 설치 단계의 캐시가 유지됩니다.',
    },
    concept: 'image-layers',
    related: ['build-context', 'multi-stage-build', 'build-cache'],
    example: { language: 'dockerfile', code: 'COPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .' },
    reference: ref('copy'),
  },
  ENTRYPOINT: {
    keyword: 'ENTRYPOINT',
    syntax: ['ENTRYPOINT ["executable", "param1", "param2"]', 'ENTRYPOINT command param1 param2'],
    summary: {
      en: 'Sets the program the container always runs; CMD and the `docker run` arguments become its arguments.',
      ko: '컨테이너가 항상 실행할 프로그램을 정하며, CMD와 `docker run`의 인자가 그 인자가 됩니다.',
    },
    body: {
      en: "**At build time**: stored in the image configuration; nothing runs.\n\n**In the container**: it is the main process. In exec form (`[\"…\"]`), `CMD` or the arguments given to `docker run` are appended to it, and only `docker run --entrypoint` replaces it. In shell form it ignores `CMD` and the arguments, and runs under `/bin/sh -c`, which may not pass the signal of `docker stop` on.",
      ko: '**빌드할 때**: 이미지 설정에 저장되며 아무것도 실행하지 않습니다.\n\n**컨테이너에서**: 주 프로세스가 됩니다. exec 형식(`["…"]`)이면 `CMD`나 `docker run`에 준 인자가 뒤에 붙고, `docker run --entrypoint`로만 바꿀 수 있습니다. 셸 형식이면 `CMD`와 인자를 무시하고 `/bin/sh -c` 아래에서 실행되어, `docker stop`의 시그널이 전달되지 않을 수 있습니다.',
    },
    concept: 'container-runtime',
    related: ['shell-and-exec-form'],
    example: { language: 'dockerfile', code: 'ENTRYPOINT ["python", "-m", "myapp"]\nCMD ["--port", "8080"]' },
    reference: ref('entrypoint'),
  },
  VOLUME: {
    keyword: 'VOLUME',
    syntax: ['VOLUME ["/data"]', 'VOLUME /var/log /var/db'],
    summary: {
      en: 'Marks a path whose data lives outside the container, in a volume.',
      ko: '데이터를 컨테이너 밖의 볼륨(volume)에 두는 경로를 지정합니다.',
    },
    body: {
      en: "**At build time**: stores the mount point in the image configuration.\n\n**In the container**: Docker mounts a volume at that path, an anonymous one unless `docker run -v name:/path` names it, and fills a new volume with what the image has there. The data outlives the container: that is how a database keeps its data when its container is replaced. A host directory can only be chosen at `docker run`.",
      ko: '**빌드할 때**: 마운트 지점을 이미지 설정에 저장합니다.\n\n**컨테이너에서**: 도커가 그 경로에 볼륨을 마운트합니다. `docker run -v 이름:/경로`로 이름을 주지 않으면 익명 볼륨이며, 새 볼륨은 이미지의 그 경로 내용으로 채워집니다. 데이터는 컨테이너보다 오래 남습니다. 데이터베이스가 컨테이너를 바꿔도 데이터를 유지하는 방법입니다. 호스트 디렉터리는 `docker run`에서만 고를 수 있습니다.',
    },
    concept: 'container-runtime',
    related: ['one-image-many-containers'],
    example: { language: 'dockerfile', code: 'VOLUME ["/var/lib/postgresql/data"]' },
    reference: ref('volume'),
  },
  USER: {
    keyword: 'USER',
    syntax: ['USER <user>[:<group>]', 'USER <UID>[:<GID>]'],
    summary: {
      en: "Sets the user (and group) for the following RUN steps and for the container's process.",
      ko: '이후 RUN 단계와 컨테이너 프로세스를 실행할 사용자(와 그룹)를 정합니다.',
    },
    body: {
      en: "**At build time**: the following `RUN` instructions of the stage run as this user; the value is stored in the image configuration. (`COPY` and `ADD` still create root-owned files unless `--chown` is used.)\n\n**In the container**: `ENTRYPOINT` and `CMD` run as this user; without `USER` they run as root. Containers share the host kernel, so switch to an unprivileged user in the final image; `docker run --user` overrides it.",
      ko: '**빌드할 때**: 스테이지의 이후 `RUN`이 이 사용자로 실행되고, 값은 이미지 설정에 저장됩니다. (`COPY`와 `ADD`는 `--chown`이 없으면 여전히 root 소유 파일을 만듭니다.)\n\n**컨테이너에서**: `ENTRYPOINT`와 `CMD`가 이 사용자로 실행되며, `USER`가 없으면 root로 실행됩니다. 컨테이너는 호스트 커널을 공유하므로 최종 이미지에서는 권한 없는 사용자로 전환하십시오. `docker run --user`로 바꿀 수 있습니다.',
    },
    concept: 'container-runtime',
    related: ['root-user', 'shared-kernel'],
    example: { language: 'dockerfile', code: 'RUN useradd --create-home --uid 10001 app\nUSER app' },
    reference: ref('user'),
  },
  WORKDIR: {
    keyword: 'WORKDIR',
    syntax: ['WORKDIR /path/to/workdir'],
    summary: {
      en: 'Sets the working directory for the following instructions and for the container, creating it if needed.',
      ko: '이후 명령어와 컨테이너의 작업 디렉터리를 정하고, 없으면 만듭니다.',
    },
    body: {
      en: "**At build time**: the following `RUN`, `COPY`, `ADD`, `CMD` and `ENTRYPOINT` use it as their current directory; the directory is created if it does not exist. A relative path continues from the previous `WORKDIR`.\n\n**In the container**: the process starts there (`docker run -w` overrides it). Use absolute paths: without `WORKDIR` you get whatever the base image set, or `/`.",
      ko: '**빌드할 때**: 이후 `RUN`, `COPY`, `ADD`, `CMD`, `ENTRYPOINT`의 현재 디렉터리가 되며, 디렉터리가 없으면 만듭니다. 상대 경로는 이전 `WORKDIR`에 이어집니다.\n\n**컨테이너에서**: 프로세스가 여기서 시작합니다(`docker run -w`로 바꿀 수 있습니다). 절대 경로를 쓰십시오. `WORKDIR`가 없으면 베이스 이미지가 정한 곳이나 `/`가 됩니다.',
    },
    concept: 'container-runtime',
    related: ['image-metadata'],
    example: { language: 'dockerfile', code: 'WORKDIR /app' },
    reference: ref('workdir'),
  },
  ARG: {
    keyword: 'ARG',
    syntax: ['ARG <name>[=<default value>] [<name>[=<default value>]...]'],
    summary: {
      en: 'Declares a build argument, set with `docker build --build-arg`; the running container does not have it.',
      ko: '`docker build --build-arg`로 값을 주는 빌드 인자(build argument)를 선언하며, 실행 중인 컨테이너에는 없습니다.',
    },
    body: {
      en: "**At build time**: from its declaration to the end of the stage, `$NAME` expands to the value given with `--build-arg`, or to the default, and `RUN` commands see it as an environment variable. Declared before the first `FROM`, it is usable only in `FROM` lines unless declared again inside the stage.\n\n**In the container**: not set (use `ENV` for that). Build arguments can still appear in `docker history`, so never pass secrets this way.",
      ko: '**빌드할 때**: 선언한 곳부터 스테이지 끝까지 `$NAME`이 `--build-arg`로 준 값이나 기본값으로 바뀌고, `RUN` 명령은 환경변수로 봅니다. 첫 `FROM` 앞에서 선언하면 스테이지 안에서 다시 선언하지 않는 한 `FROM` 줄에서만 쓸 수 있습니다.\n\n**컨테이너에서**: 설정되지 않습니다(그럴 때는 `ENV`를 씁니다). 빌드 인자는 `docker history`에 드러날 수 있으므로 비밀 정보를 이렇게 넘기지 마십시오.',
    },
    concept: 'build-args',
    related: ['environment-config', 'build-secrets'],
    example: { language: 'dockerfile', code: 'ARG VERSION=3.12\nFROM python:${VERSION}-slim\nARG VERSION' },
    reference: ref('arg'),
  },
  ONBUILD: {
    keyword: 'ONBUILD',
    syntax: ['ONBUILD <INSTRUCTION>'],
    summary: {
      en: 'Stores an instruction that runs later, when another Dockerfile uses this image in FROM.',
      ko: '다른 도커파일이 이 이미지를 FROM으로 쓸 때 나중에 실행될 명령어를 저장합니다.',
    },
    body: {
      en: "**At build time**: the wrapped instruction does not run now; it is stored as a trigger in the image configuration.\n\n**In a downstream build**: right after its `FROM`, the triggers run in order, in that build's context, and are then cleared, so grandchild images do not inherit them. The running container never sees them. `ONBUILD ONBUILD`, `ONBUILD FROM` and `ONBUILD MAINTAINER` are not allowed.",
      ko: '**빌드할 때**: 감싼 명령어는 지금 실행되지 않고, 트리거(trigger)로 이미지 설정에 저장됩니다.\n\n**다음 빌드에서**: 그 빌드의 `FROM` 바로 뒤에서 트리거가 순서대로, 그 빌드의 컨텍스트로 실행되고 지워지므로 손자 이미지는 물려받지 않습니다. 실행 중인 컨테이너에는 보이지 않습니다. `ONBUILD ONBUILD`, `ONBUILD FROM`, `ONBUILD MAINTAINER`는 허용되지 않습니다.',
    },
    concept: 'base-image',
    example: { language: 'dockerfile', code: 'ONBUILD COPY . /app/src\nONBUILD RUN make -C /app/src' },
    reference: ref('onbuild'),
  },
  STOPSIGNAL: {
    keyword: 'STOPSIGNAL',
    syntax: ['STOPSIGNAL signal'],
    summary: {
      en: 'Sets the signal `docker stop` sends to end the container (SIGTERM by default).',
      ko: '`docker stop`이 컨테이너를 끝낼 때 보내는 시그널(signal)을 정합니다(기본값 SIGTERM).',
    },
    body: {
      en: "**At build time**: stored in the image configuration.\n\n**In the container**: `docker stop` sends this signal to the main process, then `SIGKILL` after a grace period (10 seconds by default). Set it when your program shuts down cleanly on another signal, such as `SIGQUIT` for nginx. `docker run --stop-signal` overrides it.",
      ko: '**빌드할 때**: 이미지 설정에 저장됩니다.\n\n**컨테이너에서**: `docker stop`이 주 프로세스에 이 시그널을 보내고, 유예 시간(기본 10초)이 지나면 `SIGKILL`을 보냅니다. nginx의 `SIGQUIT`처럼 프로그램이 다른 시그널로 깔끔하게 종료될 때 지정하십시오. `docker run --stop-signal`로 바꿀 수 있습니다.',
    },
    concept: 'container-runtime',
    related: ['shell-and-exec-form'],
    example: { language: 'dockerfile', code: 'STOPSIGNAL SIGQUIT' },
    reference: ref('stopsignal'),
  },
  HEALTHCHECK: {
    keyword: 'HEALTHCHECK',
    syntax: ['HEALTHCHECK [OPTIONS] CMD command', 'HEALTHCHECK NONE'],
    summary: {
      en: 'Tells Docker how to check that the running container still works.',
      ko: '실행 중인 컨테이너가 아직 제대로 동작하는지 도커가 검사하는 방법을 알려 줍니다.',
    },
    body: {
      en: "**At build time**: the check is stored in the image configuration, not run. Only the last `HEALTHCHECK` counts; `HEALTHCHECK NONE` turns off one inherited from the base image.\n\n**In the container**: Docker runs the command inside the container at every interval; exit code 0 means healthy, 1 unhealthy. After `--retries` failures in a row the status becomes `unhealthy` (shown by `docker ps`), and orchestrators can replace the container.",
      ko: '**빌드할 때**: 검사 방법이 이미지 설정에 저장될 뿐 실행되지 않습니다. 마지막 `HEALTHCHECK`만 유효하며, `HEALTHCHECK NONE`은 베이스 이미지에서 물려받은 검사를 끕니다.\n\n**컨테이너에서**: 도커가 주기마다 컨테이너 안에서 명령을 실행합니다. 종료 코드 0은 정상(healthy), 1은 비정상(unhealthy)입니다. `--retries`번 연속 실패하면 상태가 `unhealthy`가 되고(`docker ps`에 보입니다), 오케스트레이터는 그 컨테이너를 교체할 수 있습니다.',
    },
    concept: 'container-runtime',
    related: ['docker-at-scale'],
    example: {
      language: 'dockerfile',
      code: 'HEALTHCHECK --interval=30s --timeout=3s --retries=3 \\\n  CMD curl -fsS http://localhost:8080/health || exit 1',
    },
    reference: ref('healthcheck'),
  },
  SHELL: {
    keyword: 'SHELL',
    syntax: ['SHELL ["executable", "parameters"]'],
    summary: {
      en: 'Changes the shell used by the shell form of RUN, CMD and ENTRYPOINT.',
      ko: 'RUN, CMD, ENTRYPOINT의 셸 형식(shell form)이 쓰는 셸을 바꿉니다.',
    },
    body: {
      en: "**At build time**: the following shell-form `RUN`s run through it; it must be a JSON array. The defaults are `[\"/bin/sh\", \"-c\"]` on Linux and `[\"cmd\", \"/S\", \"/C\"]` on Windows, so it is used mostly in Windows images, to switch to PowerShell (such an image needs a Windows host: containers share the host kernel). On Linux it is also used for `bash -o pipefail`.\n\n**In the container**: shell-form `CMD` and `ENTRYPOINT` written after it run through it too.",
      ko: '**빌드할 때**: 이후 셸 형식 `RUN`이 이 셸로 실행되며, 반드시 JSON 배열로 써야 합니다. 기본값은 리눅스에서 `["/bin/sh", "-c"]`, 윈도우에서 `["cmd", "/S", "/C"]`이므로 주로 윈도우 이미지에서 PowerShell로 바꿀 때 씁니다(그런 이미지는 윈도우 호스트가 필요합니다. 컨테이너는 호스트 커널을 공유하기 때문입니다). 리눅스에서는 `bash -o pipefail`을 쓰려고 지정하기도 합니다.\n\n**컨테이너에서**: 그 뒤에 쓴 셸 형식 `CMD`와 `ENTRYPOINT`도 이 셸로 실행됩니다.',
    },
    concept: 'windows-containers',
    related: ['shell-and-exec-form', 'shared-kernel'],
    example: { language: 'dockerfile', code: 'SHELL ["powershell", "-Command", "$ErrorActionPreference = \'Stop\';"]' },
    reference: ref('shell'),
  },
};

export function isInstructionKeyword(value: string): value is InstructionKeyword {
  return Object.prototype.hasOwnProperty.call(INSTRUCTIONS, value);
}

/** The entry of an instruction keyword as written (any case), if it is one of the 18. */
export function instructionDoc(keyword: string): InstructionDoc | undefined {
  const upper = keyword.toUpperCase();
  return isInstructionKeyword(upper) ? INSTRUCTIONS[upper] : undefined;
}
