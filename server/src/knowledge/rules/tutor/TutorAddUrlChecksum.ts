import type { RuleText } from '../types';

export const TutorAddUrlChecksum: RuleText = {
  title: { en: 'Verify files that ADD downloads', ko: 'ADD로 내려받는 파일 검증하기' },
  messages: {
    default: {
      en: 'ADD downloads `{url}` without `--checksum`: if the file behind that address changes, the image changes without any change to the Dockerfile.',
      ko: 'ADD가 `{url}`을(를) `--checksum` 없이 내려받습니다. 그 주소의 파일이 바뀌면 도커파일은 그대로인데 이미지가 바뀝니다.',
    },
  },
  why: {
    en: 'An image is meant to be an immutable snapshot that the same Dockerfile reproduces. A URL is only a name: the server can serve a new release, a truncated file or, if it is compromised, a malicious one, and the build takes it into a layer without noticing. `ADD --checksum=sha256:…` makes the build fail unless the download is exactly the file you reviewed.',
    ko: '이미지는 같은 도커파일로 다시 만들 수 있는 불변 스냅샷이어야 합니다. URL은 이름일 뿐이어서, 서버는 새 버전이나 잘린 파일을, 서버가 침해되었다면 악성 파일을 줄 수도 있고, 빌드는 알아채지 못한 채 그것을 레이어에 넣습니다. `ADD --checksum=sha256:…`을 쓰면 내려받은 파일이 검토한 파일과 정확히 같지 않을 때 빌드가 실패합니다.',
  },
  bad: 'ADD https://github.com/krallin/tini/releases/download/v0.19.0/tini /tini',
  good: 'ADD --checksum=sha256:93dcc18adc78c65a028a84799ecf8ad40c936fdfc5f2a57b1acda5a8117fa82c \\\n    https://github.com/krallin/tini/releases/download/v0.19.0/tini /tini',
  fix: {
    en: 'Compute the file\'s hash once (`sha256sum file`) and add `--checksum=sha256:<hash>` to the ADD (Dockerfile syntax 1.6 or later).',
    ko: '파일의 해시를 한 번 계산하고(`sha256sum 파일`) ADD에 `--checksum=sha256:<해시>`를 붙이십시오(도커파일 문법 1.6 이상).',
  },
};
