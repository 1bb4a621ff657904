import type { RuleText } from '../types';

export const DL3038: RuleText = {
  title: { en: 'Use `dnf install -y`', ko: '`dnf install -y` 사용하기' },
  messages: {
    default: {
      en: 'Use the `-y` switch to avoid manual input: `{command} install -y <package>`.',
      ko: '수동 입력을 피하려면 `-y` 옵션을 쓰십시오: `{command} install -y <패키지>`.',
    },
  },
  why: {
    en: 'A build runs without a terminal: nobody can answer the "Is this ok [y/N]" prompt. Without the yes switch the package manager waits, reads end of input and aborts, and the `RUN` (and with it the image build) fails, or behaves differently between versions of the tool. The Dockerfile must describe the image completely, so every command in it has to run unattended.',
    ko: '빌드는 터미널 없이 실행되므로 "Is this ok [y/N]" 같은 질문에 아무도 답할 수 없습니다. 자동 승인 옵션이 없으면 패키지 관리자가 입력을 기다리다 중단되고, 그 `RUN`과 함께 도커이미지 빌드가 실패하거나 도구 버전에 따라 다르게 동작합니다. 도커파일은 이미지를 빠짐없이 기술해야 하므로, 그 안의 모든 명령은 사람의 입력 없이 실행되어야 합니다.',
  },
  bad: 'RUN dnf install httpd',
  good: 'RUN dnf install -y httpd && dnf clean all',
  fix: {
    en: 'Add `-y` (or `--assumeyes`) to the `dnf`/`microdnf` install command.',
    ko: '`dnf`/`microdnf` 설치 명령에 `-y`(또는 `--assumeyes`)를 붙이십시오.',
  },
  fixes: {
    addYes: { en: 'Add `-y`', ko: '`-y` 추가하기' },
  },
};
