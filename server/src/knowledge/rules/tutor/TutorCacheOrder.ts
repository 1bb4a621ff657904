import type { RuleText } from '../types';

export const TutorCacheOrder: RuleText = {
  title: { en: 'Install dependencies before copying the whole source', ko: '소스 전체를 복사하기 전에 의존성 설치하기' },
  messages: {
    default: {
      en: '`{command}` runs after `{copy}` (line {line}) copied the whole build context: every source change re-runs this install. Copy the dependency files first, install, then copy the rest.',
      ko: '`{copy}`({line}번째 줄)가 빌드 컨텍스트 전체를 복사한 뒤에 `{command}`가 실행되므로, 소스를 하나만 바꿔도 이 설치가 매번 다시 실행됩니다. 의존성 목록 파일을 먼저 복사해 설치하고, 나머지는 그다음에 복사하십시오.',
    },
  },
  why: {
    en: 'Docker reuses the cached result of each instruction until the first one whose text or input files changed, and runs everything after it again. `COPY . .` takes every file of the build context as input, so editing any source file invalidates it, and the dependency install that follows downloads and builds everything again, although the dependency list did not change. Copying only the manifest and lock file first keeps the install layer cached until the dependencies themselves change.',
    ko: '도커는 글자나 입력 파일이 바뀐 첫 명령어 전까지는 캐시된 결과를 다시 쓰고, 그 뒤로는 모두 다시 실행합니다. `COPY . .`는 빌드 컨텍스트의 모든 파일을 입력으로 삼으므로 소스 파일 하나만 고쳐도 캐시가 깨지고, 뒤따르는 의존성 설치는 의존성 목록이 그대로인데도 전부 다시 내려받고 빌드합니다. 의존성 목록 파일과 잠금 파일만 먼저 복사하면, 의존성이 실제로 바뀌기 전까지는 설치 레이어가 캐시에 남습니다.',
  },
  bad: 'WORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["node", "server.js"]',
  good: 'WORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nCMD ["node", "server.js"]',
  fix: {
    en: 'Before `COPY . .`, copy only the files the install reads (`package.json` and `package-lock.json`, `requirements.txt`, `Gemfile` and `Gemfile.lock`, `go.mod` and `go.sum`, …) and run the install there; or mount them for that RUN only with `RUN --mount=type=bind,source=…,target=…`.',
    ko: '`COPY . .`보다 앞에서 설치가 읽는 파일(`package.json`과 `package-lock.json`, `requirements.txt`, `Gemfile`과 `Gemfile.lock`, `go.mod`와 `go.sum` 등)만 복사해 설치를 실행하십시오. 또는 `RUN --mount=type=bind,source=…,target=…`로 그 RUN에만 마운트하십시오.',
  },
};
