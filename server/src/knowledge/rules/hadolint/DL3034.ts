import type { RuleText } from '../types';

export const DL3034: RuleText = {
  title: { en: 'Run `zypper` non-interactively', ko: '`zypper`를 비대화형으로 실행하기' },
  messages: {
    default: {
      en: 'Non-interactive switch missing from `zypper`: use `zypper --non-interactive install <package>` (or `install -y`).',
      ko: '`zypper`에 비대화형 옵션이 없습니다: `zypper --non-interactive install <패키지>`(또는 `install -y`)를 쓰십시오.',
    },
  },
  why: {
    en: 'A build runs without a terminal: nobody can answer the "Is this ok [y/N]" prompt. Without the yes switch the package manager waits, reads end of input and aborts, and the `RUN` (and with it the image build) fails, or behaves differently between versions of the tool. The Dockerfile must describe the image completely, so every command in it has to run unattended.',
    ko: '빌드는 터미널 없이 실행되므로 "Is this ok [y/N]" 같은 질문에 아무도 답할 수 없습니다. 자동 승인 옵션이 없으면 패키지 관리자가 입력을 기다리다 중단되고, 그 `RUN`과 함께 도커이미지 빌드가 실패하거나 도구 버전에 따라 다르게 동작합니다. 도커파일은 이미지를 빠짐없이 기술해야 하므로, 그 안의 모든 명령은 사람의 입력 없이 실행되어야 합니다.',
  },
  bad: 'RUN zypper install nginx',
  good: 'RUN zypper --non-interactive install nginx=1.21.* && zypper clean --all',
  fix: {
    en: 'Add `--non-interactive` (`-n`) before the subcommand, or `-y` after it.',
    ko: '하위 명령 앞에 `--non-interactive`(`-n`)를, 또는 뒤에 `-y`를 붙이십시오.',
  },
  fixes: {
    addNonInteractive: { en: 'Add `--non-interactive`', ko: '`--non-interactive` 추가하기' },
  },
};
