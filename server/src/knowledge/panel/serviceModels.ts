/**
 * The service-models view: deployment history (notes §1), the IaaS / PaaS / SaaS responsibility
 * table with on-premise for contrast (notes §1.3, §2), where a container image runs in each model,
 * and pointers to Compose and Kubernetes (notes "Docker at scale").
 */
import type {
  DeploymentModel,
  PanelTopic,
  ResponsibilityLayer,
  RunOption,
  ServiceModel,
  ServiceModelId,
} from './types';
import type { Localized } from '../../../../common/src/protocol';

export const DEPLOYMENT_MODELS: readonly DeploymentModel[] = [
  {
    id: 'traditional',
    title: { en: 'Traditional deployment', ko: '전통적 배포방식' },
    stack: [
      { en: 'App A · App B · App C', ko: '앱 A · 앱 B · 앱 C' },
      { en: 'Operating system', ko: '운영체제(OS)' },
      { en: 'Hardware', ko: '하드웨어' },
    ],
    isolates: {
      en: 'Users, by accounts only. All programs share one OS, its libraries and its resources, so one program can disturb the others.',
      ko: '계정으로 사용자만 나눕니다. 모든 프로그램이 하나의 OS와 그 라이브러리, 자원을 함께 쓰므로 한 프로그램이 다른 프로그램에 영향을 줄 수 있습니다.',
    },
    costs: {
      en: 'Cheap to start, but adding capacity means buying and installing physical machines.',
      ko: '시작은 간단하지만, 자원을 늘리려면 물리 서버를 사서 설치해야 합니다.',
    },
    section: 's1-1',
  },
  {
    id: 'vm',
    title: { en: 'Virtual machines', ko: '가상화 배포방식 (가상머신)' },
    stack: [
      { en: 'App · App', ko: '앱 · 앱' },
      { en: 'Guest OS · Guest OS', ko: '게스트 OS · 게스트 OS' },
      { en: 'Hypervisor', ko: '하이퍼바이저' },
      { en: 'Hardware', ko: '하드웨어' },
    ],
    isolates: {
      en: 'Whole operating systems: the hypervisor runs several VMs on one machine, each with its own OS, and CPU and memory are assigned by configuration.',
      ko: '운영체제 단위로 나눕니다. 하이퍼바이저가 한 대의 컴퓨터에서 여러 가상머신을 실행하고, 각 가상머신은 자기 OS를 가지며 CPU와 RAM을 설정만으로 나눠 줍니다.',
    },
    costs: {
      en: 'Every VM carries a full guest OS: gigabytes of disk, memory for each OS, and boots measured in tens of seconds or minutes.',
      ko: '가상머신마다 게스트 OS 전체를 싣습니다. OS마다 수 GB의 디스크와 메모리가 들고, 부팅에 수십 초에서 몇 분이 걸립니다.',
    },
    section: 's1-2',
  },
  {
    id: 'container',
    title: { en: 'Containers', ko: '컨테이너' },
    stack: [
      { en: 'App + its dependencies · App + its dependencies', ko: '앱 + 종속성 · 앱 + 종속성' },
      { en: 'Container runtime (Docker)', ko: '컨테이너 런타임 (도커)' },
      { en: 'Host OS (one shared kernel)', ko: '호스트 OS (커널 하나를 공유)' },
      { en: 'Hardware or a VM', ko: '하드웨어 또는 가상머신' },
    ],
    isolates: {
      en: 'Processes, files and network, each container with its code and dependencies packaged together, while all share the host’s kernel.',
      ko: '프로세스, 파일, 네트워크를 나눕니다. 컨테이너마다 코드와 종속성을 함께 패키징하고, 커널은 호스트의 것을 모두 공유합니다.',
    },
    costs: {
      en: 'Light and fast to start (no guest OS to boot), but the shared kernel is a shared risk: a kernel problem affects every container, and a Linux image needs a Linux kernel.',
      ko: '게스트 OS를 부팅하지 않으니 가볍고 빠르게 시작합니다. 대신 커널을 공유하므로 OS에 문제가 생기면 모든 컨테이너가 영향을 받고, 리눅스 이미지는 리눅스 커널이 있어야 실행됩니다.',
    },
    section: 's3-1',
  },
];

/** Rows of the responsibility table, top to bottom. */
export const RESPONSIBILITY_LAYERS: readonly ResponsibilityLayer[] = [
  'application',
  'data',
  'runtime',
  'middleware',
  'os',
  'virtualization',
  'servers',
  'storage',
  'networking',
];

export const LAYER_NAMES: Readonly<Record<ResponsibilityLayer, Localized>> = {
  application: { en: 'Application', ko: '애플리케이션' },
  data: { en: 'Data', ko: '데이터' },
  runtime: { en: 'Runtime', ko: '런타임' },
  middleware: { en: 'Middleware', ko: '미들웨어' },
  os: { en: 'Operating system', ko: '운영체제(OS)' },
  virtualization: { en: 'Virtualization', ko: '가상화' },
  servers: { en: 'Servers', ko: '서버' },
  storage: { en: 'Storage', ko: '스토리지' },
  networking: { en: 'Networking', ko: '네트워킹' },
};

/** Columns of the table, from "you run everything" to "you run nothing". */
export const SERVICE_MODEL_IDS: readonly ServiceModelId[] = ['on-premise', 'iaas', 'paas', 'saas'];

export const SERVICE_MODELS: Readonly<Record<ServiceModelId, ServiceModel>> = {
  'on-premise': {
    id: 'on-premise',
    name: { en: 'On-premise', ko: '온프레미스' },
    summary: {
      en: 'Your own servers in your own facility: you manage everything, down to power and the building.',
      ko: '자체 시설의 자체 서버입니다. 전력과 장소까지 모든 것을 직접 관리합니다.',
    },
    tradeOffs: {
      en: 'Full control, but you plan power, location, server setup and capacity yourself. Off-premise (cloud) removes that burden so you can focus on running the service.',
      ko: '모든 것을 통제할 수 있지만 전력, 위치, 서버 세팅, 확장성을 직접 고민해야 합니다. 오프프레미스(클라우드)는 이 부담을 덜어 서비스 운영에만 집중하게 해 줍니다.',
    },
    examples: ['NAVER data center (IDC)'],
    managed: {
      application: 'you', data: 'you', runtime: 'you', middleware: 'you', os: 'you',
      virtualization: 'you', servers: 'you', storage: 'you', networking: 'you',
    },
    section: 's1-3',
  },
  iaas: {
    id: 'iaas',
    name: { en: 'IaaS', ko: 'IaaS' },
    summary: {
      en: 'The most basic model: the provider gives you infrastructure, and you install and manage the software you want on it.',
      ko: '가장 기본적인 모델입니다. 제공된 인프라 위에 원하는 소프트웨어를 자유롭게 설치하고 관리합니다.',
    },
    tradeOffs: {
      en: 'Not tied to a platform, so flexibility and portability are high, but operating it is less efficient: the OS and everything above it are yours to run.',
      ko: '플랫폼에 종속되지 않아 유연성과 이식성이 높지만, OS부터 위쪽은 모두 직접 운영해야 하므로 운영 효율은 낮습니다.',
    },
    examples: ['AWS EC2', 'Google Compute Engine'],
    managed: {
      application: 'you', data: 'you', runtime: 'you', middleware: 'you', os: 'you',
      virtualization: 'provider', servers: 'provider', storage: 'provider', networking: 'provider',
    },
    section: 's2-iaas',
  },
  paas: {
    id: 'paas',
    name: { en: 'PaaS', ko: 'PaaS' },
    summary: {
      en: 'Infrastructure plus a platform: you focus on developing the application, the cloud manages the rest. Monitoring and CI/CD are included.',
      ko: '인프라와 함께 플랫폼을 제공합니다. 사용자는 애플리케이션 개발에 집중하고 나머지 관리는 클라우드가 맡습니다. 모니터링과 CI/CD가 제공됩니다.',
    },
    tradeOffs: {
      en: 'Tied to the platform, so flexibility and portability are lower, but operating is efficient.',
      ko: '플랫폼에 종속되므로 유연성과 이식성은 낮지만 운영 효율은 좋습니다.',
    },
    examples: ['Heroku', 'Google App Engine'],
    managed: {
      application: 'you', data: 'you', runtime: 'provider', middleware: 'provider', os: 'provider',
      virtualization: 'provider', servers: 'provider', storage: 'provider', networking: 'provider',
    },
    section: 's2-paas',
  },
  saas: {
    id: 'saas',
    name: { en: 'SaaS', ko: 'SaaS' },
    summary: {
      en: 'Complete software delivered as a cloud service: you sign in and use it.',
      ko: '완성된 소프트웨어를 클라우드 서비스로 제공합니다. 사용자는 바로 사용할 수 있습니다.',
    },
    tradeOffs: {
      en: 'Nothing to install or operate, and nothing to customize beyond the settings the service offers. You still decide what you put in it and who may see it.',
      ko: '설치하거나 운영할 것이 없는 대신, 서비스가 제공하는 설정 이상으로 바꿀 수도 없습니다. 무엇을 넣고 누구에게 보여 줄지는 여전히 사용자가 정합니다.',
    },
    examples: ['Google Docs', 'Microsoft 365'],
    managed: {
      application: 'provider', data: 'provider', runtime: 'provider', middleware: 'provider', os: 'provider',
      virtualization: 'provider', servers: 'provider', storage: 'provider', networking: 'provider',
    },
    section: 's2-saas',
  },
};

/** CI/CD as the notes define it (a PaaS feature). */
export const CI_CD: PanelTopic = {
  title: { en: 'CI/CD', ko: 'CI/CD' },
  body: {
    en: 'Continuous integration and delivery/deployment: code changes are merged continuously and deployed automatically, which makes development faster and releases more reliable.',
    ko: '지속적 통합과 지속적 제공/배포입니다. 코드 변경 사항을 지속적으로 합치고 자동으로 배포해서 개발 생산성과 배포의 신뢰성을 높입니다.',
  },
  section: 's2-paas',
};

/** Where this Dockerfile's image would run, one card per kind of service. */
export const RUN_OPTIONS: readonly RunOption[] = [
  {
    id: 'vm-with-docker',
    model: 'iaas',
    title: { en: 'A virtual machine with Docker installed', ko: '도커를 설치한 가상머신' },
    services: ['AWS EC2', 'Google Compute Engine'],
    how: {
      en: 'Create a VM, install Docker on it, then pull the image from a registry and run it exactly as on your machine.',
      ko: '가상머신을 만들고 도커를 설치한 다음, 레지스트리에서 이미지를 받아 내 컴퓨터에서와 똑같이 실행합니다.',
    },
    youManage: {
      en: 'The guest OS and its updates, Docker itself, restarts, scaling, the firewall and which ports are published.',
      ko: '게스트 OS와 그 업데이트, 도커 자체, 재시작, 확장, 방화벽과 공개할 포트를 직접 관리합니다.',
    },
    commands: ['docker pull {image}', 'docker run -d {ports}{image}'],
    section: 's2-iaas',
  },
  {
    id: 'managed-containers',
    model: 'paas',
    title: { en: 'Managed containers and serverless containers', ko: '관리형 컨테이너와 서버리스 컨테이너' },
    services: ['AWS ECS / Fargate', 'Google Cloud Run', 'Azure Container Apps'],
    how: {
      en: 'Push the image to the provider’s registry and describe the service: image, port, CPU and memory. The provider runs the containers on servers you never see and can start more when traffic grows. Cloud Run tells the container which port to listen on through the `PORT` variable (8080 by default).',
      ko: '이미지를 제공자의 레지스트리에 올리고 이미지, 포트, CPU와 메모리로 서비스를 정의합니다. 제공자가 보이지 않는 서버에서 컨테이너를 실행하고 트래픽이 늘면 더 띄웁니다. Cloud Run은 `PORT` 변수(기본 8080)로 컨테이너가 기다릴 포트를 알려 줍니다.',
    },
    youManage: {
      en: 'The image and what is inside it, its configuration (ports, environment, resources) and your data. No OS to patch.',
      ko: '이미지와 그 안의 내용, 설정(포트, 환경 변수, 자원)과 데이터를 관리합니다. 패치할 OS는 없습니다.',
    },
    section: 's2-paas',
  },
  {
    id: 'paas-with-image',
    model: 'paas',
    title: { en: 'A PaaS that takes an image', ko: '이미지를 받아 주는 PaaS' },
    services: ['Heroku Container Registry', 'Google App Engine flexible'],
    how: {
      en: 'Heroku builds or takes your image (`heroku container:push web`, then `heroku container:release web`) and ignores `EXPOSE`: the app must listen on the port given in `PORT`. App Engine flexible builds a custom runtime from the Dockerfile (`runtime: custom` in `app.yaml`) and sends traffic to port 8080.',
      ko: 'Heroku는 이미지를 빌드하거나 받아서(`heroku container:push web` 다음 `heroku container:release web`) 실행하며 `EXPOSE`는 무시합니다. 앱은 `PORT`에 주어진 포트에서 기다려야 합니다. App Engine flexible은 도커파일로 커스텀 런타임을 빌드하고(`app.yaml`에 `runtime: custom`) 8080 포트로 트래픽을 보냅니다.',
    },
    youManage: {
      en: 'Only the application and its data; the platform adds logs, monitoring and deployment pipelines.',
      ko: '애플리케이션과 데이터만 관리합니다. 로그, 모니터링, 배포 파이프라인은 플랫폼이 제공합니다.',
    },
    section: 's2-paas',
  },
  {
    id: 'korean-providers',
    model: 'iaas',
    title: { en: 'Korean cloud providers', ko: '국내 클라우드 제공자' },
    services: ['NAVER Cloud Platform', 'NHN Cloud', 'KT Cloud'],
    how: {
      en: 'All three rent virtual servers on which you install Docker, as on EC2. NAVER Cloud Platform and NHN Cloud also offer a container registry and a managed Kubernetes service for running images without managing servers.',
      ko: '세 곳 모두 EC2처럼 도커를 설치할 가상 서버를 빌려줍니다. NAVER Cloud Platform과 NHN Cloud는 컨테이너 레지스트리와 관리형 쿠버네티스 서비스도 제공해서 서버를 관리하지 않고 이미지를 실행할 수 있습니다.',
    },
    youManage: {
      en: 'On a virtual server, the same as any IaaS: the OS, Docker and the containers. On the managed services, the image and its configuration.',
      ko: '가상 서버에서는 다른 IaaS와 같이 OS, 도커, 컨테이너를 관리합니다. 관리형 서비스에서는 이미지와 그 설정을 관리합니다.',
    },
    section: 's2',
  },
  {
    id: 'on-premise-docker',
    model: 'on-premise',
    title: { en: 'Your own servers with Docker', ko: '도커를 설치한 자체 서버' },
    services: ['In-house data center (IDC)'],
    how: {
      en: 'The same `docker pull` and `docker run`, on machines in your own data center, like the notes’ example of NAVER’s data center. A private registry inside the network keeps the images close.',
      ko: '노트의 네이버 데이터 센터 예처럼 자체 데이터 센터의 서버에서 똑같이 `docker pull`과 `docker run`을 합니다. 사내 네트워크에 사설 레지스트리를 두면 이미지를 가까이 둘 수 있습니다.',
    },
    youManage: {
      en: 'Everything: hardware, power, network, OS, Docker, and the containers.',
      ko: '하드웨어, 전력, 네트워크, OS, 도커, 컨테이너까지 모든 것을 관리합니다.',
    },
    commands: ['docker pull {image}', 'docker run -d {ports}{image}'],
    section: 's1-3',
  },
];

/** What comes next: many containers together, and at scale. */
export const NEXT_STEPS: readonly PanelTopic[] = [
  {
    title: { en: 'Docker Compose: several containers together', ko: 'Docker Compose: 여러 컨테이너를 함께' },
    body: {
      en: 'A real service is often several containers: a web app, a database, a cache. A `compose.yaml` file lists them with their images, ports, volumes and networks, and `docker compose up` starts them all on one machine.',
      ko: '실제 서비스는 웹 앱, 데이터베이스, 캐시처럼 여러 컨테이너로 이루어지는 경우가 많습니다. `compose.yaml` 파일에 이미지, 포트, 볼륨, 네트워크와 함께 적어 두면 `docker compose up`이 한 서버에서 모두 실행합니다.',
    },
    section: 's3-scale',
  },
  {
    title: { en: 'Kubernetes: containers at scale', ko: '쿠버네티스: 대규모 컨테이너 운영' },
    body: {
      en: 'Across many servers, an orchestrator decides where each container runs, restarts failed ones, replaces unhealthy ones and rolls out new images. Kubernetes is the common one, offered as a managed service by most clouds. The notes: Google was running about 2 billion containers a week in 2014.',
      ko: '서버가 많아지면 오케스트레이터가 컨테이너를 어디서 실행할지 정하고, 죽은 컨테이너를 다시 띄우고, 비정상 컨테이너를 교체하고, 새 이미지를 배포합니다. 대표적인 것이 쿠버네티스이며 대부분의 클라우드가 관리형 서비스로 제공합니다. 노트에 따르면 구글은 2014년에 매주 약 20억 개의 컨테이너를 운영했습니다.',
    },
    section: 's3-scale',
  },
];
