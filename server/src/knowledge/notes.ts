/**
 * The headings of the course notes shipped in `notes/` (`cloud-notes.ko.md`, the notes as given with
 * marked corrections, and `cloud-notes.en.md`, our English version). Each heading carries an explicit
 * ASCII anchor (`<a id="…"></a>` on the line before it); hovers and the Open Notes command link to
 * these anchors. A unit test checks both files against this table in both directions.
 */
import type { Lang, NotesSection, NotesSectionId } from './types';

/** Paths of the shipped notes, relative to the extension root. */
export const NOTES_FILES: Readonly<Record<Lang, string>> = {
  en: 'notes/cloud-notes.en.md',
  ko: 'notes/cloud-notes.ko.md',
};

/** Section ids in document order. */
export const NOTES_SECTION_IDS = [
  'cloud',
  's1',
  's1-1',
  's1-2',
  's1-3',
  's2',
  's2-iaas',
  's2-paas',
  's2-saas',
  's3',
  's3-1',
  's3-2',
  's3-scale',
] as const satisfies readonly NotesSectionId[];

type SectionTable = { readonly [K in NotesSectionId]: NotesSection & { readonly id: K } };

export const NOTES_SECTIONS: SectionTable = {
  cloud: {
    id: 'cloud',
    anchor: 'cloud',
    level: 1,
    heading: { ko: '☁️ 클라우드 ( Cloud )', en: '☁️ Cloud' },
  },
  s1: {
    id: 's1',
    anchor: 's1-deployment',
    level: 2,
    parent: 'cloud',
    heading: { ko: '1. 배포 방식의 변화', en: '1. How deployment has changed' },
  },
  's1-1': {
    id: 's1-1',
    anchor: 's1-1-traditional',
    level: 3,
    parent: 's1',
    heading: { ko: '1.1. 전통적 배포방식', en: '1.1. Traditional deployment' },
  },
  's1-2': {
    id: 's1-2',
    anchor: 's1-2-virtualization',
    level: 3,
    parent: 's1',
    heading: { ko: '1.2. 가상화 배포방식', en: '1.2. Virtualized deployment' },
  },
  's1-3': {
    id: 's1-3',
    anchor: 's1-3-premises',
    level: 3,
    parent: 's1',
    heading: { ko: '1.3.오프프레미스 vs 온프레미스', en: '1.3. Off-premise vs on-premise' },
  },
  s2: {
    id: 's2',
    anchor: 's2-service-models',
    level: 2,
    parent: 'cloud',
    heading: { ko: '2. 클라우드 서비스 모델', en: '2. Cloud service models' },
  },
  // The three service-model headings are product names; they read the same in both files.
  's2-iaas': {
    id: 's2-iaas',
    anchor: 's2-iaas',
    level: 3,
    parent: 's2',
    heading: { ko: 'IaaS (Infrastructure-as-a-Service)', en: 'IaaS (Infrastructure-as-a-Service)' },
  },
  's2-paas': {
    id: 's2-paas',
    anchor: 's2-paas',
    level: 3,
    parent: 's2',
    heading: { ko: 'PaaS (Platform-as-a-Service)', en: 'PaaS (Platform-as-a-Service)' },
  },
  's2-saas': {
    id: 's2-saas',
    anchor: 's2-saas',
    level: 3,
    parent: 's2',
    heading: { ko: 'SaaS (Software as a Service)', en: 'SaaS (Software as a Service)' },
  },
  s3: {
    id: 's3',
    anchor: 's3-containers-docker',
    level: 2,
    parent: 'cloud',
    heading: { ko: '3. 컨테이너와 도커', en: '3. Containers and Docker' },
  },
  's3-1': {
    id: 's3-1',
    anchor: 's3-1-container',
    level: 3,
    parent: 's3',
    heading: { ko: '3.1. 컨테이너', en: '3.1. Containers' },
  },
  's3-2': {
    id: 's3-2',
    anchor: 's3-2-docker',
    level: 3,
    parent: 's3',
    heading: { ko: '3.2. 도커 (Docker)', en: '3.2. Docker' },
  },
  's3-scale': {
    id: 's3-scale',
    anchor: 's3-docker-at-scale',
    level: 3,
    parent: 's3',
    heading: { ko: '도커의 활용', en: 'Docker at scale' },
  },
};

/** Section ids whose heading is a name that reads the same in both languages. */
export const LANGUAGE_NEUTRAL_HEADINGS: readonly NotesSectionId[] = ['s2-iaas', 's2-paas', 's2-saas'];

export function isNotesSectionId(value: string): value is NotesSectionId {
  return Object.prototype.hasOwnProperty.call(NOTES_SECTIONS, value);
}

/** The section whose explicit anchor is `anchor`, if any. */
export function sectionByAnchor(anchor: string): NotesSection | undefined {
  return NOTES_SECTION_IDS.map((id) => NOTES_SECTIONS[id]).find((s) => s.anchor === anchor);
}
