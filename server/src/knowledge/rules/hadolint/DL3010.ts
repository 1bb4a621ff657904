import type { RuleText } from '../types';

export const DL3010: RuleText = {
  title: { en: "Let ADD extract local archives", ko: "로컬 압축 파일은 ADD로 풀기" },
  messages: {
    default: {
      en: "Use ADD for extracting archives into an image: `{archive}` is copied, then unpacked in a RUN.",
      ko: "압축 파일을 이미지에 풀 때는 ADD를 쓰십시오: `{archive}`를 복사한 뒤 RUN에서 풀고 있습니다.",
    },
  },
  why: {
    en: "COPY puts the archive itself into a layer, and the RUN that unpacks it adds the files in another layer: the image carries both. ADD extracts a local tar archive in one step, so only the files end up in the image.",
    ko: "COPY는 압축 파일 자체를 레이어에 넣고, 그것을 푸는 RUN은 다른 레이어에 파일을 더하므로 도커이미지에 둘 다 남습니다. ADD는 로컬 tar 압축을 한 번에 풀어서 파일만 이미지에 남깁니다.",
  },
  bad: "COPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt",
  good: "ADD app.tar.gz /opt/",
  fix: {
    en: "Replace the COPY and the extraction with `ADD archive dest/`.",
    ko: "COPY와 압축 풀기를 `ADD 압축파일 대상/`으로 바꾸십시오.",
  },
};
