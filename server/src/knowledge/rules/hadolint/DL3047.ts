import type { RuleText } from '../types';

export const DL3047: RuleText = {
  title: { en: 'Keep wget\'s progress output short', ko: 'wget 진행 표시를 짧게 하기' },
  messages: {
    default: {
      en: '`wget` without a progress setting floods the build log: use `wget --progress=dot:giga <url>`, or `-q`/`-nv`.',
      ko: '진행 표시 설정 없는 `wget`은 빌드 로그를 가득 채웁니다: `wget --progress=dot:giga <url>` 또는 `-q`/`-nv`를 쓰십시오.',
    },
  },
  why: {
    en: 'The build output is not a terminal, so wget falls back to printing a line of dots for every few kilobytes. Downloading a large file can write megabytes into the build log, hiding the lines that matter when the build fails.',
    ko: '빌드 출력은 터미널이 아니므로 wget은 몇 KB마다 점을 한 줄씩 출력합니다. 큰 파일을 받으면 빌드 로그에 수 MB가 기록되어, 빌드가 실패했을 때 중요한 줄을 찾기 어려워집니다.',
  },
  bad: 'RUN wget https://example.com/app.tar.gz',
  good: 'RUN wget --progress=dot:giga https://example.com/app.tar.gz',
  fix: {
    en: 'Add `--progress=dot:giga`, or make wget quiet with `-q` or `-nv`.',
    ko: '`--progress=dot:giga`를 붙이거나 `-q`, `-nv`로 출력을 줄이십시오.',
  },
  fixes: {
    addProgress: { en: 'Add `--progress=dot:giga`', ko: '`--progress=dot:giga` 추가하기' },
  },
};
