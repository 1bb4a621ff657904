/**
 * Labels of the Explain panel's webview (headings, buttons, ARIA labels). `{name}` placeholders are
 * filled by the panel with values; a missing language does not compile.
 */
import type { Localized } from '../../../../common/src/protocol';

const ui = {
  // frame
  appLabel: { en: 'Dockerfile Tutor: Explain', ko: 'Dockerfile Tutor: 설명' },
  tabsLabel: { en: 'Views', ko: '보기' },
  tabLifecycle: { en: 'Dockerfile → image → container', ko: '도커파일 → 이미지 → 컨테이너' },
  tabModels: { en: 'Service models', ko: '클라우드 서비스 모델' },
  fileHeading: { en: 'Explaining {file}', ko: '{file} 설명' },
  noDocument: {
    en: 'Open a Dockerfile and run **Dockerfile Tutor: Explain** to see its stages, layers and container here.',
    ko: '도커파일을 열고 **Dockerfile Tutor: Explain**을 실행하면 스테이지, 레이어, 컨테이너를 여기서 볼 수 있습니다.',
  },
  waiting: { en: 'Analysing the Dockerfile…', ko: '도커파일을 분석하는 중입니다…' },
  errorHeading: { en: 'The analysis is not available', ko: '분석 결과를 가져오지 못했습니다' },
  parseErrorsHeading: { en: '`docker build` would reject this file', ko: '`docker build`가 이 파일을 거부합니다' },
  notesLink: { en: 'Course notes: {heading}', ko: '강의 노트: {heading}' },
  lineLabel: { en: 'line {line}', ko: '{line}행' },
  revealLabel: { en: 'Show line {line} in the editor', ko: '편집기에서 {line}행 보기' },

  // pipeline
  pipelineHeading: { en: 'Build stages', ko: '빌드 스테이지' },
  stageTitle: { en: 'Stage {index}', ko: '스테이지 {index}' },
  stageFromImage: { en: 'starts from the image {image}', ko: '{image} 이미지에서 시작' },
  stageFromStage: { en: 'builds on stage {stage}', ko: '스테이지 {stage} 위에 빌드' },
  stageFromScratch: { en: 'starts from an empty image (`scratch`)', ko: '빈 이미지(`scratch`)에서 시작' },
  stagePlatform: { en: 'platform {platform}', ko: '플랫폼 {platform}' },
  stageImplicitLatest: { en: 'no tag: Docker pulls `latest`, which changes over time', ko: '태그 없음: 도커가 시간이 지나면 바뀌는 `latest`를 받습니다' },
  stageCopiesFromStage: { en: 'takes files from stage {stage} (line {line})', ko: '스테이지 {stage}에서 파일을 가져옴 ({line}행)' },
  stageCopiesFromImage: { en: 'takes files from the image {image} (line {line})', ko: '{image} 이미지에서 파일을 가져옴 ({line}행)' },
  stageTarget: { en: 'Final image', ko: '최종 이미지' },
  stageInImage: { en: 'In the final image (the target builds on it)', ko: '최종 이미지에 포함 (타깃이 이 스테이지 위에 빌드됨)' },
  stageLeftBehind: { en: 'Left behind: not in the final image', ko: '버려짐: 최종 이미지에 없음' },
  globalArgsHeading: { en: 'Build arguments before the first FROM', ko: '첫 FROM 앞의 빌드 인자' },
  directivesHeading: { en: 'Parser directives', ko: '파서 지시어' },

  // image
  imageHeading: { en: 'The image: layers and configuration', ko: '이미지: 레이어와 설정값' },
  layersHeading: { en: 'Layers (bottom to top)', ko: '레이어 (아래에서 위로)' },
  baseLayers: { en: 'Layers of the base image {image}', ko: '베이스 이미지 {image}의 레이어' },
  scratchBase: { en: 'Empty base (`scratch`): no layers below', ko: '빈 베이스(`scratch`): 아래에 레이어 없음' },
  noLayers: { en: 'This stage adds no layers.', ko: '이 스테이지는 레이어를 더하지 않습니다.' },
  fromStageLabel: { en: 'from stage {stage}', ko: '스테이지 {stage}에서' },
  configHeading: { en: 'Image configuration (no layer)', ko: '이미지 설정값 (레이어 아님)' },
  noConfig: { en: 'No configuration instructions.', ko: '설정값 명령이 없습니다.' },
  buildOnlyHeading: { en: 'Build only: gone from the final image', ko: '빌드 전용: 최종 이미지에 없음' },
  mountsBuildOnly: { en: '`--mount` {types}: present only while this RUN runs', ko: '`--mount` {types}: 이 RUN이 실행되는 동안에만 있음' },
  stageLeftBehindItem: { en: 'Stage {stage} and all its layers', ko: '스테이지 {stage}와 그 모든 레이어' },

  // containers
  runHeading: { en: 'From image to containers', ko: '이미지에서 컨테이너로' },
  imageBoxTag: { en: 'tag {image}', ko: '태그 {image}' },
  readOnlyLayers: { en: 'read-only layers', ko: '읽기 전용 레이어' },
  containerName: { en: 'container {n}', ko: '컨테이너 {n}' },
  writableLayer: { en: 'own writable layer', ko: '자기만의 쓰기 가능 레이어' },
  buildArrow: { en: 'docker build', ko: 'docker build' },
  runArrow: { en: 'docker run', ko: 'docker run' },

  // life
  lifeHeading: { en: 'The container’s life', ko: '컨테이너의 일생' },
  processLabel: { en: 'Command line of the process (PID 1)', ko: '프로세스(PID 1)의 명령줄' },
  argvLabel: { en: 'as an argument list', ko: '인자 목록으로' },
  entrypointForm: { en: '`ENTRYPOINT` in {form}', ko: '`ENTRYPOINT`: {form}' },
  cmdForm: { en: '`CMD` in {form}', ko: '`CMD`: {form}' },
  noHealthcheck: { en: 'No `HEALTHCHECK`: Docker reports no health status.', ko: '`HEALTHCHECK`가 없어서 도커가 상태를 보고하지 않습니다.' },
  healthcheckDisabled: { en: '`HEALTHCHECK NONE`: the base image’s check is switched off.', ko: '`HEALTHCHECK NONE`: 베이스 이미지의 검사를 끕니다.' },
  healthcheckTest: { en: 'Check: {test}', ko: '검사: {test}' },
  defaultSignal: { en: 'SIGTERM, the default', ko: '기본값 SIGTERM' },

  // runtime settings
  runtimeHeading: { en: 'What `docker run` gets from this image', ko: '`docker run`이 이 이미지에서 받는 것' },
  userLabel: { en: 'User', ko: '사용자' },
  rootDefault: { en: '`root` (no USER)', ko: '`root` (USER 없음)' },
  workdirLabel: { en: 'Working directory', ko: '작업 디렉터리' },
  envLabel: { en: 'Environment', ko: '환경 변수' },
  portsLabel: { en: 'Exposed ports', ko: '노출된 포트' },
  volumesLabel: { en: 'Volumes', ko: '볼륨' },
  labelsLabel: { en: 'Labels', ko: '레이블' },
  none: { en: 'none', ko: '없음' },

  // registry and commands
  registryHeading: { en: 'Where images live', ko: '이미지가 있는 곳' },
  commandsHeading: { en: 'Try it', ko: '직접 해 보기' },
  commandBuild: { en: 'Build the image', ko: '이미지 빌드' },
  commandRun: { en: 'Start a container', ko: '컨테이너 실행' },
  commandHistory: { en: 'List its layers', ko: '레이어 목록 보기' },
  copy: { en: 'Copy', ko: '복사' },
  copyLabel: { en: 'Copy the command: {command}', ko: '명령 복사: {command}' },
  copied: { en: 'Copied', ko: '복사했습니다' },

  // findings
  findingsHeading: { en: 'Findings', ko: '검사 결과' },
  lesson: { en: 'Lesson', ko: '설명 보기' },
  lessonLabel: { en: 'Open the lesson for {code}', ko: '{code} 설명 열기' },
  severity_error: { en: 'error', ko: '오류' },
  severity_warning: { en: 'warning', ko: '경고' },
  severity_info: { en: 'info', ko: '정보' },
  severity_style: { en: 'style', ko: '스타일' },

  // service models
  deploymentHeading: { en: 'From one OS to containers', ko: '하나의 OS에서 컨테이너까지' },
  isolatesLabel: { en: 'Isolates', ko: '격리하는 것' },
  costsLabel: { en: 'Costs', ko: '대가' },
  responsibilityHeading: { en: 'Who manages what', ko: '누가 무엇을 관리하는가' },
  responsibilityCaption: {
    en: 'Who manages each layer in each model, from on-premise to SaaS',
    ko: '온프레미스부터 SaaS까지 모델별로 각 계층을 누가 관리하는지',
  },
  layerColumn: { en: 'Layer', ko: '계층' },
  managedByYou: { en: 'You', ko: '사용자' },
  managedByProvider: { en: 'Provider', ko: '제공자' },
  examplesLabel: { en: 'Examples: {examples}', ko: '예시: {examples}' },
  whereHeading: { en: 'Where this image could run', ko: '이 이미지를 실행할 수 있는 곳' },
  whereNoImage: { en: 'Open a Dockerfile to see the commands for its image.', ko: '도커파일을 열면 그 이미지를 위한 명령을 볼 수 있습니다.' },
  youManageLabel: { en: 'You still manage', ko: '여전히 직접 관리하는 것' },
  nextHeading: { en: 'What comes next', ko: '다음 단계' },

  // quiz
  quizProgress: { en: '{correct} of {total} answered correctly', ko: '{total}문제 중 {correct}문제 정답' },
  quizCorrect: { en: 'Correct.', ko: '정답입니다.' },
  quizWrong: { en: 'Not quite.', ko: '아쉽지만 틀렸습니다.' },
  quizReset: { en: 'Start over', ko: '처음부터 다시' },
  quizQuestion: { en: 'Question {n}', ko: '문제 {n}' },
} as const satisfies Readonly<Record<string, Localized>>;

export type UiKey = keyof typeof ui;

export const PANEL_UI: Readonly<Record<UiKey, Localized>> = ui;
