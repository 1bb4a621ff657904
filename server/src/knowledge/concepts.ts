/**
 * The concepts of the course notes and of Docker, in English and Korean.
 *
 * Each concept belongs to one notes section (where a "Course notes" link lands). The concept map
 * (which instruction, flag or directive links to which concept) lives with those entries in
 * instructions.ts, flags.ts and directives.ts; this file only holds the concepts themselves.
 */
import type { Concept, ConceptId, HttpsUrl } from './types';

type ConceptTable = { readonly [K in ConceptId]: Concept & { readonly id: K } };

const NIST_CLOUD_DEFINITION: HttpsUrl = 'https://csrc.nist.gov/pubs/sp/800/145/final';

export const CONCEPTS: ConceptTable = {
  // -------------------------------------------------------------------------------------------
  // Title and §1: cloud, deployment history
  // -------------------------------------------------------------------------------------------
  'cloud-service': {
    id: 'cloud-service',
    section: 'cloud',
    title: { en: 'Cloud services', ko: '클라우드 서비스' },
    summary: {
      en: 'Infrastructure, platforms or software that a provider hosts and you use over the internet.',
      ko: '공급자가 호스팅하는 인프라, 플랫폼, 소프트웨어를 인터넷을 통해 사용하는 서비스입니다.',
    },
    body: {
      en: "A cloud service is infrastructure, a platform or software that another company, the provider, hosts and that you use over the internet. You do not buy, install or maintain the hardware yourself.\n\nThe course notes start here, go through how deployment changed and the service models (IaaS, PaaS, SaaS), and end with containers and Docker, which is what a Dockerfile describes.",
      ko: '클라우드 서비스(cloud service)는 다른 회사, 곧 공급자(provider)가 호스팅하는 인프라, 플랫폼, 소프트웨어를 인터넷을 통해 사용하는 것입니다. 하드웨어를 직접 사서 설치하고 관리하지 않아도 됩니다.\n\n강의 노트는 여기서 시작해 배포 방식의 변화와 서비스 모델(IaaS, PaaS, SaaS)을 거쳐, 도커파일(Dockerfile)이 기술하는 컨테이너와 도커로 이어집니다.',
    },
    related: ['deployment-history', 'service-models'],
    reference: NIST_CLOUD_DEFINITION,
  },
  'deployment-history': {
    id: 'deployment-history',
    section: 's1',
    title: { en: 'How deployment has changed', ko: '배포 방식의 변화' },
    summary: {
      en: 'From one OS per physical machine, to virtual machines, to containers.',
      ko: '물리 컴퓨터 한 대에 OS 하나를 쓰던 방식에서 가상머신을 거쳐 컨테이너로 바뀌어 왔습니다.',
    },
    body: {
      en: "Each step isolates programs better and uses the hardware more efficiently:\n\n1. **Traditional**: one OS on one physical computer; the programs on it affect each other.\n2. **Virtualized**: a hypervisor runs several virtual machines, each with its own OS.\n3. **Containers**: programs are packaged with their dependencies and share the host's kernel, so they are light and start fast.\n\nA Dockerfile is the recipe for step 3.",
      ko: '단계마다 프로그램을 더 잘 격리하고 하드웨어를 더 효율적으로 쓰게 되었습니다.\n\n1. **전통적 배포(traditional deployment)**: 물리 컴퓨터 한 대에 OS 하나를 설치하고, 그 위의 프로그램들이 서로 영향을 줍니다.\n2. **가상화 배포(virtualized deployment)**: 하이퍼바이저가 각자 OS를 가진 가상머신 여러 개를 구동합니다.\n3. **컨테이너(container)**: 프로그램을 종속성과 함께 패키징하고 호스트의 커널을 공유하므로 가볍고 빨리 시작합니다.\n\n도커파일(Dockerfile)은 3단계를 위한 설계도입니다.',
    },
    related: ['traditional-deployment', 'virtual-machine', 'on-off-premise', 'container-vs-vm'],
  },
  'traditional-deployment': {
    id: 'traditional-deployment',
    section: 's1-1',
    title: { en: 'Traditional deployment', ko: '전통적 배포방식' },
    summary: {
      en: 'One OS on one physical computer; all programs share it and can interfere with each other.',
      ko: '물리 컴퓨터 한 대에 OS 하나를 설치하고, 모든 프로그램이 그것을 함께 써서 서로 간섭할 수 있습니다.',
    },
    body: {
      en: "One operating system is installed on one physical computer. Several users can share it through accounts and several programs can be installed, but they share libraries, ports and resources: upgrading a library for one program can break another, and one program using all the memory slows down the rest.\n\nContainers answer this: each container carries its own files and dependencies.",
      ko: '물리 컴퓨터 한 대에 운영체제(operating system) 하나를 설치합니다. 여러 사용자가 계정을 나눠 쓰고 여러 프로그램을 설치할 수 있지만, 라이브러리와 포트와 자원을 함께 쓰므로 한 프로그램을 위해 라이브러리를 올리면 다른 프로그램이 깨질 수 있고, 한 프로그램이 메모리를 다 쓰면 나머지가 느려집니다.\n\n컨테이너는 이 문제에 대한 답입니다. 컨테이너마다 자기 파일과 종속성을 가지고 다닙니다.',
    },
    related: ['deployment-history', 'virtual-machine', 'container'],
  },
  'virtual-machine': {
    id: 'virtual-machine',
    section: 's1-2',
    title: { en: 'Virtual machine (VM)', ko: '가상머신 (VM)' },
    summary: {
      en: 'A computer implemented in software; each VM runs its own complete operating system.',
      ko: '소프트웨어로 구현한 컴퓨터이며, 가상머신마다 완전한 운영체제를 따로 구동합니다.',
    },
    body: {
      en: "A virtual machine implements hardware in software. Instead of splitting one OS into accounts, one physical machine runs several complete operating systems side by side. CPU and memory are assigned by configuration rather than by swapping hardware, which gives better isolation and resource management.\n\nThe price: every VM boots and carries a whole guest OS. A container shares the host's kernel instead, so it is much lighter (§3.1).",
      ko: '가상머신(virtual machine, VM)은 하드웨어를 소프트웨어로 구현한 것입니다. OS 하나를 계정으로 나누는 대신, 물리 컴퓨터 한 대에서 완전한 운영체제 여러 개를 나란히 구동합니다. CPU와 메모리를 하드웨어 교체가 아니라 설정으로 배정하므로 자원을 더 잘 분리하고 관리할 수 있습니다.\n\n대가도 있습니다. 가상머신마다 게스트 OS(guest OS) 전체를 부팅하고 담고 있어야 합니다. 컨테이너는 호스트의 커널을 공유하므로 훨씬 가볍습니다(§3.1).',
    },
    related: ['hypervisor', 'container-vs-vm'],
  },
  hypervisor: {
    id: 'hypervisor',
    section: 's1-2',
    title: { en: 'Hypervisor', ko: '하이퍼바이저' },
    summary: {
      en: 'The layer that lets one machine run several virtual machines independently.',
      ko: '한 시스템에서 가상머신 여러 개를 독립적으로 구동하게 해 주는 중간 계층입니다.',
    },
    body: {
      en: "A hypervisor sits between the hardware (or a host OS) and the virtual machines. It gives each VM its share of CPU, memory and devices, so each VM runs its own OS and apps independently.\n\nStacks compared, bottom to top:\n\n- VMs: hardware → hypervisor → guest OS per VM → apps;\n- containers: hardware → host OS (one kernel) → container engine → containers (apps with their dependencies).",
      ko: '하이퍼바이저(hypervisor)는 하드웨어(또는 호스트 OS)와 가상머신 사이에 있는 계층입니다. 가상머신마다 CPU, 메모리, 장치를 나눠 주어 각 가상머신이 자기 OS와 앱을 독립적으로 실행하게 합니다.\n\n아래에서 위로 쌓이는 구조를 비교하면 다음과 같습니다.\n\n- 가상머신: 하드웨어 → 하이퍼바이저 → 가상머신마다 게스트 OS → 앱\n- 컨테이너: 하드웨어 → 호스트 OS(커널 하나) → 컨테이너 엔진 → 컨테이너(종속성을 포함한 앱)',
    },
    related: ['virtual-machine', 'container-vs-vm'],
  },
  'on-off-premise': {
    id: 'on-off-premise',
    section: 's1-3',
    title: { en: 'Off-premise vs on-premise', ko: '오프프레미스와 온프레미스' },
    summary: {
      en: "Run the infrastructure in a provider's cloud (off-premise) or in your own facility (on-premise).",
      ko: '인프라를 공급자의 클라우드에서 운영하거나(오프프레미스) 자체 시설에서 운영합니다(온프레미스).',
    },
    body: {
      en: "**On-premise**: you run the infrastructure in your own facility, such as a private data center (IDC) you maintain yourself; Naver's data center is an example. **Off-premise**: you use a cloud provider's infrastructure, so power, location, server setup and scaling are the provider's concern and you can focus on running your service.\n\nThe same Docker image runs in either place, which is one reason containers made moving between them easier.",
      ko: '**온프레미스(on-premise)**: 직접 유지 관리하는 프라이빗 데이터 센터(IDC)처럼 자체 시설에서 인프라를 운영합니다. 네이버 데이터 센터가 예입니다. **오프프레미스(off-premise)**: 클라우드 공급자의 인프라를 사용하므로 전력, 위치, 서버 세팅, 확장성은 공급자가 맡고 서비스 운영에만 집중할 수 있습니다.\n\n같은 도커이미지는 어느 쪽에서도 똑같이 실행됩니다. 컨테이너 덕분에 둘 사이를 옮겨 다니기가 쉬워진 이유 중 하나입니다.',
    },
    related: ['service-models'],
  },
  // -------------------------------------------------------------------------------------------
  // §2: service models
  // -------------------------------------------------------------------------------------------
  'service-models': {
    id: 'service-models',
    section: 's2',
    title: { en: 'Cloud service models', ko: '클라우드 서비스 모델' },
    summary: {
      en: 'IaaS, PaaS, SaaS: how much of the stack the provider manages for you.',
      ko: 'IaaS, PaaS, SaaS는 공급자가 어디까지 대신 관리해 주는지에 따라 나뉩니다.',
    },
    body: {
      en: "The models differ in who manages what:\n\n| Model | You manage | The provider manages |\n|---|---|---|\n| IaaS | OS, runtime, application | hardware, network, virtualization |\n| PaaS | application and its data | everything under the application |\n| SaaS | your data and settings | the whole application |\n\nThe more the provider manages, the less you operate yourself, and the more you depend on that provider's platform.",
      ko: '서비스 모델(service model)은 누가 무엇을 관리하는지가 다릅니다.\n\n| 모델 | 사용자가 관리 | 공급자가 관리 |\n|---|---|---|\n| IaaS | OS, 런타임, 애플리케이션 | 하드웨어, 네트워크, 가상화 |\n| PaaS | 애플리케이션과 데이터 | 애플리케이션 아래 전부 |\n| SaaS | 자기 데이터와 설정 | 애플리케이션 전체 |\n\n공급자가 많이 관리할수록 직접 운영할 일은 줄고, 그 공급자의 플랫폼에 더 많이 종속됩니다.',
    },
    related: ['cloud-service', 'iaas', 'paas', 'saas'],
    reference: NIST_CLOUD_DEFINITION,
  },
  iaas: {
    id: 'iaas',
    section: 's2-iaas',
    title: { en: 'IaaS (Infrastructure as a Service)', ko: 'IaaS (서비스형 인프라)' },
    summary: {
      en: 'The provider gives you infrastructure (virtual machines, storage, network); you install and manage the rest.',
      ko: '공급자는 인프라(가상머신, 스토리지, 네트워크)를 제공하고, 그 위의 나머지는 사용자가 설치하고 관리합니다.',
    },
    body: {
      en: "IaaS is the most basic model: you get virtual machines, storage and network, and install whatever software you like on them. Because you are **not tied to a provider's platform**, it is the most **flexible and portable** model, but you operate more yourself, so it is **less efficient to run**.\n\nExamples: AWS EC2, Google Compute Engine. Running Docker on a VM you rent is an IaaS setup.",
      ko: 'IaaS(Infrastructure as a Service)는 가장 기본적인 모델입니다. 가상머신, 스토리지, 네트워크를 받아 그 위에 원하는 소프트웨어를 자유롭게 설치합니다. **플랫폼에 종속되지 않으므로** 유연성(flexibility)과 이식성(portability)이 **가장 높지만**, 직접 운영할 일이 많아 **운영 효율은 낮습니다**.\n\n예: AWS EC2, Google Compute Engine. 빌린 가상머신 위에서 도커를 실행하는 것은 IaaS 방식입니다.',
    },
    related: ['paas', 'service-models'],
  },
  paas: {
    id: 'paas',
    section: 's2-paas',
    title: { en: 'PaaS (Platform as a Service)', ko: 'PaaS (서비스형 플랫폼)' },
    summary: {
      en: 'The provider gives you infrastructure plus a platform; you focus on the application.',
      ko: '공급자가 인프라와 함께 플랫폼까지 제공하고, 사용자는 애플리케이션 개발에 집중합니다.',
    },
    body: {
      en: "With PaaS the provider runs the infrastructure *and* the platform (runtime, deployment, scaling, monitoring, often CI/CD); you write and deploy the application.\n\nBecause your application is **tied to the platform**, PaaS is **less flexible and less portable** than IaaS, but **more efficient to operate**. (The original Korean notes state this the wrong way round; the shipped copy marks the correction.)\n\nExamples: Heroku, Google App Engine. Many platforms now also accept a Dockerfile or an image as what you deploy.",
      ko: 'PaaS(Platform as a Service)에서는 공급자가 인프라뿐 아니라 플랫폼(런타임, 배포, 확장, 모니터링, 흔히 CI/CD까지)도 운영하고, 사용자는 애플리케이션을 작성해 배포합니다.\n\n애플리케이션이 **플랫폼에 종속되므로** IaaS보다 **유연성과 이식성은 낮지만**, **운영 효율은 높습니다**. (원래 강의 노트에는 이 부분이 거꾸로 적혀 있어, 함께 제공하는 노트에 정정 표시를 했습니다.)\n\n예: Heroku, Google App Engine. 요즘은 도커파일이나 이미지를 그대로 배포 단위로 받는 플랫폼도 많습니다.',
    },
    related: ['iaas', 'ci-cd', 'service-models'],
  },
  'ci-cd': {
    id: 'ci-cd',
    section: 's2-paas',
    title: { en: 'CI/CD', ko: 'CI/CD (지속적 통합과 지속적 전달·배포)' },
    summary: {
      en: 'Merge code changes continuously, and build, test and deploy them automatically.',
      ko: '코드 변경 사항을 지속적으로 합치고, 자동으로 빌드, 테스트, 배포하는 과정입니다.',
    },
    body: {
      en: "Continuous integration (CI) merges everyone's changes often and checks each one automatically by building and testing it. Continuous delivery or deployment (CD) then releases what passed, automatically. The result: more productive development and more reliable releases.\n\nWith containers, the CI job usually runs `docker build` and pushes the image; the CD step deploys that exact image. That is why a reproducible Dockerfile (pinned base image, locked package versions) matters.",
      ko: '지속적 통합(continuous integration, CI)은 여러 사람의 변경 사항을 자주 합치고, 그때마다 빌드와 테스트로 자동 검사합니다. 지속적 전달·배포(continuous delivery/deployment, CD)는 검사를 통과한 결과를 자동으로 내보냅니다. 그 결과 개발 생산성과 배포의 신뢰성이 올라갑니다.\n\n컨테이너를 쓰면 보통 CI 작업이 `docker build`로 이미지를 만들어 올리고(push), CD 단계가 바로 그 이미지를 배포합니다. 그래서 도커파일이 매번 같은 결과를 내도록(베이스 이미지 고정, 패키지 버전 고정) 만드는 것이 중요합니다.',
    },
    examples: [
      {
        language: 'shell',
        code: 'docker build -t registry.example.com/app:1.4.2 .\ndocker push registry.example.com/app:1.4.2',
        caption: { en: 'A CI job builds and pushes one image', ko: 'CI 작업이 이미지를 하나 빌드해 올립니다' },
      },
    ],
    related: ['paas', 'image-immutable'],
  },
  saas: {
    id: 'saas',
    section: 's2-saas',
    title: { en: 'SaaS (Software as a Service)', ko: 'SaaS (서비스형 소프트웨어)' },
    summary: {
      en: 'Complete software delivered as a cloud service; you just use it.',
      ko: '완성된 소프트웨어를 클라우드 서비스로 제공하며, 사용자는 바로 사용하기만 합니다.',
    },
    body: {
      en: "SaaS delivers a finished application: you sign in and use it, with nothing to install or operate. Examples: Google Docs, Microsoft 365.\n\nOf the three models it leaves you the least to manage and the least freedom. The provider may well run it on containers built from Dockerfiles, but its users never see them.",
      ko: 'SaaS(Software as a Service)는 완성된 애플리케이션을 제공합니다. 로그인해서 바로 쓰면 되고, 설치하거나 운영할 것이 없습니다. 예: Google Docs, Microsoft 365.\n\n세 모델 가운데 사용자가 관리할 것이 가장 적고 자유도도 가장 낮습니다. 공급자는 내부에서 도커파일로 만든 컨테이너로 운영할 수도 있지만, 사용자에게는 보이지 않습니다.',
    },
    related: ['service-models'],
  },
  // -------------------------------------------------------------------------------------------
  // §3 and §3.1: containers
  // -------------------------------------------------------------------------------------------
  'container-vs-vm': {
    id: 'container-vs-vm',
    section: 's3',
    title: { en: 'Containers and virtual machines', ko: '컨테이너와 가상머신' },
    summary: {
      en: 'A VM virtualizes hardware and runs a full OS; a container isolates processes on the host kernel.',
      ko: '가상머신은 하드웨어를 가상화해 OS 전체를 구동하고, 컨테이너는 호스트 커널 위에서 프로세스를 격리합니다.',
    },
    body: {
      en: "Both isolate applications, at different levels. A VM virtualizes the hardware, so every VM boots its own guest OS. A container is an isolated group of processes on the host: it brings its own files (from an image) but uses the host's kernel.\n\nSo containers are smaller, start in about a second or less, and many more fit on one machine; VMs isolate more strongly. Docker is the tool that builds and runs containers (§3.2).",
      ko: '둘 다 애플리케이션을 격리하지만 수준이 다릅니다. 가상머신은 하드웨어를 가상화하므로 가상머신마다 게스트 OS를 부팅합니다. 컨테이너(container)는 호스트 위에서 격리된 프로세스 묶음입니다. 파일은 이미지에서 가져오지만 커널(kernel)은 호스트의 것을 씁니다.\n\n그래서 컨테이너는 더 작고 1초 안팎이면 시작하며, 한 컴퓨터에 훨씬 많이 올릴 수 있습니다. 격리 수준은 가상머신이 더 강합니다. 도커(Docker)는 컨테이너를 만들고 실행하는 도구입니다(§3.2).',
    },
    related: ['container', 'shared-kernel', 'virtual-machine'],
    reference: 'https://docs.docker.com/get-started/docker-concepts/the-basics/what-is-a-container/',
  },
  container: {
    id: 'container',
    section: 's3-1',
    title: { en: 'Containers', ko: '컨테이너' },
    summary: {
      en: 'Code packaged with its dependencies, so it runs quickly and reliably in any environment.',
      ko: '코드를 종속성과 함께 패키징해 어떤 환경에서도 빠르고 안정적으로 실행합니다.',
    },
    body: {
      en: "A container packages code **together with its dependencies** (libraries, runtime, configuration files), so it runs quickly and reliably in different computing environments: your laptop, a CI server, a cloud VM.\n\nContainers share the host's OS kernel, which makes them light and fast to start. The other side of it: a problem in the host OS or its kernel can affect every container on that host.",
      ko: '컨테이너(container)는 코드를 **종속성(dependency)과 함께 패키징**합니다. 라이브러리, 런타임, 설정 파일을 모두 담으므로 노트북, CI 서버, 클라우드 가상머신 등 여러 컴퓨팅 환경에서 빠르고 안정적으로 실행됩니다.\n\n컨테이너는 호스트 OS의 커널을 공유하므로 가볍고 빨리 시작합니다. 반대로 호스트 OS나 커널에 문제가 생기면 그 호스트의 모든 컨테이너가 영향을 받을 수 있습니다.',
    },
    related: ['packaging-dependencies', 'shared-kernel', 'container-vs-vm'],
    reference: 'https://docs.docker.com/get-started/docker-concepts/the-basics/what-is-a-container/',
  },
  'packaging-dependencies': {
    id: 'packaging-dependencies',
    section: 's3-1',
    title: { en: 'Packaging code with its dependencies', ko: '코드와 종속성을 함께 패키징하기' },
    summary: {
      en: 'Everything the application needs is installed into the image, so it runs the same everywhere.',
      ko: '애플리케이션에 필요한 모든 것을 이미지에 설치하므로 어디서나 똑같이 실행됩니다.',
    },
    body: {
      en: "The image carries the application *and* what it needs: OS packages, a language runtime, libraries. In a Dockerfile this happens in `RUN` (`apt-get install`, `pip install`, `npm ci`), usually after a `COPY` of the lock file.\n\nFor a reproducible image, pin versions (lock files, `pkg=1.2.*`) and remove package caches in the same `RUN`; otherwise they stay in that layer.",
      ko: '이미지에는 애플리케이션뿐 아니라 그것이 필요로 하는 OS 패키지, 언어 런타임, 라이브러리도 함께 들어갑니다. 도커파일에서는 보통 잠금 파일(lock file)을 `COPY`한 다음 `RUN`(`apt-get install`, `pip install`, `npm ci`)에서 설치합니다.\n\n매번 같은 이미지가 나오게 하려면 버전을 고정하고(잠금 파일, `pkg=1.2.*`), 패키지 캐시는 같은 `RUN` 안에서 지우십시오. 그렇지 않으면 그 레이어에 그대로 남습니다.',
    },
    examples: [
      {
        language: 'dockerfile',
        code: 'COPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt',
      },
    ],
    related: ['container', 'image-layers', 'build-cache'],
  },
  'shared-kernel': {
    id: 'shared-kernel',
    section: 's3-1',
    title: { en: 'Containers share the host kernel', ko: '컨테이너는 호스트 커널을 공유합니다' },
    summary: {
      en: "A container is not a VM: its processes run directly on the host's kernel.",
      ko: '컨테이너는 가상머신이 아닙니다. 컨테이너의 프로세스는 호스트의 커널 위에서 바로 실행됩니다.',
    },
    body: {
      en: "Containers share the host operating system's **kernel**; only the files (from the image) and the view of processes, network and users are isolated. Consequences you meet in Dockerfiles:\n\n- the image needs a kernel of its kind: Linux images need a Linux kernel (Docker Desktop runs one in a small VM), Windows images need a Windows host;\n- the image's CPU architecture must match the host's, or be emulated (`FROM --platform`);\n- the user a process runs as matters, because it talks to the real kernel (`USER`).",
      ko: '컨테이너는 호스트 운영체제의 **커널**(kernel)을 공유합니다. 격리되는 것은 파일(이미지에서 온 것)과 프로세스, 네트워크, 사용자에 대한 시야뿐입니다. 도커파일에서 만나는 결과는 다음과 같습니다.\n\n- 이미지에 맞는 커널이 필요합니다. 리눅스 이미지는 리눅스 커널이 필요하고(Docker Desktop은 작은 가상머신 안에서 리눅스 커널을 돌립니다), 윈도우 이미지는 윈도우 호스트가 필요합니다.\n- 이미지의 CPU 아키텍처가 호스트와 같거나 에뮬레이션되어야 합니다(`FROM --platform`).\n- 프로세스가 어떤 사용자로 실행되는지가 중요합니다. 실제 커널과 직접 통신하기 때문입니다(`USER`).',
    },
    related: ['windows-containers', 'root-user', 'container-vs-vm'],
  },
  'windows-containers': {
    id: 'windows-containers',
    section: 's3-1',
    title: { en: 'Windows base images', ko: '윈도우 베이스 이미지' },
    summary: {
      en: 'A Windows image needs a Windows host; its Dockerfiles often change SHELL and the escape character.',
      ko: '윈도우 이미지는 윈도우 호스트가 필요하며, 그 도커파일은 흔히 SHELL과 이스케이프 문자를 바꿉니다.',
    },
    body: {
      en: "Because containers share the host kernel, an image built on a Windows base image (`mcr.microsoft.com/windows/servercore`, `nanoserver`) runs only on a Windows host in Windows-container mode, never on a Linux kernel.\n\nTwo Dockerfile features exist mostly for Windows: `SHELL`, to use PowerShell instead of the default `cmd /S /C`, and the `` # escape=` `` directive, because `\\` is the Windows path separator.",
      ko: '컨테이너는 호스트 커널을 공유하므로, 윈도우 베이스 이미지(base image, 예: `mcr.microsoft.com/windows/servercore`, `nanoserver`)로 만든 이미지는 윈도우 컨테이너 모드의 윈도우 호스트에서만 실행되고 리눅스 커널에서는 실행되지 않습니다.\n\n도커파일의 두 기능은 주로 윈도우 때문에 있습니다. 기본값 `cmd /S /C` 대신 PowerShell을 쓰게 하는 `SHELL`과, 윈도우에서는 `\\`가 경로 구분자이므로 이스케이프 문자를 바꾸는 `` # escape=` `` 지시어입니다.',
    },
    examples: [
      {
        language: 'dockerfile',
        code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN New-Item -ItemType Directory C:\\app',
      },
    ],
    related: ['shared-kernel', 'parser-directives'],
  },
  'root-user': {
    id: 'root-user',
    section: 's3-1',
    title: { en: 'Running as root', ko: 'root로 실행하기' },
    summary: {
      en: "Without USER the container's process runs as root; on a shared kernel that is a real risk.",
      ko: 'USER가 없으면 컨테이너의 프로세스는 root로 실행되며, 커널을 공유하므로 실제 위험이 됩니다.',
    },
    body: {
      en: "Unless the Dockerfile sets `USER`, the container's main process runs as `root` (UID 0). Containers share the host kernel, so a process that escapes its isolation, or that writes to a directory mounted from the host, does so with root's powers.\n\nCreate an unprivileged user and switch to it with `USER` before `CMD`/`ENTRYPOINT`. Install packages first: that usually needs root.",
      ko: '도커파일에 `USER`가 없으면 컨테이너의 주 프로세스는 `root`(UID 0)로 실행됩니다. 컨테이너는 호스트 커널을 공유하므로, 격리를 벗어난 프로세스나 호스트에서 마운트한 디렉터리에 쓰는 프로세스는 root 권한으로 그 일을 하게 됩니다.\n\n권한 없는 사용자(unprivileged user)를 만들고 `CMD`/`ENTRYPOINT` 전에 `USER`로 전환하십시오. 패키지 설치는 보통 root 권한이 필요하므로 그 전에 해 둡니다.',
    },
    examples: [
      {
        language: 'dockerfile',
        code: 'RUN useradd --create-home --uid 10001 app\nUSER app\nCMD ["python", "app.py"]',
      },
    ],
    related: ['shared-kernel', 'container-runtime'],
    reference: 'https://docs.docker.com/engine/security/',
  },
  // -------------------------------------------------------------------------------------------
  // §3.2: Docker
  // -------------------------------------------------------------------------------------------
  'docker-workflow': {
    id: 'docker-workflow',
    section: 's3-2',
    title: { en: 'Dockerfile → image → container', ko: '도커파일 → 도커이미지 → 도커컨테이너' },
    summary: {
      en: '`docker build` turns a Dockerfile into an image; `docker run` starts containers from the image.',
      ko: '`docker build`는 도커파일로 이미지를 만들고, `docker run`은 그 이미지로 컨테이너를 실행합니다.',
    },
    body: {
      en: "Docker is a platform that helps create, deploy and run containers:\n\n1. A **Dockerfile** records the base image, the packages to install, the files to copy, the environment settings and the command to run.\n2. `docker build` turns it into a **Docker image**: files and settings, immutable.\n3. `docker run` starts a **Docker container** from the image and connects it to real CPU, memory, network and storage.\n\nBecause the server setup lives in the image, deployments are fast and consistent.",
      ko: '도커(Docker)는 컨테이너의 생성, 배포, 실행을 도와주는 플랫폼입니다.\n\n1. **도커파일**(Dockerfile)에는 베이스 이미지, 설치할 패키지, 복사할 파일, 환경변수 설정, 실행할 명령을 기록합니다.\n2. `docker build`가 이것을 **도커이미지**(Docker image)로 만듭니다. 파일과 설정값을 담고 있으며 불변입니다.\n3. `docker run`이 이미지로 **도커컨테이너**(Docker container)를 실행하고, 실제 CPU, 메모리, 네트워크, 저장소와 연결합니다.\n\n서버 환경 구성을 이미지로 관리하므로 빠르고 일관되게 배포할 수 있습니다.',
    },
    examples: [{ language: 'shell', code: 'docker build -t myapp:1.0 .\ndocker run -d -p 8080:80 myapp:1.0' }],
    related: ['dockerfile', 'image-immutable', 'container-runtime'],
    reference: 'https://docs.docker.com/get-started/docker-overview/',
  },
  dockerfile: {
    id: 'dockerfile',
    section: 's3-2',
    title: { en: 'Dockerfile', ko: '도커파일' },
    summary: {
      en: 'A text file of instructions, run from top to bottom, that describes how to build an image.',
      ko: '이미지를 만드는 방법을 위에서 아래로 실행되는 명령어(instruction)로 적은 텍스트 파일입니다.',
    },
    body: {
      en: "A Dockerfile lists instructions, one per line (continued with `\\`), executed in order. Each instruction either adds a layer of files to the image (`RUN`, `COPY`, `ADD`), records a setting in the image (`ENV`, `CMD`, `EXPOSE`, …), or exists only while building (`ARG`, parser directives).\n\nHovering an instruction tells you which of the three it is, and what the running container will see of it.",
      ko: '도커파일(Dockerfile)은 명령어(instruction)를 한 줄에 하나씩(`\\`로 다음 줄에 이어 쓸 수 있습니다) 적고, 순서대로 실행합니다. 명령어는 이미지에 파일 레이어를 더하거나(`RUN`, `COPY`, `ADD`), 이미지에 설정값을 기록하거나(`ENV`, `CMD`, `EXPOSE` 등), 빌드하는 동안에만 존재합니다(`ARG`, 파서 지시어).\n\n명령어에 마우스를 올리면 셋 중 어디에 속하는지, 실행 중인 컨테이너가 무엇을 보게 되는지 알려 줍니다.',
    },
    related: ['docker-workflow', 'image-layers', 'image-metadata'],
    reference: 'https://docs.docker.com/reference/dockerfile/',
  },
  'image-immutable': {
    id: 'image-immutable',
    section: 's3-2',
    title: { en: 'An image is an immutable snapshot', ko: '도커이미지는 불변 스냅샷입니다' },
    summary: {
      en: 'An image never changes after it is built; the same image always gives the same deployment.',
      ko: '이미지는 빌드한 뒤에는 바뀌지 않으며, 같은 이미지는 언제나 같은 배포 결과를 냅니다.',
    },
    body: {
      en: "An image holds the files, settings and data a container needs, and it is **immutable**: starting, changing or deleting containers never modifies it. That is what makes deployments reliable: the image you tested is, byte for byte, the one you deploy.\n\n`FROM` picks the image you build on. A tag (`python:3.12`) is a name the publisher can move to a newer image; a digest (`@sha256:…`) names exactly one image. Pin a specific tag, or a digest, so that the same Dockerfile keeps producing the same image.",
      ko: '도커이미지(Docker image)는 컨테이너 실행에 필요한 파일, 설정값, 데이터를 담고 있으며 **불변**(immutable)입니다. 컨테이너를 실행하고 바꾸고 지워도 이미지는 그대로입니다. 그래서 배포를 믿을 수 있습니다. 테스트한 이미지와 배포하는 이미지가 바이트 하나까지 같습니다.\n\n`FROM`은 빌드의 출발점이 될 이미지를 고릅니다. 태그(tag, `python:3.12`)는 배포자가 더 새 이미지로 옮길 수 있는 이름이고, 다이제스트(digest, `@sha256:…`)는 정확히 이미지 하나를 가리킵니다. 구체적인 태그나 다이제스트로 고정해야 같은 도커파일이 계속 같은 이미지를 만듭니다.',
    },
    examples: [
      {
        language: 'dockerfile',
        code: 'FROM python:3.12.7-slim-bookworm\n# or, exactly one image:\nFROM python:3.12.7-slim-bookworm@sha256:<digest>',
        caption: { en: 'A specific tag, or a tag plus a digest', ko: '구체적인 태그, 또는 태그와 다이제스트' },
      },
    ],
    related: ['image-reference', 'base-image', 'one-image-many-containers'],
    reference: 'https://docs.docker.com/get-started/docker-concepts/the-basics/what-is-an-image/',
  },
  'image-reference': {
    id: 'image-reference',
    section: 's3-2',
    title: { en: 'Image references: registry, repository, tag, digest', ko: '이미지 참조: 레지스트리, 저장소, 태그, 다이제스트' },
    summary: {
      en: '`registry/repository:tag@digest` says where an image is pulled from and which version.',
      ko: '`registry/repository:tag@digest`는 이미지를 어디서 받아 오는지, 어떤 버전인지를 나타냅니다.',
    },
    body: {
      en: "An image reference has up to four parts, as in `ghcr.io/acme/app:1.4@sha256:…`:\n\n- **registry**: the server the image is pulled from; Docker Hub (`docker.io`) when omitted;\n- **repository**: the image's name; official images like `python` live under `library/`;\n- **tag**: a version label, `latest` when omitted; tags can be moved to another image;\n- **digest**: the content hash of one exact image; it cannot change. When a digest is given, the tag is ignored for pulling.",
      ko: '이미지 참조는 `ghcr.io/acme/app:1.4@sha256:…`처럼 최대 네 부분으로 이루어집니다.\n\n- **레지스트리(registry)**: 이미지를 받아 오는 서버입니다. 생략하면 Docker Hub(`docker.io`)입니다.\n- **저장소(repository)**: 이미지의 이름입니다. `python` 같은 공식 이미지는 `library/` 아래에 있습니다.\n- **태그(tag)**: 버전 이름표입니다. 생략하면 `latest`이며, 다른 이미지로 옮겨질 수 있습니다.\n- **다이제스트(digest)**: 정확히 한 이미지의 내용 해시이며 바뀌지 않습니다. 다이제스트가 있으면 이미지를 받을 때 태그는 무시됩니다.',
    },
    related: ['image-immutable'],
  },
  'image-layers': {
    id: 'image-layers',
    section: 's3-2',
    title: { en: 'Image layers', ko: '이미지 레이어' },
    summary: {
      en: '`RUN`, `COPY` and `ADD` each add a read-only layer of file changes to the image.',
      ko: '`RUN`, `COPY`, `ADD`는 각각 파일 변경분을 읽기 전용 레이어로 이미지에 더합니다.',
    },
    body: {
      en: "An image is a stack of read-only **layers**. Each `RUN`, `COPY` and `ADD` saves the files it changed as a new layer on top of the previous ones; the other instructions only change the image's settings.\n\nSo a file deleted in a later layer still takes space, and can still be read, in the layer that added it: clean up in the same `RUN`. A running container adds one thin writable layer on top, which is discarded with the container.",
      ko: '이미지는 읽기 전용 **레이어**(layer)를 쌓은 것입니다. `RUN`, `COPY`, `ADD`는 바꾼 파일을 이전 레이어 위에 새 레이어로 저장하고, 다른 명령어는 이미지의 설정값만 바꿉니다.\n\n그래서 나중 레이어에서 지운 파일도 그것을 추가한 레이어에는 남아 공간을 차지하고, 여전히 읽을 수 있습니다. 정리는 같은 `RUN` 안에서 하십시오. 실행 중인 컨테이너는 맨 위에 얇은 쓰기 가능 레이어를 하나 더하며, 이 레이어는 컨테이너와 함께 사라집니다.',
    },
    examples: [
      {
        language: 'dockerfile',
        code: 'RUN apt-get update \\\n && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*',
        caption: { en: 'Install and clean up in one layer', ko: '한 레이어 안에서 설치하고 정리합니다' },
      },
    ],
    related: ['build-cache', 'packaging-dependencies', 'image-immutable'],
    reference: 'https://docs.docker.com/get-started/docker-concepts/building-images/understanding-image-layers/',
  },
  'image-metadata': {
    id: 'image-metadata',
    section: 's3-2',
    title: { en: 'Image configuration and labels', ko: '이미지 설정값과 레이블' },
    summary: {
      en: "Settings kept in the image's configuration rather than in its files: labels, environment, command, ports.",
      ko: '파일이 아니라 이미지 설정(configuration)에 저장되는 값입니다. 레이블, 환경변수, 명령, 포트 등이 있습니다.',
    },
    body: {
      en: "Besides its layers, an image has a **configuration**: environment variables, the default command, the working directory, exposed ports, labels and more. Instructions such as `LABEL`, `ENV` and `CMD` write there and add no files.\n\nLabels are key–value notes for people and tools (source repository, version, licence, authors). Read them with `docker image inspect`.",
      ko: '이미지에는 레이어 말고도 **설정**(configuration)이 있습니다. 환경변수, 기본 명령, 작업 디렉터리, 노출 포트, 레이블(label) 등입니다. `LABEL`, `ENV`, `CMD` 같은 명령어는 여기에 기록하며 파일은 더하지 않습니다.\n\n레이블은 사람과 도구를 위한 키-값 메모입니다(소스 저장소, 버전, 라이선스, 작성자). `docker image inspect`로 볼 수 있습니다.',
    },
    related: ['container-runtime', 'image-layers'],
  },
  'base-image': {
    id: 'base-image',
    section: 's3-2',
    title: { en: 'Building on other images', ko: '다른 이미지 위에 쌓기' },
    summary: {
      en: 'Every image starts from another image (or from `scratch`) and adds its layers on top.',
      ko: '모든 이미지는 다른 이미지(또는 `scratch`)에서 출발해 그 위에 레이어를 쌓습니다.',
    },
    body: {
      en: "`FROM` names the base image; your layers are stacked on its layers, which are shared between images, not copied. `FROM scratch` starts from an empty filesystem.\n\nAn image can also prepare instructions for the images built *on* it: `ONBUILD` stores triggers that run in the downstream build, right after its `FROM`.",
      ko: '`FROM`은 베이스 이미지(base image)를 정합니다. 내 레이어는 베이스 이미지의 레이어 위에 쌓이며, 그 레이어는 복사되지 않고 여러 이미지가 함께 씁니다. `FROM scratch`는 빈 파일 시스템에서 시작합니다.\n\n이미지는 자기를 베이스로 삼을 이미지를 위해 명령어를 준비해 둘 수도 있습니다. `ONBUILD`는 다음 빌드에서 그 빌드의 `FROM` 바로 뒤에 실행될 트리거(trigger)를 저장합니다.',
    },
    related: ['image-immutable', 'image-layers', 'multi-stage-build'],
  },
  'build-context': {
    id: 'build-context',
    section: 's3-2',
    title: { en: 'Build context and .dockerignore', ko: '빌드 컨텍스트와 .dockerignore' },
    summary: {
      en: 'The files `docker build` can see: the directory you pass, minus what `.dockerignore` excludes.',
      ko: '`docker build`가 볼 수 있는 파일, 곧 넘겨준 디렉터리에서 `.dockerignore`가 제외한 것을 뺀 나머지입니다.',
    },
    body: {
      en: "`docker build .` sends the directory `.` to the builder: that is the **build context**. `COPY` and `ADD` read their sources from it, relative to its root; they cannot reach outside it (`../`). A `.dockerignore` file at the context root excludes paths such as `.git`, `node_modules` and `.env`, which keeps builds fast and keeps secrets out of the image.\n\n`COPY --from=<stage or image>` reads from a build stage or another image instead of the context.",
      ko: '`docker build .`는 디렉터리 `.`을 빌더에 보냅니다. 이것이 **빌드 컨텍스트**(build context)입니다. `COPY`와 `ADD`는 그 루트를 기준으로 소스를 읽으며, 바깥(`../`)에는 닿을 수 없습니다. 컨텍스트 루트의 `.dockerignore` 파일은 `.git`, `node_modules`, `.env` 같은 경로를 제외해 빌드를 빠르게 하고 비밀 정보가 이미지에 들어가지 않게 합니다.\n\n`COPY --from=<스테이지 또는 이미지>`는 컨텍스트 대신 빌드 스테이지나 다른 이미지에서 읽습니다.',
    },
    examples: [
      {
        language: 'text',
        code: '.git\nnode_modules\n*.log\n.env',
        caption: { en: 'A .dockerignore file', ko: '.dockerignore 파일 예' },
      },
    ],
    related: ['image-layers', 'multi-stage-build', 'build-secrets'],
    reference: 'https://docs.docker.com/build/concepts/context/',
  },
  'build-cache': {
    id: 'build-cache',
    section: 's3-2',
    title: { en: 'Build cache', ko: '빌드 캐시' },
    summary: {
      en: "Docker reuses an instruction's result when the instruction and its inputs have not changed.",
      ko: '명령어와 그 입력이 바뀌지 않았으면 도커는 이전 결과를 다시 씁니다.',
    },
    body: {
      en: "Each instruction's result is cached. On a rebuild Docker reuses the cache up to the first instruction whose text or input files changed; everything after it runs again. So copy the dependency manifests and install dependencies before copying the rest of the source.\n\n`RUN --mount=type=cache` goes further: it keeps a directory, such as a package manager's download cache, between builds without putting it in the image.",
      ko: '명령어마다 결과가 캐시(cache)됩니다. 다시 빌드하면 글자나 입력 파일이 바뀐 첫 명령어 전까지는 캐시를 쓰고, 그 뒤로는 모두 다시 실행합니다. 그러니 의존성 목록 파일을 먼저 복사해 설치하고, 나머지 소스는 그다음에 복사하십시오.\n\n`RUN --mount=type=cache`는 한 걸음 더 나아가, 패키지 관리자의 다운로드 캐시 같은 디렉터리를 이미지에 넣지 않고 빌드와 빌드 사이에 보존합니다.',
    },
    examples: [
      {
        language: 'dockerfile',
        code: 'COPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .',
      },
    ],
    related: ['image-layers', 'packaging-dependencies'],
    reference: 'https://docs.docker.com/build/cache/',
  },
  'build-secrets': {
    id: 'build-secrets',
    section: 's3-2',
    title: { en: 'Secrets during the build', ko: '빌드 중의 비밀 정보' },
    summary: {
      en: 'Give one build step a password or key without leaving it in the image or its history.',
      ko: '비밀번호나 키를 이미지나 그 이력에 남기지 않고 빌드 단계 하나에만 전달합니다.',
    },
    body: {
      en: "Whatever goes through `ARG`, `ENV`, `COPY` or a file written by `RUN` ends up in the image, its layers or its history, where anyone who can pull the image can read it. For tokens, keys and passwords use **secret mounts** (`RUN --mount=type=secret`) or **SSH mounts** (`RUN --mount=type=ssh`): they exist only while that one `RUN` runs and are never stored.\n\nYou pass them when building: `docker build --secret id=npmrc,src=$HOME/.npmrc .`",
      ko: '`ARG`, `ENV`, `COPY`를 거치거나 `RUN`이 파일로 쓴 것은 모두 이미지나 레이어, 이력(history)에 남고, 이미지를 받을 수 있는 사람은 누구나 읽을 수 있습니다. 토큰, 키, 비밀번호에는 **시크릿 마운트(secret mount)**(`RUN --mount=type=secret`)나 **SSH 마운트**(`RUN --mount=type=ssh`)를 쓰십시오. 그 `RUN` 하나가 실행되는 동안에만 존재하고 저장되지 않습니다.\n\n값은 빌드할 때 넘깁니다: `docker build --secret id=npmrc,src=$HOME/.npmrc .`',
    },
    examples: [
      {
        language: 'dockerfile',
        code: 'RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci',
      },
    ],
    related: ['build-args', 'build-context'],
    reference: 'https://docs.docker.com/build/building/secrets/',
  },
  'build-args': {
    id: 'build-args',
    section: 's3-2',
    title: { en: 'Build arguments (ARG) and variable scope', ko: '빌드 인자(ARG)와 변수의 범위' },
    summary: {
      en: '`ARG` variables exist only while building; each stage must declare the ones it uses.',
      ko: '`ARG` 변수는 빌드하는 동안에만 존재하며, 각 스테이지는 자기가 쓰는 것을 선언해야 합니다.',
    },
    body: {
      en: "`ARG NAME=default` declares a build argument that `docker build --build-arg NAME=value` can override. It is visible from its declaration to the end of its stage, in `$NAME` and `${NAME}`, and it is **not** set in the running container (use `ENV` for that).\n\nAn `ARG` before the first `FROM` is global but usable only in `FROM` lines; to use it inside a stage, declare it again there without a value: `ARG VERSION`.",
      ko: '`ARG NAME=기본값`은 `docker build --build-arg NAME=값`으로 바꿀 수 있는 빌드 인자(build argument)를 선언합니다. 선언한 곳부터 그 스테이지(stage) 끝까지 `$NAME`, `${NAME}`으로 쓸 수 있고, 실행 중인 컨테이너에는 설정되지 **않습니다**(그럴 때는 `ENV`를 씁니다).\n\n첫 `FROM` 앞의 `ARG`는 전역이지만 `FROM` 줄에서만 쓸 수 있습니다. 스테이지 안에서 쓰려면 그 안에서 값 없이 다시 선언하십시오: `ARG VERSION`.',
    },
    examples: [
      {
        language: 'dockerfile',
        code: 'ARG VERSION=3.12\nFROM python:${VERSION}-slim\nARG VERSION\nRUN echo "built for Python $VERSION"',
      },
    ],
    related: ['environment-config', 'build-secrets', 'multi-stage-build'],
    reference: 'https://docs.docker.com/build/building/variables/',
  },
  'environment-config': {
    id: 'environment-config',
    section: 's3-2',
    title: { en: 'Environment variables (ENV)', ko: '환경변수 (ENV)' },
    summary: {
      en: '`ENV` sets variables for the later build steps and for every container started from the image.',
      ko: '`ENV`는 이후 빌드 단계와, 이 이미지로 실행하는 모든 컨테이너에 변수를 설정합니다.',
    },
    body: {
      en: "The notes describe a Dockerfile as recording packages and **environment variable settings**: that is `ENV`. Its values are stored in the image configuration, so later `RUN` steps and the running container both see them; `docker run -e NAME=value` overrides them per container.\n\nDo not put secrets in `ENV`: anyone with the image can read them with `docker image inspect`.",
      ko: '강의 노트는 도커파일을 패키지와 **환경변수(environment variable) 설정**을 기록한 파일이라고 설명합니다. 그 환경변수 설정이 `ENV`입니다. 값이 이미지 설정에 저장되므로 이후의 `RUN`과 실행 중인 컨테이너가 모두 봅니다. 컨테이너마다 `docker run -e NAME=값`으로 바꿀 수 있습니다.\n\n비밀 정보는 `ENV`에 넣지 마십시오. 이미지를 가진 사람은 누구나 `docker image inspect`로 읽을 수 있습니다.',
    },
    related: ['build-args', 'container-runtime', 'build-secrets'],
    reference: 'https://docs.docker.com/build/building/variables/',
  },
  'multi-stage-build': {
    id: 'multi-stage-build',
    section: 's3-2',
    title: { en: 'Multi-stage builds', ko: '멀티 스테이지 빌드' },
    summary: {
      en: 'Several `FROM` stages in one Dockerfile; only the target stage becomes the image.',
      ko: '도커파일 하나에 `FROM` 스테이지가 여럿 있고, 대상(target) 스테이지만 이미지가 됩니다.',
    },
    body: {
      en: "Each `FROM` starts a new **stage**, and `FROM … AS build` names it. A later stage can `COPY --from=build` just the results (a compiled binary, built assets) and leave compilers and sources behind. Only the target stage (the last one, or the one chosen with `docker build --target`) becomes the image; the others exist only during the build.\n\nThe final image is smaller and gives an attacker less to work with.",
      ko: '`FROM`마다 새 **스테이지**(stage)가 시작되고, `FROM … AS build`로 이름을 붙입니다. 뒤 스테이지는 `COPY --from=build`로 결과물(컴파일한 바이너리, 빌드한 에셋)만 가져오고 컴파일러와 소스는 두고 옵니다. 대상 스테이지(마지막 스테이지, 또는 `docker build --target`으로 고른 것)만 이미지가 되고, 나머지는 빌드하는 동안에만 존재합니다.\n\n최종 이미지가 작아지고, 공격자가 이용할 거리도 줄어듭니다.',
    },
    examples: [
      {
        language: 'dockerfile',
        code: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]',
      },
    ],
    related: ['build-context', 'base-image'],
    reference: 'https://docs.docker.com/build/building/multi-stage/',
  },
  'parser-directives': {
    id: 'parser-directives',
    section: 's3-2',
    title: { en: 'Parser directives', ko: '파서 지시어' },
    summary: {
      en: 'Special comments at the very top (`# syntax=`, `# escape=`, `# check=`) that set how the Dockerfile is read.',
      ko: '맨 위의 특별한 주석(`# syntax=`, `# escape=`, `# check=`)으로, 도커파일을 읽는 방식을 정합니다.',
    },
    body: {
      en: "Parser directives look like comments, `# name=value`, and must come before anything else: after the first instruction, ordinary comment or blank line, they are plain comments. They only affect the build and leave nothing in the image.\n\n- `syntax` picks the Dockerfile frontend version;\n- `escape` sets the escape character (`\\` or `` ` ``);\n- `check` configures the build checks.",
      ko: '파서 지시어(parser directive)는 `# name=value` 형태의 주석처럼 생겼고, 다른 어떤 것보다 먼저 와야 합니다. 첫 명령어나 일반 주석, 빈 줄이 나온 뒤에는 그냥 주석입니다. 빌드에만 영향을 주고 이미지에는 아무것도 남기지 않습니다.\n\n- `syntax`: 도커파일 프런트엔드(frontend) 버전을 고릅니다.\n- `escape`: 이스케이프 문자(`\\` 또는 `` ` ``)를 정합니다.\n- `check`: 빌드 검사(build check)를 설정합니다.',
    },
    related: ['dockerfile', 'windows-containers'],
    reference: 'https://docs.docker.com/reference/dockerfile/#parser-directives',
  },
  'shell-and-exec-form': {
    id: 'shell-and-exec-form',
    section: 's3-2',
    title: { en: 'Shell form and exec form', ko: '셸 형식과 exec 형식' },
    summary: {
      en: '`CMD npm start` runs through a shell; `CMD ["npm", "start"]` runs the program directly.',
      ko: '`CMD npm start`는 셸을 거쳐 실행하고, `CMD ["npm", "start"]`는 프로그램을 바로 실행합니다.',
    },
    body: {
      en: "`RUN`, `CMD` and `ENTRYPOINT` take two forms. **Shell form** (`CMD npm start`) runs the text through a shell, `/bin/sh -c` on Linux (changed with `SHELL`), so variables and `&&` work. **Exec form** (`CMD [\"npm\", \"start\"]`, a JSON array with double quotes) runs the program directly, without a shell.\n\nFor `CMD` and `ENTRYPOINT` prefer exec form: the program is then process 1 and receives the signal of `docker stop`; in shell form the shell may not pass it on.",
      ko: '`RUN`, `CMD`, `ENTRYPOINT`는 두 가지 형식을 받습니다. **셸 형식(shell form)**(`CMD npm start`)은 글자를 셸, 리눅스에서는 `/bin/sh -c`(`SHELL`로 바꿀 수 있습니다)로 실행하므로 변수와 `&&`를 쓸 수 있습니다. **exec 형식(exec form)**(`CMD ["npm", "start"]`, 큰따옴표를 쓴 JSON 배열)은 셸 없이 프로그램을 바로 실행합니다.\n\n`CMD`와 `ENTRYPOINT`에는 exec 형식을 권합니다. 그래야 프로그램이 1번 프로세스가 되어 `docker stop`의 시그널을 받습니다. 셸 형식에서는 셸이 시그널을 전달하지 않을 수 있습니다.',
    },
    related: ['container-runtime', 'windows-containers'],
    reference: 'https://docs.docker.com/reference/dockerfile/#shell-and-exec-form',
  },
  'container-runtime': {
    id: 'container-runtime',
    section: 's3-2',
    title: { en: 'The container: what runs when the image is started', ko: '도커컨테이너: 이미지를 실행하면 돌아가는 것' },
    summary: {
      en: 'Settings the image keeps for `docker run`: the command, user, directory, ports, volumes, health check, stop signal.',
      ko: '이미지가 `docker run`을 위해 보관하는 설정값입니다. 명령, 사용자, 디렉터리, 포트, 볼륨, 헬스체크, 종료 시그널이 있습니다.',
    },
    body: {
      en: "When a container starts, the programs and data set up in the image are connected to real computing resources. What runs comes from settings stored in the image: `ENTRYPOINT` and `CMD` (the process), `USER` and `WORKDIR` (as whom, and where), `ENV`, `EXPOSE` (documented ports), `VOLUME` (data kept outside the container), `HEALTHCHECK` and `STOPSIGNAL`.\n\nNone of these run during `docker build`; they take effect at `docker run`, which can override most of them (`--user`, `-e`, `--entrypoint`, or a command after the image name).",
      ko: '컨테이너를 실행하면 이미지에 설정된 프로그램과 데이터가 실제 컴퓨팅 자원과 연결됩니다. 무엇이 실행되는지는 이미지에 저장된 설정값이 정합니다. `ENTRYPOINT`와 `CMD`(프로세스), `USER`와 `WORKDIR`(누구로, 어디서), `ENV`, `EXPOSE`(문서화된 포트), `VOLUME`(컨테이너 밖에 보관하는 데이터), `HEALTHCHECK`, `STOPSIGNAL`입니다.\n\n이 값들은 `docker build` 중에는 실행되지 않고 `docker run`에서 효력이 생기며, 대부분 `docker run`에서 바꿀 수 있습니다(`--user`, `-e`, `--entrypoint`, 이미지 이름 뒤의 명령).',
    },
    examples: [{ language: 'shell', code: 'docker run --rm -p 8080:8080 -e LOG_LEVEL=debug myapp:1.0' }],
    related: ['one-image-many-containers', 'shell-and-exec-form', 'root-user', 'image-metadata'],
    reference: 'https://docs.docker.com/get-started/docker-concepts/the-basics/what-is-a-container/',
  },
  'one-image-many-containers': {
    id: 'one-image-many-containers',
    section: 's3-2',
    title: { en: 'One image, many containers', ko: '이미지 하나, 컨테이너 여럿' },
    summary: {
      en: 'One image can start any number of containers; whatever they do, the image stays the same.',
      ko: '이미지 하나로 컨테이너를 몇 개든 실행할 수 있으며, 컨테이너가 무엇을 하든 이미지는 그대로입니다.',
    },
    body: {
      en: "Containers are created from an image much as processes are started from a program. Each container gets its own thin writable layer; changes made inside one container stay in that container and never alter the image. Remove the container and its changes are gone, unless they were written to a volume.\n\nSo setting up a server means pulling a prepared image and creating a container from it, and scaling out means starting more containers from the same image.",
      ko: '컨테이너는 프로그램에서 프로세스를 띄우듯 이미지에서 만들어집니다. 컨테이너마다 얇은 쓰기 가능 레이어를 따로 가지므로, 한 컨테이너 안에서 바꾼 것은 그 컨테이너에만 남고 이미지는 바뀌지 않습니다. 컨테이너를 지우면 볼륨(volume)에 쓴 것이 아닌 한 변경 사항도 사라집니다.\n\n그래서 서버를 준비하려면 미리 만든 이미지를 받아 컨테이너만 만들면 되고, 규모를 늘리려면 같은 이미지로 컨테이너를 더 실행하면 됩니다.',
    },
    examples: [{ language: 'shell', code: 'docker run -d --name web1 nginx:1.27\ndocker run -d --name web2 nginx:1.27' }],
    related: ['image-immutable', 'container-runtime', 'docker-at-scale'],
  },
  'docker-at-scale': {
    id: 'docker-at-scale',
    section: 's3-scale',
    title: { en: 'Containers at scale', ko: '대규모 서비스의 컨테이너' },
    summary: {
      en: 'Large services deploy with containers, spread over many machines by an orchestrator.',
      ko: '대규모 서비스는 컨테이너로 배포하고, 오케스트레이터가 여러 컴퓨터에 나눠 배치합니다.',
    },
    body: {
      en: "For services run at large scale, deploying with containers has become the norm: the same image is started on many machines, a new version is deployed by replacing containers with ones from a new image, and failed containers are restarted automatically. Orchestrators such as Kubernetes decide where each container runs.\n\nA well-known figure: in **2014** Google said it started over 2 billion containers per week. It is a 2014 figure, and those containers ran on Google's own container system (Borg), not on Docker.",
      ko: '대규모로 운영하는 서비스에서는 컨테이너를 통한 배포가 일반화되었습니다. 같은 이미지를 여러 컴퓨터에서 실행하고, 새 버전은 새 이미지의 컨테이너로 바꿔 끼워 배포하며, 실패한 컨테이너는 자동으로 다시 시작합니다. 쿠버네티스(Kubernetes) 같은 오케스트레이터(orchestrator)가 각 컨테이너를 어디서 실행할지 정합니다.\n\n잘 알려진 수치로, 구글은 **2014년**에 매주 20억 개가 넘는 컨테이너를 시작한다고 밝혔습니다. 이는 2014년 기준 수치이며, 그 컨테이너는 도커가 아니라 구글 자체의 컨테이너 시스템(Borg)에서 실행되었습니다.',
    },
    related: ['one-image-many-containers', 'ci-cd'],
    reference: 'https://kubernetes.io/docs/concepts/overview/',
  },
};

/** Every concept id, in the order of the table (notes order). */
export const CONCEPT_IDS = Object.keys(CONCEPTS) as ConceptId[];

export function isConceptId(value: string): value is ConceptId {
  return Object.prototype.hasOwnProperty.call(CONCEPTS, value);
}
