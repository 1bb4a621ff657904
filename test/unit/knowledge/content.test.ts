import assert from 'node:assert/strict';
import * as knowledge from '../../../server/src/knowledge';
import { CONCEPTS, CONCEPT_IDS } from '../../../server/src/knowledge/concepts';
import { DIRECTIVES, DIRECTIVE_NAMES } from '../../../server/src/knowledge/directives';
import { FLAGS, INSTRUCTION_FLAGS, MOUNTS, MOUNT_TYPES } from '../../../server/src/knowledge/flags';
import { GLOSSARY } from '../../../server/src/knowledge/glossary';
import { INSTRUCTIONS, INSTRUCTION_KEYWORDS } from '../../../server/src/knowledge/instructions';
import { conceptsLinkedFromHovers, conceptsReachableFrom } from '../../../server/src/knowledge/links';
import { LANGUAGE_NEUTRAL_HEADINGS, NOTES_SECTIONS, isNotesSectionId } from '../../../server/src/knowledge/notes';
import { isConceptId } from '../../../server/src/knowledge/concepts';
import type { FlagDoc } from '../../../server/src/knowledge/types';
import { HANGUL, collectKey, collectLocalized, emphasisProblems } from './helpers';

const ALL = collectLocalized(knowledge, 'knowledge');
/** Texts that read the same in both languages on purpose: product-name headings and file paths. */
const NEUTRAL = new Set([...LANGUAGE_NEUTRAL_HEADINGS.map((id) => `knowledge.NOTES_SECTIONS.${id}.heading`), 'knowledge.NOTES_FILES']);

describe('knowledge: content in two languages', () => {
  it('finds the texts to check', () => {
    assert.ok(ALL.length > 400, `only ${ALL.length} texts found`);
  });

  it('writes every Korean text with Hangul and differently from its English text', () => {
    for (const { path, text } of ALL) {
      if (NEUTRAL.has(path)) continue;
      assert.match(text.ko, HANGUL, `${path}.ko has no Hangul: ${text.ko}`);
      assert.notEqual(text.ko, text.en, `${path}: ko equals en`);
    }
  });

  it('keeps every English text free of Hangul', () => {
    for (const { path, text } of ALL) assert.ok(!HANGUL.test(text.en), `${path}.en contains Hangul: ${text.en}`);
  });

  it('writes Korean prose in 합니다체 (no 해요체 or 한다체 sentence endings)', () => {
    for (const { path, text } of ALL) {
      for (const sentence of text.ko.split(/(?<=[.!?])\s+|\n/)) {
        assert.ok(!/(해요|세요|어요|아요|이에요|예요)[.!?]?\s*$/.test(sentence.trim()), `${path}: 해요체 in "${sentence}"`);
        assert.ok(!/[가-힣](한다|된다|있다|없다|이다)\.\s*$/.test(sentence.trim()), `${path}: 한다체 in "${sentence}"`);
      }
    }
  });

  it('never leaves Korean bold or italic that CommonMark cannot open or close', () => {
    // `**불변(immutable)**입니다` does not render bold: a closing `**` after punctuation must be followed by
    // whitespace or punctuation (CommonMark flanking rules). Same for an opening run before punctuation.
    for (const { path, text } of ALL) {
      for (const problem of emphasisProblems(text.ko)) assert.fail(`${path}.ko: ${problem}`);
      for (const problem of emphasisProblems(text.en)) assert.fail(`${path}.en: ${problem}`);
    }
  });

  it('uses only https links', () => {
    const refs = collectKey(knowledge, 'reference', 'knowledge').filter(({ value }) => typeof value === 'string');
    assert.ok(refs.length > 60);
    for (const { path, value } of refs) assert.match(String(value), /^https:\/\/[a-z0-9.-]+\.[a-z]+\//, path);
  });

  it('links every instruction, flag, mount and directive to a heading of the Dockerfile reference', () => {
    for (const { path, value } of collectKey(knowledge, 'reference', 'knowledge')) {
      if (path.includes('CONCEPTS') || typeof value !== 'string') continue;
      assert.match(String(value), /^https:\/\/docs\.docker\.com\/reference\/dockerfile\/#[a-z-]+$/, path);
    }
  });
});

describe('knowledge: concept and section ids', () => {
  it('resolves every concept id referenced anywhere', () => {
    const refs = [
      ...collectKey(knowledge, 'concept', 'knowledge'),
      ...collectKey(knowledge, 'related', 'knowledge')
        .filter(({ value }) => Array.isArray(value))
        .flatMap(({ path, value }) => (value as string[]).map((v) => ({ path, value: v }))),
    ];
    assert.ok(refs.length > 100);
    for (const { path, value } of refs) assert.ok(isConceptId(String(value)), `${path}: unknown concept ${String(value)}`);
  });

  it('resolves every notes section id referenced anywhere', () => {
    const refs = [...collectKey(knowledge, 'section', 'knowledge'), ...collectKey(knowledge, 'parent', 'knowledge')];
    for (const { path, value } of refs) assert.ok(isNotesSectionId(String(value)), `${path}: unknown section ${String(value)}`);
  });

  it('keys every concept by its own id and never relates a concept to itself', () => {
    for (const id of CONCEPT_IDS) {
      assert.equal(CONCEPTS[id].id, id);
      assert.ok(!(CONCEPTS[id].related ?? []).includes(id), id);
    }
  });

  it('reaches every concept from the hover links or from the title concept through related links', () => {
    const fromHovers = conceptsReachableFrom(conceptsLinkedFromHovers());
    const fromSections = conceptsReachableFrom(['cloud-service']);
    for (const id of CONCEPT_IDS) assert.ok(fromHovers.has(id) || fromSections.has(id), `${id} is unreachable`);
  });

  it('gives glossary terms a concept and no duplicates', () => {
    const seen = new Set<string>();
    for (const entry of GLOSSARY) {
      assert.ok(isConceptId(entry.concept));
      assert.ok(!seen.has(entry.term.en), `duplicate term ${entry.term.en}`);
      seen.add(entry.term.en);
    }
  });
});

describe('knowledge: the concept map of issue 3', () => {
  const sectionOf = (keyword: keyof typeof INSTRUCTIONS) => CONCEPTS[INSTRUCTIONS[keyword].concept].section;

  it('links FROM to the immutable image snapshot in §3.2', () => {
    assert.equal(INSTRUCTIONS.FROM.concept, 'image-immutable');
    assert.equal(sectionOf('FROM'), 's3-2');
    assert.ok(INSTRUCTIONS.FROM.related?.includes('image-reference'));
  });

  it('links RUN, COPY and ADD to image layers', () => {
    for (const k of ['RUN', 'COPY', 'ADD'] as const) assert.equal(INSTRUCTIONS[k].concept, 'image-layers', k);
  });

  it('links CMD, ENTRYPOINT, EXPOSE, VOLUME, USER and HEALTHCHECK to the container (§3.2)', () => {
    for (const k of ['CMD', 'ENTRYPOINT', 'EXPOSE', 'VOLUME', 'USER', 'HEALTHCHECK'] as const) {
      assert.equal(INSTRUCTIONS[k].concept, 'container-runtime', k);
      assert.equal(sectionOf(k), 's3-2');
    }
  });

  it('links USER to running as root, and SHELL and the escape directive to Windows hosts, under the shared kernel (§3.1)', () => {
    assert.ok(INSTRUCTIONS.USER.related?.includes('root-user'));
    assert.equal(CONCEPTS['root-user'].section, 's3-1');
    assert.equal(INSTRUCTIONS.SHELL.concept, 'windows-containers');
    assert.equal(DIRECTIVES.escape.concept, 'windows-containers');
    assert.equal(CONCEPTS['windows-containers'].section, 's3-1');
    assert.equal(FLAGS.FROM.platform.concept, 'shared-kernel');
  });

  it('links the COPY source to the build context and package installs to packaging with dependencies', () => {
    assert.ok(INSTRUCTIONS.COPY.related?.includes('build-context'));
    assert.ok(INSTRUCTIONS.RUN.related?.includes('packaging-dependencies'));
    assert.equal(CONCEPTS['packaging-dependencies'].section, 's3-1');
    assert.equal(FLAGS.COPY.from.concept, 'multi-stage-build');
  });

  it('puts the deployment and service-model concepts in their own sections', () => {
    const expected = {
      'deployment-history': 's1',
      'traditional-deployment': 's1-1',
      'virtual-machine': 's1-2',
      hypervisor: 's1-2',
      'on-off-premise': 's1-3',
      iaas: 's2-iaas',
      paas: 's2-paas',
      'ci-cd': 's2-paas',
      saas: 's2-saas',
      'one-image-many-containers': 's3-2',
      'docker-at-scale': 's3-scale',
    } as const;
    for (const [id, section] of Object.entries(expected)) assert.equal(CONCEPTS[id as keyof typeof expected].section, section, id);
  });

  it('does not send every instruction to the same notes section', () => {
    const sections = new Set(INSTRUCTION_KEYWORDS.map(sectionOf));
    assert.ok(sections.size >= 2, [...sections].join());
  });

  it('teaches the corrected PaaS trade-off in the knowledge base', () => {
    assert.match(CONCEPTS.paas.body.en, /tied to the platform\*\*, PaaS is \*\*less flexible and less portable\*\* than IaaS, but \*\*more efficient to operate/);
    assert.match(CONCEPTS.paas.body.ko, /플랫폼에 종속되므로\*\* IaaS보다 \*\*유연성과 이식성은 낮지만\*\*, \*\*운영 효율은 높습니다/);
    assert.match(CONCEPTS.iaas.body.en, /not tied to a provider's platform/);
  });

  it('says the Google figure is a 2014 figure', () => {
    assert.match(CONCEPTS['docker-at-scale'].body.en, /2014 figure/);
    assert.match(CONCEPTS['docker-at-scale'].body.ko, /2014년 기준 수치/);
  });

  it('keeps each notes heading in the section table for both languages', () => {
    assert.equal(NOTES_SECTIONS['s3-2'].heading.ko, '3.2. 도커 (Docker)');
  });
});

describe('knowledge: reference entries', () => {
  it('has an entry for each of the 18 instructions', () => {
    const expected = ['FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL'];
    assert.deepEqual([...INSTRUCTION_KEYWORDS].sort(), [...expected].sort());
    for (const k of expected) {
      const doc = knowledge.instructionDoc(k.toLowerCase());
      assert.ok(doc, k);
      assert.equal(doc.keyword, k);
      assert.ok(doc.syntax.every((line) => line.startsWith(`${k} `)), `${k}: syntax starts with the keyword`);
      assert.ok(doc.example.code.includes(k) || k === 'MAINTAINER', `${k}: the example uses it`);
      const anchor = k === 'MAINTAINER' ? 'maintainer-deprecated' : k.toLowerCase();
      assert.equal(doc.reference, `https://docs.docker.com/reference/dockerfile/#${anchor}`);
    }
  });

  it('has an entry for every flag of every instruction, BuildKit ones included', () => {
    const expected: Record<string, string[]> = {
      FROM: ['platform'],
      RUN: ['mount', 'network', 'security', 'device'],
      COPY: ['from', 'chown', 'chmod', 'link', 'parents', 'exclude'],
      ADD: ['checksum', 'keep-git-dir', 'chown', 'chmod', 'link', 'exclude', 'unpack'],
      HEALTHCHECK: ['interval', 'timeout', 'start-period', 'start-interval', 'retries'],
    };
    assert.deepEqual(Object.keys(INSTRUCTION_FLAGS).sort(), Object.keys(expected).sort());
    for (const [instruction, flags] of Object.entries(expected)) {
      const table: Readonly<Record<string, FlagDoc>> = FLAGS[instruction as keyof typeof FLAGS];
      assert.deepEqual(Object.keys(table).sort(), [...flags].sort(), instruction);
      for (const flag of flags) {
        const doc = knowledge.flagDoc(instruction.toLowerCase(), `--${flag}`);
        assert.ok(doc, `${instruction} --${flag}`);
        assert.equal(doc.name, flag);
        assert.ok(doc.syntax.startsWith(`${instruction} `) && doc.syntax.includes(`--${flag}`), `${instruction} --${flag}: syntax`);
        assert.ok(doc.example.code.includes(`--${flag}`), `${instruction} --${flag}: example`);
      }
    }
    assert.equal(knowledge.flagDoc('COPY', '--checksum'), undefined);
    assert.equal(knowledge.flagDoc('CMD', '--from'), undefined);
  });

  it('documents the values of RUN --network and RUN --security', () => {
    assert.deepEqual(Object.keys(FLAGS.RUN.network.values ?? {}).sort(), ['default', 'host', 'none']);
    assert.deepEqual(Object.keys(FLAGS.RUN.security.values ?? {}).sort(), ['insecure', 'sandbox']);
    assert.equal(FLAGS.RUN.network.values?.default?.isDefault, true);
    assert.equal(FLAGS.RUN.security.values?.sandbox?.isDefault, true);
  });

  it('has an entry for each mount type and each of its options, aliases included', () => {
    const expected: Record<string, string[]> = {
      bind: ['target', 'dst', 'destination', 'source', 'src', 'from', 'ro', 'readonly', 'rw', 'readwrite'],
      cache: ['id', 'target', 'dst', 'destination', 'ro', 'readonly', 'sharing', 'from', 'source', 'src', 'mode', 'uid', 'gid'],
      tmpfs: ['target', 'dst', 'destination', 'size'],
      secret: ['id', 'target', 'dst', 'destination', 'env', 'required', 'mode', 'uid', 'gid'],
      ssh: ['id', 'target', 'dst', 'destination', 'required', 'mode', 'uid', 'gid'],
    };
    assert.deepEqual([...MOUNT_TYPES].sort(), Object.keys(expected).sort());
    for (const [type, options] of Object.entries(expected)) {
      assert.ok(MOUNTS[type as keyof typeof MOUNTS].example.code.includes(`type=${type}`), `${type}: example`);
      for (const option of [...options, 'type']) assert.ok(knowledge.mountOptionDoc(type, option.toUpperCase()), `${type}: ${option}`);
    }
    assert.equal(knowledge.mountOptionDoc('cache', 'dst'), MOUNTS.cache.options.target);
    assert.equal(knowledge.mountOptionDoc('bind', 'ro'), MOUNTS.bind.options.readonly);
    assert.equal(knowledge.mountOptionDoc('secret', 'sharing'), undefined);
    assert.equal(knowledge.mountOptionDoc('tmpfs', 'uid'), undefined);
    assert.equal(knowledge.mountOptionDoc('volume', 'target'), undefined);
  });

  it('has an entry for the parser directives syntax, escape and check', () => {
    assert.deepEqual([...DIRECTIVE_NAMES], ['syntax', 'escape', 'check']);
    for (const name of DIRECTIVE_NAMES) {
      assert.equal(knowledge.directiveDoc(name.toUpperCase())?.name, name);
      assert.ok(DIRECTIVES[name].example.code.startsWith(`# ${name}=`));
    }
    assert.deepEqual(Object.keys(knowledge.CHECK_OPTIONS).sort(), ['error', 'skip']);
  });
});

describe('knowledge: hover-sized texts', () => {
  const screen = (text: string) => text.split('\n').reduce((rows, line) => rows + Math.max(1, Math.ceil(line.length / 100)), 0);

  it('keeps every summary to one line', () => {
    for (const { path, value } of collectKey(knowledge, 'summary', 'knowledge')) {
      const text = value as { en: string; ko: string };
      for (const lang of ['en', 'ko'] as const) {
        assert.ok(!text[lang].includes('\n'), `${path}.${lang}`);
        assert.ok(text[lang].length <= 140, `${path}.${lang} is ${text[lang].length} characters`);
      }
    }
  });

  it('fits each instruction hover (summary, syntax, body, example) on one screen', () => {
    for (const k of INSTRUCTION_KEYWORDS) {
      const d = INSTRUCTIONS[k];
      for (const lang of ['en', 'ko'] as const) {
        const rows = screen([d.summary[lang], ...d.syntax, d.body[lang], d.example.code].join('\n\n'));
        assert.ok(rows <= 30, `${k} (${lang}): ${rows} rows`);
      }
    }
  });

  it('keeps concept bodies to a few short paragraphs', () => {
    for (const id of CONCEPT_IDS) {
      for (const lang of ['en', 'ko'] as const) {
        const body = CONCEPTS[id].body[lang];
        assert.ok(body.split('\n\n').length <= 4, `${id} (${lang})`);
        assert.ok(body.length <= 900, `${id} (${lang}): ${body.length} characters`);
      }
    }
  });
});
