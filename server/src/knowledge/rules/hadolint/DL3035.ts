import type { RuleText } from '../types';

export const DL3035: RuleText = {
  title: { en: 'Do not run `zypper dist-upgrade`', ko: '`zypper dist-upgrade` 쓰지 않기' },
  messages: {
    default: {
      en: 'Do not use `zypper dist-upgrade`: choose a newer base image instead.',
      ko: '`zypper dist-upgrade`를 쓰지 마십시오. 대신 더 새로운 베이스 이미지를 고르십시오.',
    },
  },
  why: {
    en: 'A distribution upgrade inside the build turns the base image you named in `FROM` into something else: the result depends on the day you build and can pull in a new release of the whole system. The base image is meant to be the fixed starting point; to get a newer system, change the `FROM` tag, so the change is visible and reviewable.',
    ko: '빌드 안에서 배포판 업그레이드를 하면 `FROM`에 적은 베이스 이미지가 다른 것으로 바뀝니다. 결과가 빌드하는 날에 따라 달라지고, 시스템 전체의 새 릴리스가 들어올 수도 있습니다. 베이스 이미지는 고정된 출발점이어야 합니다. 더 새로운 시스템이 필요하면 `FROM` 태그를 바꾸어 변경이 눈에 보이고 검토될 수 있게 하십시오.',
  },
  bad: 'FROM opensuse/leap:15.5\nRUN zypper dist-upgrade -y',
  good: 'FROM opensuse/leap:15.6',
  fix: {
    en: 'Remove `zypper dist-upgrade` and use a newer base image tag; update single packages with `zypper update <package>` if you must.',
    ko: '`zypper dist-upgrade`를 지우고 더 새로운 베이스 이미지 태그를 쓰십시오. 꼭 필요하면 `zypper update <패키지>`로 개별 패키지만 갱신하십시오.',
  },
};
