import type { RuleText } from '../types';

export const TutorPackageUpgrade: RuleText = {
  title: { en: 'Rebuild on a newer base image instead of upgrading it inside', ko: '이미지 안에서 업그레이드하기보다 새 베이스 이미지로 다시 빌드하기' },
  messages: {
    default: {
      en: '`{command}` upgrades every package of the base image inside this image. Prefer rebuilding on an updated base image; keep the upgrade only if you need a fix before the base is republished.',
      ko: '`{command}`는 베이스 이미지의 모든 패키지를 이 이미지 안에서 업그레이드합니다. 갱신된 베이스 이미지로 다시 빌드하는 편이 좋습니다. 베이스 이미지가 다시 배포되기 전에 급한 수정이 필요할 때만 업그레이드를 남기십시오.',
    },
  },
  why: {
    en: 'An image should be an immutable, reproducible snapshot: the same Dockerfile should give the same image. A full upgrade installs whatever versions the mirrors serve on the day of the build, so two builds of the same Dockerfile differ, and the upgraded files are stored a second time in your layer on top of the base image\'s layers, which makes the image bigger. The base image\'s publisher already rebuilds it with the security updates; pulling the new base (`docker build --pull`) and rebuilding often gives the same fixes in the base layers.\n\nThe trade-off: when a fix is urgent and the base has not been republished yet, an upgrade is the quickest patch. That is why hadolint dropped its rule (DL3005) and why this is only a hint.',
    ko: '이미지는 불변이고 재현 가능한 스냅샷이어야 합니다. 같은 도커파일은 같은 이미지를 만들어야 합니다. 전체 업그레이드는 빌드하는 날 미러가 주는 버전을 설치하므로 같은 도커파일로 두 번 빌드해도 결과가 다르고, 업그레이드된 파일은 베이스 이미지의 레이어 위에 내 레이어로 한 번 더 저장되어 이미지가 커집니다. 베이스 이미지의 배포자는 보안 업데이트를 반영해 이미지를 다시 빌드해 둡니다. 새 베이스 이미지를 받아(`docker build --pull`) 자주 다시 빌드하면 같은 수정이 베이스 레이어에 들어옵니다.\n\n절충점도 있습니다. 수정이 급한데 베이스 이미지가 아직 다시 배포되지 않았다면 업그레이드가 가장 빠른 조치입니다. 그래서 hadolint는 이 규칙(DL3005)을 없앴고, 여기서도 참고(info) 수준으로만 알려 줍니다.',
  },
  bad: 'FROM debian:bookworm\nRUN apt-get update && apt-get upgrade -y && apt-get install -y --no-install-recommends curl',
  good: '# docker build --pull .\nFROM debian:bookworm-20250113\nRUN apt-get update && apt-get install -y --no-install-recommends curl',
  fix: {
    en: 'Remove the upgrade and rebuild regularly with `docker build --pull` on a recent, specific base tag; upgrade single packages by name (`apt-get install --only-upgrade openssl`) when one fix cannot wait.',
    ko: '업그레이드를 지우고, 최신의 구체적인 베이스 태그로 `docker build --pull`을 써서 정기적으로 다시 빌드하십시오. 기다릴 수 없는 수정이 있다면 패키지 이름을 지정해 하나만 업그레이드하십시오(`apt-get install --only-upgrade openssl`).',
  },
  fixes: {
    removeUpgrade: { en: 'Remove the full upgrade', ko: '전체 업그레이드 지우기' },
  },
};
