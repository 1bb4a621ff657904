/**
 * Hover texts of every instruction flag (BuildKit ones included) and of every `RUN --mount` type and
 * option. Lookups:
 * - `FLAGS[instruction][flag]` (typed) or `flagDoc('COPY', '--from')` (strings from the document);
 * - `MOUNTS[type].options[option]` (typed) or `mountOptionDoc('cache', 'dst')` (aliases resolved).
 */
import { dockerfileRef as ref } from './refs';
import type { FlagDoc, InstructionKeyword, Localized, MountOptionDoc, MountTypeDoc } from './types';

// ---------------------------------------------------------------------------------------------
// Flags per instruction
// ---------------------------------------------------------------------------------------------

/** The flags each instruction accepts, without the leading `--`. */
export const INSTRUCTION_FLAGS = {
  FROM: ['platform'],
  RUN: ['mount', 'network', 'security', 'device'],
  COPY: ['from', 'chown', 'chmod', 'link', 'parents', 'exclude'],
  ADD: ['checksum', 'keep-git-dir', 'chown', 'chmod', 'link', 'exclude', 'unpack'],
  HEALTHCHECK: ['interval', 'timeout', 'start-period', 'start-interval', 'retries'],
} as const satisfies Partial<Record<InstructionKeyword, readonly string[]>>;

export type FlaggedInstruction = keyof typeof INSTRUCTION_FLAGS;
export type FlagName<I extends FlaggedInstruction> = (typeof INSTRUCTION_FLAGS)[I][number];

type FlagTable = {
  readonly [I in FlaggedInstruction]: { readonly [F in FlagName<I>]: FlagDoc & { readonly name: F } };
};

// Texts shared by COPY and ADD (one place per fact).
const CHOWN: Pick<FlagDoc, 'summary' | 'body' | 'when'> = {
  summary: {
    en: 'Sets the owner (user and group) of the copied files.',
    ko: '복사한 파일의 소유자(사용자와 그룹)를 정합니다.',
  },
  body: {
    en: "Without it, copied files belong to UID 0 and GID 0 (root), whatever `USER` says. Accepts names or numeric IDs; names are looked up in the image's `/etc/passwd` and `/etc/group`, so the build fails if they are missing there. Not supported for Windows containers.",
    ko: '이 플래그가 없으면 `USER`와 상관없이 복사한 파일은 UID 0, GID 0(root) 소유입니다. 이름이나 숫자 ID를 받으며, 이름은 이미지의 `/etc/passwd`와 `/etc/group`에서 찾으므로 거기 없으면 빌드가 실패합니다. 윈도우 컨테이너에서는 지원하지 않습니다.',
  },
  when: {
    en: 'In the image: the ownership is stored with the files, and the running container sees it (it decides whether a non-root process can write them).',
    ko: '이미지에 남습니다. 소유권이 파일과 함께 저장되어 실행 중인 컨테이너가 봅니다(root가 아닌 프로세스가 그 파일에 쓸 수 있는지가 여기서 정해집니다).',
  },
};
const CHMOD: Pick<FlagDoc, 'summary' | 'body' | 'when'> = {
  summary: {
    en: 'Sets the permissions of the copied files.',
    ko: '복사한 파일의 권한을 정합니다.',
  },
  body: {
    en: "Takes octal (`755`, `644`) or, since Dockerfile 1.14, symbolic notation (`+x`, `u=rwX,go=rX`). Setting it here avoids a separate `RUN chmod`, which would copy every file into another layer. Not supported for Windows containers.",
    ko: '8진수(`755`, `644`)나, 도커파일 1.14부터는 기호 표기(`+x`, `u=rwX,go=rX`)를 받습니다. 여기서 지정하면 모든 파일을 다른 레이어에 한 번 더 복사하게 되는 별도의 `RUN chmod`가 필요 없습니다. 윈도우 컨테이너에서는 지원하지 않습니다.',
  },
  when: {
    en: 'In the image: the permissions are stored with the files and apply in the running container.',
    ko: '이미지에 남습니다. 권한이 파일과 함께 저장되어 실행 중인 컨테이너에 적용됩니다.',
  },
};
const LINK: Pick<FlagDoc, 'summary' | 'body' | 'when'> = {
  summary: {
    en: 'Copies into an independent layer that does not depend on the layers below it.',
    ko: '아래 레이어에 의존하지 않는 독립된 레이어로 복사합니다.',
  },
  body: {
    en: "The files are copied into an empty directory that becomes its own layer, linked on top of the previous state. The layer stays cached when earlier instructions change, and a new base image can be swapped in without redoing the copy. The copy cannot follow symlinks that already exist at the destination.",
    ko: '파일을 빈 디렉터리에 복사해 별도의 레이어로 만들고, 이전 상태 위에 연결(link)합니다. 앞의 명령어가 바뀌어도 이 레이어의 캐시는 유지되고, 베이스 이미지를 바꿔도 복사를 다시 하지 않습니다. 대상 경로에 이미 있는 심볼릭 링크는 따라가지 못합니다.',
  },
  when: {
    en: 'Build time: changes how the layer is built and cached; the files in the image are the same.',
    ko: '빌드할 때 레이어를 만들고 캐시하는 방식만 바뀌며, 이미지 안의 파일은 같습니다.',
  },
};
const EXCLUDE: Pick<FlagDoc, 'summary' | 'body' | 'when'> = {
  summary: {
    en: 'Leaves out the files that match a pattern.',
    ko: '패턴에 맞는 파일을 빼고 복사합니다.',
  },
  body: {
    en: "The pattern uses the same wildcards as `<src>`; repeat the flag for several patterns. Unlike `.dockerignore`, which applies to the whole build context, it only affects this one instruction.",
    ko: '패턴은 `<src>`와 같은 와일드카드를 쓰며, 여러 패턴은 플래그를 반복해서 씁니다. 빌드 컨텍스트 전체에 적용되는 `.dockerignore`와 달리 이 명령어 하나에만 적용됩니다.',
  },
  when: {
    en: 'Build time: decides which files go into the layer; excluded files are not in the image.',
    ko: '빌드할 때 어떤 파일이 레이어에 들어갈지 정합니다. 제외된 파일은 이미지에 없습니다.',
  },
};

const HEALTHCHECK_WHEN: Localized = {
  en: 'In the running container: stored in the image configuration at build time, used by Docker while the container runs.',
  ko: '실행 중인 컨테이너에서 적용됩니다. 빌드할 때 이미지 설정에 저장되고, 컨테이너가 실행되는 동안 도커가 사용합니다.',
};

export const FLAGS: FlagTable = {
  FROM: {
    platform: {
      name: 'platform',
      syntax: 'FROM --platform=<os>/<arch>[/<variant>] <image>',
      summary: {
        en: 'Chooses which platform (OS and CPU) variant of a multi-platform base image to use.',
        ko: '여러 플랫폼용 베이스 이미지에서 어느 플랫폼(OS와 CPU)용을 쓸지 고릅니다.',
      },
      body: {
        en: "Multi-platform images hold one variant per platform (`linux/amd64`, `linux/arm64`, `windows/amd64`). By default the build's target platform is used. `--platform=$BUILDPLATFORM` runs a stage natively on the build machine, typically to cross-compile for `$TARGETPLATFORM`.\n\nThe container still needs a matching kernel: containers share the host kernel, so a `linux/arm64` image on an amd64 host runs only under emulation.",
        ko: '여러 플랫폼용 이미지에는 플랫폼(`linux/amd64`, `linux/arm64`, `windows/amd64`)마다 변형이 하나씩 있습니다. 기본값은 빌드의 대상 플랫폼입니다. `--platform=$BUILDPLATFORM`은 스테이지를 빌드하는 컴퓨터에서 그대로 실행하며, 보통 `$TARGETPLATFORM`용으로 크로스 컴파일할 때 씁니다.\n\n컨테이너에는 여전히 맞는 커널이 필요합니다. 컨테이너는 호스트 커널을 공유하므로 amd64 호스트에서 `linux/arm64` 이미지는 에뮬레이션으로만 실행됩니다.',
      },
      when: {
        en: "Build time: decides which base image is pulled. The image is then made of that platform's files.",
        ko: '빌드할 때 어떤 베이스 이미지를 받을지 정합니다. 이미지는 그 플랫폼용 파일로 만들어집니다.',
      },
      concept: 'shared-kernel',
      example: { language: 'dockerfile', code: 'FROM --platform=$BUILDPLATFORM golang:1.23 AS build' },
      reference: ref('from'),
    },
  },
  RUN: {
    mount: {
      name: 'mount',
      syntax: 'RUN --mount=[type=<TYPE>][,option=<value>...] <command>',
      summary: {
        en: 'Mounts files into this RUN only: context files, a cache, a tmpfs, a secret or an SSH agent.',
        ko: '이 RUN에만 파일을 마운트합니다. 컨텍스트 파일, 캐시, tmpfs, 시크릿, SSH 에이전트가 있습니다.',
      },
      body: {
        en: "The mount exists only while this one command runs, and what is in it is **not** saved in the layer; only what the command writes elsewhere is. Types: `bind` (the default: read-only files from the context or a stage), `cache`, `tmpfs`, `secret`, `ssh`. One `RUN` can have several `--mount` flags.",
        ko: '마운트는 이 명령 하나가 실행되는 동안에만 있고, 그 안의 내용은 레이어에 저장되지 **않습니다**. 명령이 다른 곳에 쓴 것만 저장됩니다. 종류는 `bind`(기본값, 컨텍스트나 스테이지의 읽기 전용 파일), `cache`, `tmpfs`, `secret`, `ssh`입니다. `RUN` 하나에 `--mount`를 여러 개 쓸 수 있습니다.',
      },
      when: {
        en: 'Build-only: neither the image nor the running container sees the mount or its content.',
        ko: '빌드할 때만 있습니다. 이미지와 실행 중인 컨테이너 어디에도 마운트나 그 내용이 없습니다.',
      },
      concept: 'image-layers',
      example: { language: 'dockerfile', code: 'RUN --mount=type=cache,target=/root/.cache/pip \\\n    pip install -r requirements.txt' },
      reference: ref('run---mount'),
      minSyntax: '1.2',
    },
    network: {
      name: 'network',
      syntax: 'RUN --network=<default|none|host> <command>',
      summary: {
        en: 'Chooses the network this RUN command gets: the default, none, or the host network.',
        ko: '이 RUN 명령이 쓸 네트워크를 고릅니다. 기본, 없음, 호스트 네트워크가 있습니다.',
      },
      body: {
        en: "`none` cuts the command off from the network (only loopback remains), which proves the step uses only files you provided. `host` uses the build host's network; the builder and the build must both allow the `network.host` entitlement.",
        ko: '`none`은 명령을 네트워크에서 끊어(루프백만 남습니다) 그 단계가 직접 넣어 준 파일만 쓴다는 것을 보장합니다. `host`는 빌드 호스트의 네트워크를 쓰며, 빌더와 빌드 양쪽에서 `network.host` 권한(entitlement)을 허용해야 합니다.',
      },
      when: {
        en: 'Build-only: affects this build step; the image and the running container are unaffected.',
        ko: '빌드할 때만 적용됩니다. 이 빌드 단계에만 영향을 주고 이미지와 실행 중인 컨테이너와는 상관없습니다.',
      },
      concept: 'packaging-dependencies',
      example: { language: 'dockerfile', code: 'RUN --network=none pip install --no-index --find-links /wheels myapp' },
      reference: ref('run---network'),
      values: {
        default: {
          isDefault: true,
          summary: { en: 'The default build network.', ko: '빌드의 기본 네트워크입니다.' },
          reference: ref('run---networkdefault'),
        },
        none: {
          summary: { en: 'No network access; only loopback.', ko: '네트워크에 접근할 수 없고 루프백만 있습니다.' },
          reference: ref('run---networknone'),
        },
        host: {
          summary: {
            en: "The build host's network; needs the `network.host` entitlement.",
            ko: '빌드 호스트의 네트워크입니다. `network.host` 권한이 필요합니다.',
          },
          reference: ref('run---networkhost'),
        },
      },
    },
    security: {
      name: 'security',
      syntax: 'RUN --security=<sandbox|insecure> <command>',
      summary: {
        en: 'Runs this command in the normal sandbox, or with elevated privileges (insecure).',
        ko: '이 명령을 일반 샌드박스에서 실행할지, 높은 권한(insecure)으로 실행할지 정합니다.',
      },
      body: {
        en: "`insecure` runs the command without the sandbox, like `docker run --privileged`, for steps that need extra privileges. The builder and the build must both allow the `security.insecure` entitlement. `sandbox` is the default and changes nothing.",
        ko: '`insecure`는 `docker run --privileged`처럼 샌드박스 없이 실행하며, 추가 권한이 필요한 단계에 씁니다. 빌더와 빌드 양쪽에서 `security.insecure` 권한을 허용해야 합니다. `sandbox`는 기본값이며 아무것도 바꾸지 않습니다.',
      },
      when: {
        en: 'Build-only: the privileges apply to this build step, not to the running container.',
        ko: '빌드할 때만 적용됩니다. 권한은 이 빌드 단계에만 주어지고 실행 중인 컨테이너와는 상관없습니다.',
      },
      concept: 'root-user',
      example: { language: 'dockerfile', code: 'RUN --security=insecure cat /proc/self/status' },
      reference: ref('run---security'),
      values: {
        sandbox: {
          isDefault: true,
          summary: { en: 'The normal, isolated build step.', ko: '일반적인 격리된 빌드 단계입니다.' },
        },
        insecure: {
          summary: {
            en: 'No sandbox, like `--privileged`; needs the `security.insecure` entitlement.',
            ko: '`--privileged`처럼 샌드박스가 없습니다. `security.insecure` 권한이 필요합니다.',
          },
        },
      },
    },
    device: {
      name: 'device',
      syntax: 'RUN --device=<name>[,required] <command>',
      summary: {
        en: 'Gives this RUN access to a device such as a GPU, described by CDI.',
        ko: '이 RUN이 CDI로 기술된 GPU 같은 장치를 쓰게 합니다.',
      },
      body: {
        en: "Requests a Container Device Interface (CDI) device registered with BuildKit (`vendor.com/gpu=all`, a single device, or a class). Needs the `docker/dockerfile:1-labs` syntax, BuildKit 0.20 or later, and the `device` entitlement. With `required`, the build fails if the device is missing.",
        ko: 'BuildKit에 등록된 CDI(Container Device Interface) 장치(`vendor.com/gpu=all`, 장치 하나, 또는 장치 클래스)를 요청합니다. `docker/dockerfile:1-labs` 문법, BuildKit 0.20 이상, `device` 권한이 필요합니다. `required`를 붙이면 장치가 없을 때 빌드가 실패합니다.',
      },
      when: {
        en: 'Build-only: the device is available to this build step, not to the running container.',
        ko: '빌드할 때만 적용됩니다. 장치는 이 빌드 단계에서만 쓸 수 있고 실행 중인 컨테이너와는 상관없습니다.',
      },
      concept: 'shared-kernel',
      example: { language: 'dockerfile', code: '# syntax=docker/dockerfile:1-labs\nRUN --device=nvidia.com/gpu=all nvidia-smi' },
      reference: ref('run---device'),
      minSyntax: 'labs',
    },
  },
  COPY: {
    from: {
      name: 'from',
      syntax: 'COPY --from=<stage|image|context> <src> ... <dest>',
      summary: {
        en: 'Copies from a build stage, an image or a named context instead of the build context.',
        ko: '빌드 컨텍스트 대신 빌드 스테이지, 이미지, 이름 있는 컨텍스트에서 복사합니다.',
      },
      body: {
        en: "Name a stage (`--from=build`, from `FROM … AS build`) to take only its results; that is how multi-stage builds keep compilers out of the final image. An image reference (`--from=nginx:1.27`) copies from that image. The source path is resolved from the root of that stage or image, not from `WORKDIR`.",
        ko: '스테이지 이름(`FROM … AS build`의 `--from=build`)을 주면 그 결과물만 가져옵니다. 멀티 스테이지 빌드가 컴파일러를 최종 이미지에서 빼는 방법입니다. 이미지 참조(`--from=nginx:1.27`)를 주면 그 이미지에서 복사합니다. 소스 경로는 `WORKDIR`가 아니라 그 스테이지나 이미지의 루트를 기준으로 합니다.',
      },
      when: {
        en: 'Build time: decides where the files come from; the copied files are in the image, the source stage is not.',
        ko: '빌드할 때 파일을 어디서 가져올지 정합니다. 복사한 파일은 이미지에 들어가지만 원본 스테이지는 들어가지 않습니다.',
      },
      concept: 'multi-stage-build',
      example: { language: 'dockerfile', code: 'COPY --from=build /out/app /usr/local/bin/app' },
      reference: ref('copy---from'),
    },
    chown: {
      name: 'chown',
      syntax: 'COPY --chown=<user>[:<group>] <src> ... <dest>',
      ...CHOWN,
      concept: 'root-user',
      example: { language: 'dockerfile', code: 'COPY --chown=app:app . /app' },
      reference: ref('copy---chown'),
    },
    chmod: {
      name: 'chmod',
      syntax: 'COPY --chmod=<perms> <src> ... <dest>',
      ...CHMOD,
      concept: 'image-layers',
      example: { language: 'dockerfile', code: 'COPY --chmod=755 entrypoint.sh /usr/local/bin/' },
      reference: ref('copy---chmod'),
      minSyntax: '1.2',
    },
    link: {
      name: 'link',
      syntax: 'COPY --link[=<boolean>] <src> ... <dest>',
      ...LINK,
      concept: 'build-cache',
      example: { language: 'dockerfile', code: 'COPY --link --from=build /out/app /app' },
      reference: ref('copy---link'),
      minSyntax: '1.4',
    },
    parents: {
      name: 'parents',
      syntax: 'COPY --parents[=<boolean>] <src> ... <dest>',
      summary: {
        en: 'Keeps the parent directories of each source path under the destination.',
        ko: '각 소스 경로의 상위 디렉터리 구조를 대상 아래에 그대로 유지합니다.',
      },
      body: {
        en: "Without it, `COPY x/a.txt y/a.txt /dest/` puts both files directly in `/dest/` and the second overwrites the first. With `--parents` you get `/dest/x/a.txt` and `/dest/y/a.txt`, so several paths can be copied in one instruction (one layer) with their structure intact. A `/./` in the source marks where the kept part starts.",
        ko: '이 플래그가 없으면 `COPY x/a.txt y/a.txt /dest/`는 두 파일을 `/dest/` 바로 아래에 넣어 두 번째가 첫 번째를 덮어씁니다. `--parents`를 쓰면 `/dest/x/a.txt`와 `/dest/y/a.txt`가 되어, 여러 경로를 구조를 유지한 채 명령어 하나(레이어 하나)로 복사할 수 있습니다. 소스의 `/./`는 유지할 부분이 시작되는 곳을 표시합니다.',
      },
      when: {
        en: 'Build time: decides where the files land in the layer; the image has that directory structure.',
        ko: '빌드할 때 파일이 레이어의 어디에 놓일지 정합니다. 이미지에는 그 디렉터리 구조가 남습니다.',
      },
      concept: 'build-context',
      example: { language: 'dockerfile', code: 'COPY --parents ./services/*/package.json /app/' },
      reference: ref('copy---parents'),
      minSyntax: '1.20',
    },
    exclude: {
      name: 'exclude',
      syntax: 'COPY --exclude=<pattern> <src> ... <dest>',
      ...EXCLUDE,
      concept: 'build-context',
      example: { language: 'dockerfile', code: 'COPY --exclude=*.md --exclude=tests/ . /app' },
      reference: ref('copy---exclude'),
      minSyntax: '1.19',
    },
  },
  ADD: {
    checksum: {
      name: 'checksum',
      syntax: 'ADD --checksum=<hash> <src> ... <dest>',
      summary: {
        en: 'Verifies a downloaded file or Git checkout against a known checksum.',
        ko: '내려받은 파일이나 Git 체크아웃이 알려진 체크섬과 맞는지 검증합니다.',
      },
      body: {
        en: "For an HTTP source, give the SHA-256 of the content (`sha256:<hash>`); for a Git source, the commit SHA or a prefix of it. The build fails if the content differs, so a changed or tampered download can never slip into the image: the same Dockerfile keeps giving the same image.",
        ko: 'HTTP 소스에는 내용의 SHA-256(`sha256:<hash>`)을, Git 소스에는 커밋 SHA나 그 앞부분을 줍니다. 내용이 다르면 빌드가 실패하므로, 바뀌거나 변조된 다운로드가 이미지에 들어갈 수 없습니다. 같은 도커파일이 계속 같은 이미지를 만듭니다.',
      },
      when: {
        en: 'Build time: checked while building; nothing extra is stored in the image.',
        ko: '빌드할 때 검사하며, 이미지에 따로 저장되는 것은 없습니다.',
      },
      concept: 'image-immutable',
      example: {
        language: 'dockerfile',
        code: 'ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d \\\n    https://mirrors.edge.kernel.org/pub/linux/kernel/Historic/linux-0.01.tar.gz /',
      },
      reference: ref('add---checksum'),
      minSyntax: '1.6',
    },
    'keep-git-dir': {
      name: 'keep-git-dir',
      syntax: 'ADD --keep-git-dir=<boolean> <git-url> <dest>',
      summary: {
        en: 'Keeps the `.git` directory when adding a Git repository.',
        ko: 'Git 저장소를 추가할 때 `.git` 디렉터리를 남깁니다.',
      },
      body: {
        en: "When the source is a Git repository, `ADD` copies its files without `.git` by default. `--keep-git-dir=true` keeps it, for builds that need the history (for example to print the version with `git describe`).",
        ko: '소스가 Git 저장소이면 `ADD`는 기본적으로 `.git` 없이 파일만 복사합니다. `--keep-git-dir=true`는 이것을 남기며, 이력이 필요한 빌드(예: `git describe`로 버전 출력)에 씁니다.',
      },
      when: {
        en: 'In the image: the `.git` directory becomes part of the layer.',
        ko: '이미지에 남습니다. `.git` 디렉터리가 레이어에 들어갑니다.',
      },
      concept: 'build-context',
      example: { language: 'dockerfile', code: 'ADD --keep-git-dir=true https://github.com/moby/buildkit.git#v0.10.1 /buildkit' },
      reference: ref('add---keep-git-dir'),
      minSyntax: '1.1',
    },
    chown: {
      name: 'chown',
      syntax: 'ADD --chown=<user>[:<group>] <src> ... <dest>',
      ...CHOWN,
      concept: 'root-user',
      example: { language: 'dockerfile', code: 'ADD --chown=app:app vendor.tar.gz /opt/vendor/' },
      reference: ref('add---chown'),
    },
    chmod: {
      name: 'chmod',
      syntax: 'ADD --chmod=<perms> <src> ... <dest>',
      ...CHMOD,
      concept: 'image-layers',
      example: { language: 'dockerfile', code: 'ADD --chmod=755 https://example.com/tool /usr/local/bin/tool' },
      reference: ref('add---chmod'),
      minSyntax: '1.2',
    },
    link: {
      name: 'link',
      syntax: 'ADD --link[=<boolean>] <src> ... <dest>',
      ...LINK,
      concept: 'build-cache',
      example: { language: 'dockerfile', code: 'ADD --link vendor.tar.gz /opt/vendor/' },
      reference: ref('add---link'),
      minSyntax: '1.4',
    },
    exclude: {
      name: 'exclude',
      syntax: 'ADD --exclude=<pattern> <src> ... <dest>',
      ...EXCLUDE,
      concept: 'build-context',
      example: { language: 'dockerfile', code: 'ADD --exclude=*.txt assets/ /srv/assets/' },
      reference: ref('add---exclude'),
      minSyntax: '1.19',
    },
    unpack: {
      name: 'unpack',
      syntax: 'ADD --unpack=<boolean> <src> ... <dest>',
      summary: {
        en: 'Chooses whether a tar archive is unpacked into the destination.',
        ko: 'tar 압축 파일을 대상에 풀어서 넣을지 정합니다.',
      },
      body: {
        en: "By default a local tar archive (also gzip, bzip2, xz) is unpacked and a downloaded one is not. `--unpack=true` unpacks a downloaded archive; `--unpack=false` adds a local archive as a file.",
        ko: '기본적으로 로컬 tar 압축 파일(gzip, bzip2, xz 포함)은 풀어서 넣고, 내려받은 것은 풀지 않습니다. `--unpack=true`는 내려받은 압축 파일을 풀고, `--unpack=false`는 로컬 압축 파일을 파일 그대로 넣습니다.',
      },
      when: {
        en: 'Build time: decides what lands in the layer, the archive or its contents.',
        ko: '빌드할 때 레이어에 압축 파일을 넣을지 그 내용을 넣을지 정합니다.',
      },
      concept: 'image-layers',
      example: { language: 'dockerfile', code: 'ADD --unpack=true https://example.com/archive.tar.gz /download' },
      reference: ref('add---unpack'),
      minSyntax: '1.17',
    },
  },
  HEALTHCHECK: {
    interval: {
      name: 'interval',
      syntax: 'HEALTHCHECK --interval=<duration> CMD <command>',
      summary: { en: 'Time between two checks (default 30s).', ko: '검사와 검사 사이의 간격입니다(기본값 30s).' },
      body: {
        en: "The first check runs one interval after the container starts, then one interval after each check finishes. Shorter intervals notice failures sooner but cost more.",
        ko: '첫 검사는 컨테이너가 시작하고 한 간격 뒤에, 그다음은 각 검사가 끝나고 한 간격 뒤에 실행됩니다. 간격이 짧을수록 문제를 빨리 알아채지만 비용이 듭니다.',
      },
      when: HEALTHCHECK_WHEN,
      concept: 'container-runtime',
      example: { language: 'dockerfile', code: 'HEALTHCHECK --interval=1m CMD curl -fsS http://localhost/ || exit 1' },
      reference: ref('healthcheck'),
    },
    timeout: {
      name: 'timeout',
      syntax: 'HEALTHCHECK --timeout=<duration> CMD <command>',
      summary: {
        en: 'How long one check may take before it counts as failed (default 30s).',
        ko: '검사 한 번이 실패로 처리되기 전까지 걸릴 수 있는 시간입니다(기본값 30s).',
      },
      body: {
        en: "A check that runs longer is stopped with `SIGKILL` and counts as a failure.",
        ko: '이보다 오래 걸리는 검사는 `SIGKILL`로 중단되고 실패로 셉니다.',
      },
      when: HEALTHCHECK_WHEN,
      concept: 'container-runtime',
      example: { language: 'dockerfile', code: 'HEALTHCHECK --timeout=3s CMD curl -fsS http://localhost/ || exit 1' },
      reference: ref('healthcheck'),
    },
    'start-period': {
      name: 'start-period',
      syntax: 'HEALTHCHECK --start-period=<duration> CMD <command>',
      summary: {
        en: 'Start-up time during which failed checks are not counted (default 0s).',
        ko: '실패한 검사를 세지 않는 시작 준비 시간입니다(기본값 0s).',
      },
      body: {
        en: "Gives a slow application time to boot. A failure in this period does not count towards `--retries`; a success ends the period early.",
        ko: '느리게 시작하는 애플리케이션에 부팅할 시간을 줍니다. 이 기간의 실패는 `--retries`에 세지 않고, 한 번 성공하면 기간이 바로 끝납니다.',
      },
      when: HEALTHCHECK_WHEN,
      concept: 'container-runtime',
      example: { language: 'dockerfile', code: 'HEALTHCHECK --start-period=40s CMD curl -fsS http://localhost/ || exit 1' },
      reference: ref('healthcheck'),
    },
    'start-interval': {
      name: 'start-interval',
      syntax: 'HEALTHCHECK --start-interval=<duration> CMD <command>',
      summary: {
        en: 'Time between checks during the start period (default 5s).',
        ko: '시작 준비 기간 동안 검사 사이의 간격입니다(기본값 5s).',
      },
      body: {
        en: "Lets Docker check often while the application boots and less often afterwards. Needs Docker Engine 25.0 or later.",
        ko: '애플리케이션이 부팅하는 동안에는 자주, 그 뒤에는 덜 자주 검사하게 합니다. Docker Engine 25.0 이상이 필요합니다.',
      },
      when: HEALTHCHECK_WHEN,
      concept: 'container-runtime',
      example: {
        language: 'dockerfile',
        code: 'HEALTHCHECK --start-period=30s --start-interval=2s \\\n  CMD curl -fsS http://localhost/ || exit 1',
      },
      reference: ref('healthcheck'),
    },
    retries: {
      name: 'retries',
      syntax: 'HEALTHCHECK --retries=<n> CMD <command>',
      summary: {
        en: 'Consecutive failures before the container is marked unhealthy (default 3).',
        ko: '컨테이너가 unhealthy로 표시되기까지의 연속 실패 횟수입니다(기본값 3).',
      },
      body: {
        en: "One failed check does not make the container unhealthy; this many failures in a row do.",
        ko: '검사 한 번 실패로는 unhealthy가 되지 않고, 이 횟수만큼 연속으로 실패해야 합니다.',
      },
      when: HEALTHCHECK_WHEN,
      concept: 'container-runtime',
      example: { language: 'dockerfile', code: 'HEALTHCHECK --retries=5 CMD curl -fsS http://localhost/ || exit 1' },
      reference: ref('healthcheck'),
    },
  },
};

function isFlaggedInstruction(value: string): value is FlaggedInstruction {
  return Object.prototype.hasOwnProperty.call(FLAGS, value);
}

/**
 * The entry of a flag as written in a document: `flagDoc('copy', '--from')`, `flagDoc('RUN', 'mount')`.
 * For `ONBUILD COPY --from=…` pass the wrapped instruction (`COPY`).
 */
export function flagDoc(instruction: string, flag: string): FlagDoc | undefined {
  const upper = instruction.toUpperCase();
  if (!isFlaggedInstruction(upper)) return undefined;
  const name = flag.replace(/^--/, '').toLowerCase();
  const table: Readonly<Record<string, FlagDoc>> = FLAGS[upper];
  return Object.prototype.hasOwnProperty.call(table, name) ? table[name] : undefined;
}

// ---------------------------------------------------------------------------------------------
// RUN --mount types and options
// ---------------------------------------------------------------------------------------------

export const MOUNT_TYPES = ['bind', 'cache', 'tmpfs', 'secret', 'ssh'] as const;
export type MountType = (typeof MOUNT_TYPES)[number];

/** The documented options of each mount type, by canonical name (aliases below). */
export const MOUNT_OPTIONS = {
  bind: ['target', 'source', 'from', 'readonly', 'readwrite'],
  cache: ['id', 'target', 'readonly', 'sharing', 'from', 'source', 'mode', 'uid', 'gid'],
  tmpfs: ['target', 'size'],
  secret: ['id', 'target', 'env', 'required', 'mode', 'uid', 'gid'],
  ssh: ['id', 'target', 'required', 'mode', 'uid', 'gid'],
} as const satisfies Record<MountType, readonly string[]>;

export type MountOption<T extends MountType> = (typeof MOUNT_OPTIONS)[T][number];
export type AnyMountOption = MountOption<MountType>;

/** Other spellings BuildKit accepts for an option. */
export const MOUNT_OPTION_ALIASES = {
  dst: 'target',
  destination: 'target',
  src: 'source',
  ro: 'readonly',
  rw: 'readwrite',
} as const satisfies Record<string, AnyMountOption>;

/** The `type=` key itself. */
export const MOUNT_TYPE_OPTION: MountOptionDoc = {
  summary: {
    en: 'The kind of mount: bind (default), cache, tmpfs, secret or ssh.',
    ko: '마운트의 종류입니다. bind(기본값), cache, tmpfs, secret, ssh가 있습니다.',
  },
  default: 'bind',
  values: 'bind | cache | tmpfs | secret | ssh',
};

type MountTable = {
  readonly [T in MountType]: MountTypeDoc & {
    readonly type: T;
    readonly options: { readonly [O in MountOption<T>]: MountOptionDoc };
  };
};

const TARGET_PATH: Localized = { en: 'Where the mount appears in the build container.', ko: '빌드 컨테이너 안에서 마운트가 보일 경로입니다.' };

export const MOUNTS: MountTable = {
  bind: {
    type: 'bind',
    summary: {
      en: 'Mounts files from the build context, a stage or an image into this RUN, read-only by default.',
      ko: '빌드 컨텍스트, 스테이지, 이미지의 파일을 이 RUN에 마운트하며, 기본은 읽기 전용입니다.',
    },
    body: {
      en: "Makes files available to the command without copying them into a layer, such as sources needed only to compile, or a tool from another stage. Without `from`, the source is the build context. `rw` allows writes, but they are thrown away after the `RUN`.",
      ko: '파일을 레이어에 복사하지 않고 명령에 보여 줍니다. 컴파일할 때만 필요한 소스나 다른 스테이지의 도구가 그 예입니다. `from`이 없으면 빌드 컨텍스트가 소스입니다. `rw`로 쓰기를 허용할 수 있지만, 쓴 내용은 `RUN`이 끝나면 버려집니다.',
    },
    when: {
      en: 'Build-only: the mounted files are not in the image; only what the command writes elsewhere is.',
      ko: '빌드할 때만 있습니다. 마운트한 파일은 이미지에 없고, 명령이 다른 곳에 쓴 것만 남습니다.',
    },
    concept: 'build-context',
    example: {
      language: 'dockerfile',
      code: 'RUN --mount=type=bind,source=go.mod,target=go.mod \\\n    --mount=type=bind,source=go.sum,target=go.sum \\\n    go mod download',
    },
    reference: ref('run---mounttypebind'),
    options: {
      target: { summary: TARGET_PATH },
      source: {
        summary: { en: 'Path inside `from` to mount; its root by default.', ko: '`from` 안에서 마운트할 경로입니다. 기본값은 그 루트입니다.' },
      },
      from: {
        summary: {
          en: 'Stage, image or named context to mount from; the build context by default.',
          ko: '마운트할 원본 스테이지, 이미지, 이름 있는 컨텍스트입니다. 기본값은 빌드 컨텍스트입니다.',
        },
      },
      readonly: {
        summary: { en: 'Read-only; already the default for bind mounts.', ko: '읽기 전용입니다. bind 마운트는 원래 기본값이 읽기 전용입니다.' },
      },
      readwrite: {
        summary: {
          en: 'Allows writes; they are discarded after the RUN and never reach the layer.',
          ko: '쓰기를 허용하지만, 쓴 내용은 RUN이 끝나면 버려지고 레이어에 들어가지 않습니다.',
        },
      },
    },
  },
  cache: {
    type: 'cache',
    summary: {
      en: 'Mounts a cache directory for compilers and package managers that persists between builds.',
      ko: '컴파일러와 패키지 관리자를 위한 캐시 디렉터리를 마운트하며, 빌드와 빌드 사이에 유지됩니다.',
    },
    body: {
      en: "The directory keeps its content from one build to the next, so downloads and compiled objects are reused. It is never part of the image and can be emptied at any time, so the build must still work with an empty cache. Caches are told apart by `id` (the target path by default).",
      ko: '디렉터리 내용이 다음 빌드까지 유지되어 다운로드와 컴파일 결과를 다시 씁니다. 이미지에는 절대 들어가지 않고 언제든 비워질 수 있으므로, 캐시가 비어 있어도 빌드가 되어야 합니다. 캐시는 `id`(기본값은 대상 경로)로 구분합니다.',
    },
    when: {
      en: 'Build-only: nothing in the cache reaches the image; it only speeds up later builds.',
      ko: '빌드할 때만 있습니다. 캐시 내용은 이미지에 들어가지 않고 다음 빌드를 빠르게 할 뿐입니다.',
    },
    concept: 'build-cache',
    example: {
      language: 'dockerfile',
      code: 'RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \\\n    apt-get update && apt-get install -y gcc',
    },
    reference: ref('run---mounttypecache'),
    options: {
      id: {
        summary: {
          en: 'Name that identifies the cache (the target path by default); builds using the same id share it.',
          ko: '캐시를 구분하는 이름입니다(기본값은 대상 경로). 같은 id를 쓰는 빌드끼리 공유합니다.',
        },
      },
      target: { summary: TARGET_PATH },
      readonly: { summary: { en: 'Mount the cache read-only.', ko: '캐시를 읽기 전용으로 마운트합니다.' } },
      sharing: {
        summary: {
          en: 'What happens when builds use the cache at the same time: share it, give each its own, or wait.',
          ko: '여러 빌드가 동시에 캐시를 쓸 때의 동작입니다. 함께 쓰거나, 따로 만들거나, 기다립니다.',
        },
        default: 'shared',
        values: 'shared | private | locked',
      },
      from: {
        summary: { en: 'Stage or image whose files seed the cache; empty by default.', ko: '캐시의 처음 내용을 가져올 스테이지나 이미지입니다. 기본은 비어 있습니다.' },
      },
      source: { summary: { en: 'Path inside `from` to use; its root by default.', ko: '`from` 안에서 쓸 경로입니다. 기본값은 그 루트입니다.' } },
      mode: { summary: { en: 'File mode of a new cache directory, in octal.', ko: '새 캐시 디렉터리의 파일 모드(8진수)입니다.' }, default: '0755' },
      uid: { summary: { en: 'Owner user ID of a new cache directory.', ko: '새 캐시 디렉터리의 소유자 사용자 ID입니다.' }, default: '0' },
      gid: { summary: { en: 'Owner group ID of a new cache directory.', ko: '새 캐시 디렉터리의 소유 그룹 ID입니다.' }, default: '0' },
    },
  },
  tmpfs: {
    type: 'tmpfs',
    summary: {
      en: 'Mounts an empty in-memory filesystem for this RUN.',
      ko: '이 RUN에 비어 있는 메모리 기반 파일 시스템을 마운트합니다.',
    },
    body: {
      en: "For scratch files that must not end up in the layer: whatever is written there disappears when the command ends.",
      ko: '레이어에 남으면 안 되는 임시 파일에 씁니다. 여기에 쓴 것은 명령이 끝나면 사라집니다.',
    },
    when: {
      en: 'Build-only: nothing written there reaches the image.',
      ko: '빌드할 때만 있습니다. 거기에 쓴 것은 이미지에 들어가지 않습니다.',
    },
    concept: 'image-layers',
    example: { language: 'dockerfile', code: 'RUN --mount=type=tmpfs,target=/tmp,size=256m ./build.sh' },
    reference: ref('run---mounttypetmpfs'),
    options: {
      target: { summary: TARGET_PATH },
      size: { summary: { en: 'Upper limit of the filesystem size (e.g. `256m`).', ko: '파일 시스템 크기의 상한입니다(예: `256m`).' } },
    },
  },
  secret: {
    type: 'secret',
    summary: {
      en: 'Makes a build secret (token, key) available to this RUN only, as a file or an environment variable.',
      ko: '빌드 시크릿(토큰, 키)을 이 RUN에만 파일이나 환경변수로 제공합니다.',
    },
    body: {
      en: "The secret comes from `docker build --secret id=…`. It is mounted as a file at `/run/secrets/<id>` (or `target`), or exposed as the environment variable named by `env`. It is never written to a layer or to the build cache.",
      ko: '시크릿은 `docker build --secret id=…`로 넘깁니다. `/run/secrets/<id>`(또는 `target`)에 파일로 마운트하거나, `env`로 지정한 환경변수로 제공합니다. 레이어에도 빌드 캐시에도 기록되지 않습니다.',
    },
    when: {
      en: 'Build-only: neither the image nor the running container contains the secret.',
      ko: '빌드할 때만 있습니다. 이미지에도 실행 중인 컨테이너에도 시크릿은 없습니다.',
    },
    concept: 'build-secrets',
    example: { language: 'dockerfile', code: 'RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci' },
    reference: ref('run---mounttypesecret'),
    options: {
      id: {
        summary: {
          en: 'Which secret, as passed with `--secret id=…` (by default the file name of `target`).',
          ko: '`--secret id=…`로 넘긴 시크릿 중 어느 것인지 정합니다(기본값은 `target`의 파일 이름).',
        },
      },
      target: {
        summary: { en: 'File path of the secret in the build container.', ko: '빌드 컨테이너 안의 시크릿 파일 경로입니다.' },
        default: '/run/secrets/<id>',
      },
      env: {
        summary: {
          en: 'Expose the secret as this environment variable instead of (or as well as) a file.',
          ko: '시크릿을 파일 대신(또는 파일과 함께) 이 이름의 환경변수로 제공합니다.',
        },
      },
      required: {
        summary: { en: 'Fail the build when the secret is not provided.', ko: '시크릿이 제공되지 않으면 빌드를 실패시킵니다.' },
        default: 'false',
      },
      mode: { summary: { en: 'File mode of the secret file, in octal.', ko: '시크릿 파일의 파일 모드(8진수)입니다.' }, default: '0400' },
      uid: { summary: { en: 'Owner user ID of the secret file.', ko: '시크릿 파일의 소유자 사용자 ID입니다.' }, default: '0' },
      gid: { summary: { en: 'Owner group ID of the secret file.', ko: '시크릿 파일의 소유 그룹 ID입니다.' }, default: '0' },
    },
  },
  ssh: {
    type: 'ssh',
    summary: {
      en: "Forwards the build client's SSH agent to this RUN, for example to clone private Git repositories.",
      ko: '빌드를 실행한 쪽의 SSH 에이전트를 이 RUN에 전달합니다. 비공개 Git 저장소를 복제할 때 씁니다.',
    },
    body: {
      en: "Pass the agent with `docker build --ssh default`; the command finds its socket through `SSH_AUTH_SOCK`, which is set for it. The private keys never enter the image.",
      ko: '`docker build --ssh default`로 에이전트를 넘기면, 명령은 자동으로 설정되는 `SSH_AUTH_SOCK`으로 소켓을 찾습니다. 개인 키는 이미지에 들어가지 않습니다.',
    },
    when: {
      en: 'Build-only: the agent is reachable during this RUN only; nothing of it is in the image.',
      ko: '빌드할 때만 있습니다. 에이전트는 이 RUN 동안에만 쓸 수 있고 이미지에는 아무것도 남지 않습니다.',
    },
    concept: 'build-secrets',
    example: { language: 'dockerfile', code: 'RUN --mount=type=ssh git clone git@github.com:acme/private.git' },
    reference: ref('run---mounttypessh'),
    options: {
      id: {
        summary: { en: 'Which agent or key, as passed with `--ssh <id>=…`.', ko: '`--ssh <id>=…`로 넘긴 에이전트나 키 중 어느 것인지 정합니다.' },
        default: 'default',
      },
      target: {
        summary: { en: 'Path of the agent socket in the build container.', ko: '빌드 컨테이너 안의 에이전트 소켓 경로입니다.' },
        default: '/run/buildkit/ssh_agent.<N>',
      },
      required: {
        summary: { en: 'Fail the build when the agent or key is not provided.', ko: '에이전트나 키가 제공되지 않으면 빌드를 실패시킵니다.' },
        default: 'false',
      },
      mode: { summary: { en: 'File mode of the socket, in octal.', ko: '소켓의 파일 모드(8진수)입니다.' }, default: '0600' },
      uid: { summary: { en: 'Owner user ID of the socket.', ko: '소켓의 소유자 사용자 ID입니다.' }, default: '0' },
      gid: { summary: { en: 'Owner group ID of the socket.', ko: '소켓의 소유 그룹 ID입니다.' }, default: '0' },
    },
  },
};

export function isMountType(value: string): value is MountType {
  return (MOUNT_TYPES as readonly string[]).includes(value);
}

/** Canonical option name for a spelling used in a document (`dst` → `target`, `ro` → `readonly`). */
export function canonicalMountOption(option: string): string {
  const key = option.toLowerCase();
  const aliases: Readonly<Record<string, string>> = MOUNT_OPTION_ALIASES;
  return Object.prototype.hasOwnProperty.call(aliases, key) ? (aliases[key] ?? key) : key;
}

/**
 * The entry of a `--mount` option as written in a document, for the given mount type
 * (`bind` when the mount has no `type=`). `type` itself resolves to MOUNT_TYPE_OPTION.
 */
export function mountOptionDoc(type: string, option: string): MountOptionDoc | undefined {
  const name = canonicalMountOption(option);
  if (name === 'type') return MOUNT_TYPE_OPTION;
  const t = type.toLowerCase();
  if (!isMountType(t)) return undefined;
  const options: Readonly<Record<string, MountOptionDoc>> = MOUNTS[t].options;
  return Object.prototype.hasOwnProperty.call(options, name) ? options[name] : undefined;
}
