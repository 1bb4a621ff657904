/**
 * The lifecycle view's explanations: Dockerfile → image → container, the container's states, and
 * what the runtime settings mean at `docker run` time. Facts from the Docker documentation
 * (`docker build`, `docker run`, `docker stop`, the Dockerfile reference); terms from the notes §3.
 */
import type { ContainerStateId, PanelTopic } from './types';
import type { Phase } from '../../../../common/src/protocol';

/** The three steps of notes §3.2: 도커파일 → 도커이미지 → 도커컨테이너. */
export const WORKFLOW: Readonly<Record<'dockerfile' | 'image' | 'container', PanelTopic>> = {
  dockerfile: {
    title: { en: 'Dockerfile', ko: '도커파일' },
    body: {
      en: 'The recipe: which base image to start from, which packages to install, which settings the container gets. `docker build` reads it and produces an image.',
      ko: '레시피입니다. 어떤 베이스 이미지에서 시작할지, 어떤 패키지를 설치할지, 컨테이너가 어떤 설정을 받을지를 적습니다. `docker build`가 이 파일을 읽어 이미지를 만듭니다.',
    },
    section: 's3-2',
  },
  image: {
    title: { en: 'Image', ko: '도커이미지' },
    body: {
      en: 'Read-only layers plus a configuration. An image never changes: building again makes a new image, and the tag `name:tag` moves to it. One image can start any number of containers.',
      ko: '읽기 전용 레이어와 설정값의 묶음입니다. 이미지는 바뀌지 않습니다(불변). 다시 빌드하면 새 이미지가 생기고 `name:tag` 태그가 그 이미지로 옮겨 갑니다. 하나의 이미지로 컨테이너를 몇 개든 만들 수 있습니다.',
    },
    section: 's3-2',
  },
  container: {
    title: { en: 'Container', ko: '도커컨테이너' },
    body: {
      en: 'A running instance of the image: the image’s layers, read-only and shared, plus a thin writable layer of its own. What the process writes lands in that writable layer; the image stays as it was.',
      ko: '이미지를 실행한 인스턴스입니다. 공유되는 읽기 전용 이미지 레이어 위에 컨테이너마다 얇은 쓰기 가능 레이어가 하나씩 올라갑니다. 프로세스가 쓰는 파일은 이 쓰기 가능 레이어에 저장되고, 이미지는 그대로 남습니다.',
    },
    section: 's3-2',
  },
};

/** What each phase means, shown as the legend of the image view. */
export const PHASE_TOPICS: Readonly<Record<Phase, PanelTopic>> = {
  layer: {
    title: { en: 'Layer', ko: '레이어' },
    body: {
      en: '`RUN`, `COPY` and `ADD` each add a filesystem layer on top of the previous ones. `docker image history` lists them.',
      ko: '`RUN`, `COPY`, `ADD`는 각각 앞선 레이어 위에 파일시스템 레이어를 하나씩 쌓습니다. `docker image history`로 확인할 수 있습니다.',
    },
    section: 's3-2',
  },
  metadata: {
    title: { en: 'Image configuration', ko: '이미지 설정값' },
    body: {
      en: '`ENV`, `LABEL`, `EXPOSE`, `USER`, `WORKDIR`, `CMD`, `ENTRYPOINT`, `HEALTHCHECK`, `STOPSIGNAL`, `VOLUME` and `SHELL` add no files: they are stored in the image’s configuration and read when a container starts.',
      ko: '`ENV`, `LABEL`, `EXPOSE`, `USER`, `WORKDIR`, `CMD`, `ENTRYPOINT`, `HEALTHCHECK`, `STOPSIGNAL`, `VOLUME`, `SHELL`은 파일을 더하지 않습니다. 이미지의 설정값으로 저장되었다가 컨테이너가 시작될 때 읽힙니다.',
    },
    section: 's3-2',
  },
  'build-only': {
    title: { en: 'Build only', ko: '빌드 전용' },
    body: {
      en: 'Exists while building and is gone from the final image: `ARG` values, parser directives, `RUN --mount` caches and secrets, and every stage that is not the target.',
      ko: '빌드하는 동안에만 있고 최종 이미지에는 남지 않습니다. `ARG` 값, 파서 지시어, `RUN --mount`의 캐시와 시크릿, 타깃이 아닌 모든 스테이지가 여기에 해당합니다.',
    },
    section: 's3-2',
  },
};

/** The container's life, in order. `healthy` applies only when the image has a HEALTHCHECK. */
export const CONTAINER_STATES: Readonly<Record<ContainerStateId, PanelTopic>> = {
  created: {
    title: { en: 'Created', ko: '생성됨 (created)' },
    body: {
      en: '`docker create` (or the first half of `docker run`) makes the container: its writable layer, its settings from the image, its volumes. No process runs yet.',
      ko: '`docker create`(또는 `docker run`의 앞 단계)가 컨테이너를 만듭니다. 쓰기 가능 레이어, 이미지에서 가져온 설정, 볼륨이 준비되지만 아직 프로세스는 실행되지 않습니다.',
    },
    section: 's3-2',
  },
  running: {
    title: { en: 'Running', ko: '실행 중 (running)' },
    body: {
      en: '`docker start` runs one process, the command line below, as PID 1. The container runs as long as that process does.',
      ko: '`docker start`가 아래 명령줄의 프로세스 하나를 PID 1로 실행합니다. 컨테이너는 이 프로세스가 살아 있는 동안 실행 중입니다.',
    },
    section: 's3-2',
  },
  healthy: {
    title: { en: 'Healthy / unhealthy', ko: '정상 / 비정상 (healthy / unhealthy)' },
    body: {
      en: 'With a `HEALTHCHECK`, Docker runs the check every interval (30s by default). The status starts as `starting`, becomes `healthy` when a check passes and `unhealthy` after several failures in a row (3 by default). The process keeps running either way; an orchestrator may replace an unhealthy container.',
      ko: '`HEALTHCHECK`가 있으면 도커가 주기마다(기본 30초) 검사를 실행합니다. 상태는 `starting`에서 시작해 검사가 통과하면 `healthy`, 연속으로 여러 번(기본 3번) 실패하면 `unhealthy`가 됩니다. 어느 쪽이든 프로세스는 계속 실행되며, 오케스트레이터는 비정상 컨테이너를 교체할 수 있습니다.',
    },
    section: 's3-2',
  },
  stopped: {
    title: { en: 'Stopped', ko: '정지됨 (exited)' },
    body: {
      en: '`docker stop` sends the stop signal ({signal}) to PID 1, waits (10 seconds by default), then sends `SIGKILL`. The writable layer is kept: `docker start` runs the container again with its files.',
      ko: '`docker stop`은 PID 1에 정지 시그널({signal})을 보내고 기다린 뒤(기본 10초) `SIGKILL`을 보냅니다. 쓰기 가능 레이어는 남아 있어서 `docker start`로 같은 파일을 가진 채 다시 실행할 수 있습니다.',
    },
    section: 's3-2',
  },
  removed: {
    title: { en: 'Removed', ko: '삭제됨 (removed)' },
    body: {
      en: '`docker rm` deletes the container and its writable layer. Named volumes survive; the image is unchanged and can start new containers.',
      ko: '`docker rm`은 컨테이너와 그 쓰기 가능 레이어를 지웁니다. 이름 있는 볼륨은 남고, 이미지는 그대로여서 새 컨테이너를 또 만들 수 있습니다.',
    },
    section: 's3-2',
  },
};

/** Shell form vs exec form of CMD / ENTRYPOINT. */
export const COMMAND_FORMS: Readonly<Record<'exec' | 'shell' | 'none', PanelTopic>> = {
  exec: {
    title: { en: 'Exec form', ko: 'exec 형식' },
    body: {
      en: 'A JSON array: the program itself is PID 1 and receives `docker stop`’s signal directly. No shell runs, so `$VAR` is not expanded.',
      ko: 'JSON 배열 형식입니다. 프로그램 자신이 PID 1이 되어 `docker stop`의 시그널을 직접 받습니다. 셸이 실행되지 않으므로 `$VAR`는 치환되지 않습니다.',
    },
    section: 's3-2',
  },
  shell: {
    title: { en: 'Shell form', ko: '셸 형식' },
    body: {
      en: 'Plain text, wrapped in the `SHELL` (`/bin/sh -c` by default): the shell is PID 1 and may not pass the stop signal on, so the container waits for `SIGKILL`. A shell-form `ENTRYPOINT` also ignores `CMD` and the arguments of `docker run`.',
      ko: '일반 텍스트 형식이며 `SHELL`(기본 `/bin/sh -c`)로 감싸져 실행됩니다. 셸이 PID 1이 되어 정지 시그널을 전달하지 않을 수 있고, 그러면 컨테이너는 `SIGKILL`까지 기다립니다. 셸 형식 `ENTRYPOINT`는 `CMD`와 `docker run`의 인자도 무시합니다.',
    },
    section: 's3-2',
  },
  none: {
    title: { en: 'No command here', ko: '이 파일에는 명령이 없음' },
    body: {
      en: 'This file sets neither `CMD` nor `ENTRYPOINT`: the container runs the command inherited from the base image, or the one given to `docker run`.',
      ko: '이 파일은 `CMD`도 `ENTRYPOINT`도 지정하지 않습니다. 컨테이너는 베이스 이미지에서 물려받은 명령이나 `docker run`에 준 명령을 실행합니다.',
    },
    section: 's3-2',
  },
};

/** What the runtime settings mean when the container starts. */
export const RUNTIME_TOPICS: Readonly<Record<'expose' | 'volume' | 'user' | 'workdir' | 'env', PanelTopic>> = {
  expose: {
    title: { en: '`EXPOSE` vs `docker run -p`', ko: '`EXPOSE`와 `docker run -p`' },
    body: {
      en: '`EXPOSE` only documents which port the program listens on. Nothing is reachable from outside until `docker run -p HOST:CONTAINER` publishes it (or `-P` publishes every exposed port on a random host port).',
      ko: '`EXPOSE`는 프로그램이 어느 포트에서 기다리는지 적어 두는 문서일 뿐입니다. `docker run -p 호스트포트:컨테이너포트`로 공개해야(또는 `-P`로 노출된 모든 포트를 임의의 호스트 포트에 공개해야) 바깥에서 접속할 수 있습니다.',
    },
    section: 's3-2',
  },
  volume: {
    title: { en: '`VOLUME` vs the writable layer', ko: '`VOLUME`과 쓰기 가능 레이어' },
    body: {
      en: 'Files written into the container’s writable layer are deleted by `docker rm`. A path declared with `VOLUME` gets a volume at `docker run` (an anonymous one unless you mount your own with `-v name:/path`); a named volume outlives the container.',
      ko: '컨테이너의 쓰기 가능 레이어에 쓴 파일은 `docker rm`과 함께 지워집니다. `VOLUME`으로 선언한 경로에는 `docker run` 때 볼륨이 붙습니다(`-v 이름:/경로`로 직접 붙이지 않으면 익명 볼륨). 이름 있는 볼륨은 컨테이너보다 오래 남습니다.',
    },
    section: 's3-2',
  },
  user: {
    title: { en: '`USER` at run time', ko: '실행할 때의 `USER`' },
    body: {
      en: 'The process runs as this user. Without `USER` it runs as `root`, which makes a break-out from the program more dangerous. `docker run --user` overrides it.',
      ko: '프로세스가 이 사용자로 실행됩니다. `USER`가 없으면 `root`로 실행되어 프로그램이 뚫렸을 때 피해가 커집니다. `docker run --user`로 바꿀 수 있습니다.',
    },
    section: 's3-1',
  },
  workdir: {
    title: { en: 'Working directory', ko: '작업 디렉터리' },
    body: {
      en: 'The directory the process starts in (`/` when no `WORKDIR` is set). `docker run -w` overrides it.',
      ko: '프로세스가 시작하는 디렉터리입니다(`WORKDIR`가 없으면 `/`). `docker run -w`로 바꿀 수 있습니다.',
    },
    section: 's3-2',
  },
  env: {
    title: { en: 'Environment', ko: '환경 변수' },
    body: {
      en: 'Every `ENV` is stored in the image and set in each container; `docker run -e NAME=value` overrides one. `ARG` values are not: they exist only while building.',
      ko: '`ENV`는 이미지에 저장되어 모든 컨테이너에 설정됩니다. `docker run -e 이름=값`으로 덮어쓸 수 있습니다. `ARG` 값은 빌드하는 동안에만 있어서 컨테이너에는 없습니다.',
    },
    section: 's3-2',
  },
};

/** Where images live: the notes' "download the prepared image and just create containers". */
export const REGISTRY_STEPS: readonly PanelTopic[] = [
  {
    title: { en: 'Build and tag', ko: '빌드하고 태그 붙이기' },
    body: {
      en: '`docker build -t {image} .` builds the image on your machine and names it.',
      ko: '`docker build -t {image} .`으로 내 컴퓨터에서 이미지를 빌드하고 이름을 붙입니다.',
    },
    section: 's3-2',
  },
  {
    title: { en: 'Push to a registry', ko: '레지스트리에 올리기' },
    body: {
      en: '`docker push {image}` uploads its layers to a registry (Docker Hub, or your cloud’s container registry). The name must include the registry and your account, such as `registry.example.com/team/app:1.0`.',
      ko: '`docker push {image}`로 레이어를 레지스트리(Docker Hub나 클라우드의 컨테이너 레지스트리)에 올립니다. 이름에 레지스트리와 계정이 들어가야 합니다. 예: `registry.example.com/team/app:1.0`.',
    },
    section: 's3-2',
  },
  {
    title: { en: 'Pull on another server', ko: '다른 서버에서 받기' },
    body: {
      en: '`docker pull {image}` downloads the same image, byte for byte, on any server. Layers the server already has are not downloaded again.',
      ko: '`docker pull {image}`로 어느 서버에서든 똑같은 이미지를 내려받습니다. 서버에 이미 있는 레이어는 다시 받지 않습니다.',
    },
    section: 's3-2',
  },
  {
    title: { en: 'Run it there', ko: '그곳에서 실행하기' },
    body: {
      en: 'Then `docker run` creates containers from it, with no setup on that server beyond Docker itself: the environment travels inside the image.',
      ko: '그다음 `docker run`으로 컨테이너를 만들면 끝입니다. 서버에는 도커만 있으면 되고, 실행 환경은 이미지 안에 담겨 함께 옮겨집니다.',
    },
    section: 's3-2',
  },
];

export const IMAGE_HISTORY: PanelTopic = {
  title: { en: 'See the layers', ko: '레이어 살펴보기' },
  body: {
    en: '`docker image history {image}` lists the image’s layers, newest first, with the instruction that made each and its size. Configuration instructions appear with size 0B.',
    ko: '`docker image history {image}`는 이미지의 레이어를 최신 것부터, 각 레이어를 만든 명령과 크기와 함께 보여 줍니다. 설정값 명령은 크기 0B로 나타납니다.',
  },
  section: 's3-2',
};

/** One image, many containers (notes §3.2). */
export const MANY_CONTAINERS: PanelTopic = {
  title: { en: 'One image, many containers', ko: '하나의 이미지, 여러 컨테이너' },
  body: {
    en: 'Each `docker run` starts a new container from the same image. Each has its own writable layer, process and state; stopping or deleting one leaves the others and the image untouched.',
    ko: '`docker run`을 할 때마다 같은 이미지에서 새 컨테이너가 만들어집니다. 컨테이너마다 자신의 쓰기 가능 레이어, 프로세스, 상태를 가지며, 하나를 멈추거나 지워도 다른 컨테이너와 이미지는 그대로입니다.',
  },
  section: 's3-2',
};

/** A multi-stage build: what reaches the final image. */
export const MULTI_STAGE: PanelTopic = {
  title: { en: 'Stages', ko: '스테이지' },
  body: {
    en: 'Each `FROM` starts a stage. Only the target stage (the last one, unless `docker build --target` picks another) becomes the image; the other stages are left behind, and only the files copied out of them with `COPY --from` reach it.',
    ko: '`FROM`마다 스테이지가 하나 시작됩니다. 타깃 스테이지(`docker build --target`으로 고르지 않으면 마지막 스테이지)만 이미지가 되고, 나머지 스테이지는 버려집니다. 그 스테이지에서 `COPY --from`으로 복사한 파일만 최종 이미지에 들어갑니다.',
  },
  section: 's3-2',
};
