/**
 * "Check yourself" quizzes, one per view. Question ids are stored in the user's progress: never
 * rename one (add a new question instead).
 */
import type { PanelView } from '../../../../common/src/panelMessages';
import type { Quiz } from './types';

export const QUIZZES: Readonly<Record<PanelView, Quiz>> = {
  lifecycle: {
    title: { en: 'Check yourself: image and container', ko: '확인 문제: 이미지와 컨테이너' },
    questions: [
      {
        id: 'lifecycle.layer',
        prompt: { en: 'Which instruction adds a filesystem layer to the image?', ko: '이미지에 파일시스템 레이어를 더하는 명령은 무엇입니까?' },
        choices: [
          { en: '`ENV`', ko: '`ENV`' },
          { en: '`COPY`', ko: '`COPY`' },
          { en: '`EXPOSE`', ko: '`EXPOSE`' },
          { en: '`ARG`', ko: '`ARG`' },
        ],
        answer: 1,
        explanation: {
          en: '`RUN`, `COPY` and `ADD` add layers. `ENV` and `EXPOSE` are stored in the image configuration, and `ARG` exists only while building.',
          ko: '레이어를 더하는 것은 `RUN`, `COPY`, `ADD`입니다. `ENV`와 `EXPOSE`는 이미지 설정값으로 저장되고, `ARG`는 빌드하는 동안에만 있습니다.',
        },
        section: 's3-2',
      },
      {
        id: 'lifecycle.expose',
        prompt: { en: 'What does `EXPOSE 8080` do?', ko: '`EXPOSE 8080`은 무엇을 합니까?' },
        choices: [
          { en: 'Publishes port 8080 on the host', ko: '호스트의 8080 포트를 공개합니다' },
          { en: 'Documents that the program listens on 8080; `docker run -p` publishes it', ko: '프로그램이 8080에서 기다린다고 적어 둡니다. 공개는 `docker run -p`가 합니다' },
          { en: 'Makes the program listen on 8080', ko: '프로그램이 8080에서 기다리게 만듭니다' },
        ],
        answer: 1,
        explanation: {
          en: '`EXPOSE` is documentation stored in the image. The program chooses its own port, and only `-p 8080:8080` (or `-P`) makes it reachable from outside.',
          ko: '`EXPOSE`는 이미지에 저장되는 문서입니다. 포트는 프로그램이 스스로 정하고, `-p 8080:8080`(또는 `-P`)을 줘야 바깥에서 접속할 수 있습니다.',
        },
        section: 's3-2',
      },
      {
        id: 'lifecycle.writable-layer',
        prompt: {
          en: 'Three containers run from one image, and one of them writes a file. Where does the file go?',
          ko: '하나의 이미지로 컨테이너 세 개를 실행했고, 그중 하나가 파일을 씁니다. 파일은 어디에 저장됩니까?',
        },
        choices: [
          { en: 'Into the image, so all three see it', ko: '이미지에 저장되어 세 컨테이너 모두 봅니다' },
          { en: 'Into that container’s own writable layer', ko: '그 컨테이너만의 쓰기 가능 레이어에 저장됩니다' },
          { en: 'Nowhere: containers cannot write files', ko: '어디에도 저장되지 않습니다. 컨테이너는 파일을 쓸 수 없습니다' },
        ],
        answer: 1,
        explanation: {
          en: 'The image is immutable. Each container has its own writable layer on top of the shared read-only image layers.',
          ko: '이미지는 불변입니다. 컨테이너마다 공유되는 읽기 전용 이미지 레이어 위에 자신의 쓰기 가능 레이어를 가집니다.',
        },
        section: 's3-2',
      },
      {
        id: 'lifecycle.docker-rm',
        prompt: { en: 'After `docker rm`, what is still there?', ko: '`docker rm` 뒤에도 남아 있는 것은 무엇입니까?' },
        choices: [
          { en: 'Files written into the container’s writable layer', ko: '컨테이너의 쓰기 가능 레이어에 쓴 파일' },
          { en: 'Data in a named volume, and the image', ko: '이름 있는 볼륨의 데이터와 이미지' },
          { en: 'Nothing at all, not even the image', ko: '아무것도 없습니다. 이미지도 지워집니다' },
        ],
        answer: 1,
        explanation: {
          en: '`docker rm` deletes the container with its writable layer. Named volumes and the image stay.',
          ko: '`docker rm`은 컨테이너를 쓰기 가능 레이어와 함께 지웁니다. 이름 있는 볼륨과 이미지는 남습니다.',
        },
        section: 's3-2',
      },
      {
        id: 'lifecycle.multi-stage',
        prompt: {
          en: 'In a multi-stage build, what reaches the final image from a builder stage?',
          ko: '멀티 스테이지 빌드에서 빌더 스테이지의 무엇이 최종 이미지에 들어갑니까?',
        },
        choices: [
          { en: 'All its layers', ko: '빌더 스테이지의 모든 레이어' },
          { en: 'Only the files copied out with `COPY --from`', ko: '`COPY --from`으로 복사한 파일만' },
          { en: 'Its `ENV` settings', ko: '빌더 스테이지의 `ENV` 설정' },
        ],
        answer: 1,
        explanation: {
          en: 'Stages other than the target are left behind; only what `COPY --from` takes from them reaches the image. That is why compilers and build tools can stay out of it.',
          ko: '타깃이 아닌 스테이지는 버려지고 `COPY --from`으로 가져온 것만 이미지에 들어갑니다. 그래서 컴파일러와 빌드 도구를 최종 이미지에서 뺄 수 있습니다.',
        },
        section: 's3-2',
      },
      {
        id: 'lifecycle.arg-runtime',
        prompt: { en: 'Does the running container see a value set with `ARG`?', ko: '`ARG`로 정한 값을 실행 중인 컨테이너가 볼 수 있습니까?' },
        choices: [
          { en: 'Yes, as an environment variable', ko: '예, 환경 변수로 보입니다' },
          { en: 'No: `ARG` exists only while building; use `ENV` for the container', ko: '아니요. `ARG`는 빌드 중에만 있습니다. 컨테이너용 값은 `ENV`로 정합니다' },
        ],
        answer: 1,
        explanation: {
          en: '`ARG` is build-only. `ENV` is stored in the image configuration and set in every container.',
          ko: '`ARG`는 빌드 전용입니다. `ENV`는 이미지 설정값으로 저장되어 모든 컨테이너에 설정됩니다.',
        },
        section: 's3-2',
      },
      {
        id: 'lifecycle.shell-form',
        prompt: {
          en: 'With `CMD node server.js` (shell form), which process is PID 1 in the container?',
          ko: '`CMD node server.js`(셸 형식)일 때 컨테이너의 PID 1은 어떤 프로세스입니까?',
        },
        choices: [
          { en: '`node`', ko: '`node`' },
          { en: '`/bin/sh -c`, which starts `node`', ko: '`node`를 실행하는 `/bin/sh -c`' },
        ],
        answer: 1,
        explanation: {
          en: 'Shell form is wrapped in `/bin/sh -c`, so the shell is PID 1 and may not forward `docker stop`’s signal. `CMD ["node", "server.js"]` makes `node` PID 1.',
          ko: '셸 형식은 `/bin/sh -c`로 감싸지므로 셸이 PID 1이 되어 `docker stop`의 시그널을 전달하지 않을 수 있습니다. `CMD ["node", "server.js"]`로 쓰면 `node`가 PID 1이 됩니다.',
        },
        section: 's3-2',
      },
    ],
  },
  models: {
    title: { en: 'Check yourself: service models', ko: '확인 문제: 클라우드 서비스 모델' },
    questions: [
      {
        id: 'models.classify-ec2',
        prompt: { en: 'AWS EC2 rents you virtual machines. Which model is it?', ko: 'AWS EC2는 가상머신을 빌려줍니다. 어떤 모델입니까?' },
        choices: [{ en: 'IaaS', ko: 'IaaS' }, { en: 'PaaS', ko: 'PaaS' }, { en: 'SaaS', ko: 'SaaS' }],
        answer: 0,
        explanation: {
          en: 'IaaS: you get infrastructure and install and manage the OS and software yourself.',
          ko: 'IaaS입니다. 인프라를 받고 OS와 소프트웨어는 직접 설치하고 관리합니다.',
        },
        section: 's2-iaas',
      },
      {
        id: 'models.classify-heroku',
        prompt: { en: 'On Heroku you push your app and the platform runs it. Which model is it?', ko: 'Heroku에서는 앱을 올리면 플랫폼이 실행해 줍니다. 어떤 모델입니까?' },
        choices: [{ en: 'IaaS', ko: 'IaaS' }, { en: 'PaaS', ko: 'PaaS' }, { en: 'SaaS', ko: 'SaaS' }],
        answer: 1,
        explanation: {
          en: 'PaaS: you focus on the application; the platform manages the runtime, OS and servers, with monitoring and CI/CD.',
          ko: 'PaaS입니다. 사용자는 애플리케이션에 집중하고, 런타임, OS, 서버는 플랫폼이 모니터링, CI/CD와 함께 관리합니다.',
        },
        section: 's2-paas',
      },
      {
        id: 'models.classify-docs',
        prompt: { en: 'Google Docs: you open it in the browser and write. Which model is it?', ko: 'Google Docs는 브라우저에서 열어 바로 글을 씁니다. 어떤 모델입니까?' },
        choices: [{ en: 'IaaS', ko: 'IaaS' }, { en: 'PaaS', ko: 'PaaS' }, { en: 'SaaS', ko: 'SaaS' }],
        answer: 2,
        explanation: {
          en: 'SaaS: complete software delivered as a service, ready to use.',
          ko: 'SaaS입니다. 완성된 소프트웨어를 서비스로 제공해서 바로 사용할 수 있습니다.',
        },
        section: 's2-saas',
      },
      {
        id: 'models.iaas-os',
        prompt: { en: 'On IaaS, who installs updates of the operating system?', ko: 'IaaS에서 운영체제 업데이트는 누가 설치합니까?' },
        choices: [{ en: 'You', ko: '사용자' }, { en: 'The provider', ko: '클라우드 제공자' }],
        answer: 0,
        explanation: {
          en: 'The provider runs the hardware, storage, network and virtualization; the OS and everything above it are yours.',
          ko: '제공자는 하드웨어, 스토리지, 네트워크, 가상화를 맡고, OS부터 위쪽은 사용자의 몫입니다.',
        },
        section: 's2-iaas',
      },
      {
        id: 'models.shared-kernel',
        prompt: { en: 'What do containers on one host share that virtual machines do not?', ko: '한 호스트의 컨테이너들이 공유하지만 가상머신은 공유하지 않는 것은 무엇입니까?' },
        choices: [
          { en: 'The operating system kernel', ko: '운영체제 커널' },
          { en: 'Their application code', ko: '애플리케이션 코드' },
          { en: 'A hypervisor inside each container', ko: '컨테이너마다 들어 있는 하이퍼바이저' },
        ],
        answer: 0,
        explanation: {
          en: 'Each VM boots its own guest OS on the hypervisor; containers share the host’s kernel, which makes them light and fast, and a kernel problem affects all of them.',
          ko: '가상머신은 하이퍼바이저 위에서 각자 게스트 OS를 부팅하고, 컨테이너는 호스트의 커널을 공유합니다. 그래서 가볍고 빠르지만, OS에 문제가 생기면 모두 영향을 받습니다.',
        },
        section: 's3-1',
      },
      {
        id: 'models.on-premise',
        prompt: { en: 'A company runs its services in its own data center (IDC). This is…', ko: '회사가 자체 데이터 센터(IDC)에서 서비스를 운영합니다. 이것은…' },
        choices: [{ en: 'On-premise', ko: '온프레미스' }, { en: 'Off-premise', ko: '오프프레미스' }],
        answer: 0,
        explanation: {
          en: 'On-premise: the company manages the infrastructure in its own facility, like the notes’ NAVER data center.',
          ko: '온프레미스입니다. 노트의 네이버 데이터 센터처럼 자체 시설에서 인프라를 직접 관리합니다.',
        },
        section: 's1-3',
      },
      {
        id: 'models.portability',
        prompt: {
          en: 'According to the notes, which model gives more flexibility and portability, at the cost of operating efficiency?',
          ko: '노트에 따르면 운영 효율을 희생하는 대신 유연성과 이식성이 더 높은 모델은 무엇입니까?',
        },
        choices: [{ en: 'IaaS', ko: 'IaaS' }, { en: 'PaaS', ko: 'PaaS' }],
        answer: 0,
        explanation: {
          en: 'IaaS is not tied to a platform, so it is flexible and portable but less efficient to operate; PaaS is the other way round.',
          ko: 'IaaS는 플랫폼에 종속되지 않아 유연성과 이식성이 높지만 운영 효율이 낮고, PaaS는 그 반대입니다.',
        },
        section: 's2',
      },
    ],
  },
};
