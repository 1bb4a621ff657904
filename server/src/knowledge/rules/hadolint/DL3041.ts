import type { RuleText } from '../types';

export const DL3041: RuleText = {
  title: { en: 'Pin dnf package versions', ko: 'dnf 패키지 버전 고정하기' },
  messages: {
    default: {
      en: 'Specify a version for `{package}`: `{command} install -y <package>-<version>`.',
      ko: '`{package}`의 버전을 지정하십시오: `{command} install -y <패키지>-<버전>`.',
    },
    module: {
      en: 'Specify a stream for the module `{package}`: `{command} module install -y <module>:<stream>`.',
      ko: '모듈 `{package}`의 스트림을 지정하십시오: `{command} module install -y <모듈>:<스트림>`.',
    },
  },
  why: {
    en: 'The same Dockerfile should build the same image. A package without a version installs whatever the repository offers on the day of the build, so a rebuild months later can bring a different version, with other bugs or breaking changes, into an image you thought you knew. Pinning the version makes the dependency part of the recipe.',
    ko: '같은 도커파일은 같은 도커이미지를 만들어야 합니다. 버전 없이 설치한 패키지는 빌드하는 날 저장소에 있는 버전이 들어오므로, 몇 달 뒤 다시 빌드하면 다른 버전이 다른 버그나 호환성 문제와 함께 들어올 수 있습니다. 버전을 고정하면 종속성이 레시피의 일부가 됩니다.',
  },
  bad: 'RUN dnf install -y httpd && dnf clean all',
  good: 'RUN dnf install -y httpd-2.4.57 && dnf clean all',
  fix: {
    en: 'Append the version to the package name (`httpd-2.4.57`), or a stream to a module (`nodejs:18`).',
    ko: '패키지 이름 뒤에 버전을(`httpd-2.4.57`), 모듈에는 스트림을(`nodejs:18`) 붙이십시오.',
  },
};
