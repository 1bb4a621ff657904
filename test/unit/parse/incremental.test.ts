/**
 * The incremental parse (`parse(text, { previous })`, `analyze(text, { previous })`): the same result as a full parse
 * of the new text, field by field, with the objects before the first changed character taken from the previous
 * result. Hand-made edits at the places where what a line means depends on other lines (continuations, heredocs,
 * comments above an instruction, directives, the end of the text), then random edit sequences over the corpus.
 */
import { seededRandom } from '../../helpers/seeded';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import type { Instruction, ParseResult } from '../../../server/src/parse/ast';
import { parse } from '../../../server/src/parse/parser';
import { commonPrefixLength, commonSuffixLength, MAX_SOURCES, sourceCount, TAIL_TAKEN } from '../../../server/src/parse/incremental';
import { analyze, type DockerfileModel } from '../../../server/src/model/model';
import { corpusDir, corpusFiles } from '../../helpers/corpus';
import { assertSameModel, assertSameParse } from './sameParse';
import { DOCKERFILE_PIECES as PIECES } from '../../helpers/dockerfilePieces';

/** How many instructions of `next` are the very objects of `previous` (at the same positions). */
function reused(next: ParseResult, previous: ParseResult): number {
  let n = 0;
  while (n < next.instructions.length && next.instructions[n] === previous.instructions[n]) n++;
  return n;
}

/** Parses `after` from the parse of `before`, checks it against a full parse, and returns both parses. */
function reparse(before: string, after: string): { previous: ParseResult; next: ParseResult } {
  const previous = parse(before);
  const next = parse(after, { previous });
  assertSameParse(next, parse(after), `parse of ${JSON.stringify(after)} after ${JSON.stringify(before)}`);
  assertSameModel(analyze(after, { previous: analyze(before) }), analyze(after), `model of ${JSON.stringify(after)} after ${JSON.stringify(before)}`);
  return { previous, next };
}

/** `text` with `insert` in place of `remove` characters at `at`. */
function edit(text: string, at: number, remove: number, insert: string): string {
  return text.slice(0, at) + insert + text.slice(at + remove);
}

/** `text` with `insert` in place of the first `find` (which must be there). */
function editAt(text: string, find: string, insert: string, remove = 0, shift = 0): string {
  const at = text.indexOf(find);
  assert.ok(at >= 0, `${JSON.stringify(find)} not in ${JSON.stringify(text)}`);
  return edit(text, at + shift, remove, insert);
}

interface Case {
  readonly name: string;
  readonly before: string;
  readonly after: string;
  /** How many instructions of the previous parse the new one must keep (when it matters). */
  readonly keeps?: number;
}

const CONT = 'FROM a\nRUN b \\\n  c\nRUN d\n';
const THREE = 'FROM a\nRUN b\nRUN c\n';
const HEREDOC = 'FROM a\nRUN <<EOF\necho hi\nEOF\nRUN c\n';
const COMMENTS = 'FROM a\n# about b\n# more\nRUN b\n# about c\nRUN c\n';
const BACKTICK = '# escape=`\nFROM a\nRUN b `\n  c\nRUN d\n';

const CASES: readonly Case[] = [
  // Continuations.
  { name: 'adds an escape at the end of a line, joining the next instruction', before: THREE, after: editAt(THREE, '\nRUN c', ' \\'), keeps: 1 },
  { name: 'removes the escape of a continuation', before: CONT, after: editAt(CONT, ' \\\n', '', 2), keeps: 1 },
  { name: 'doubles the escape of a continuation (no longer one)', before: CONT, after: editAt(CONT, '\\\n', '\\'), keeps: 1 },
  { name: 'edits a continuation line', before: CONT, after: editAt(CONT, '  c', 'x', 0, 3), keeps: 1 },
  { name: 'adds a comment line inside a continuation', before: CONT, after: editAt(CONT, '  c', '# note\n'), keeps: 1 },
  { name: 'adds an empty line inside a continuation', before: CONT, after: editAt(CONT, '  c', '\n'), keeps: 1 },
  { name: 'adds trailing spaces after an escape', before: CONT, after: editAt(CONT, '\\\n', ' \t', 0, 1), keeps: 1 },
  { name: 'edits the instruction after a continuation', before: CONT, after: editAt(CONT, 'RUN d', 'e', 0, 5), keeps: 2 },
  { name: 'continues the instruction at the end of the text', before: 'FROM a\nRUN b \\\n', after: 'FROM a\nRUN b \\\n  c\n', keeps: 1 },
  { name: 'continues past empty and comment lines at the end of the text', before: 'FROM a\nRUN b \\\n\n# x\n', after: 'FROM a\nRUN b \\\n\n# x\n  c\n', keeps: 1 },
  { name: 'continues an escape at the very end (no newline)', before: 'FROM a\nRUN b \\', after: 'FROM a\nRUN b \\\nc', keeps: 1 },
  { name: 'adds an escape at the end of the last line', before: 'FROM a\nRUN b\n', after: 'FROM a\nRUN b \\\n', keeps: 1 },
  // Newlines.
  { name: 'deletes the newline between two instructions', before: THREE, after: editAt(THREE, '\nRUN c', '', 1), keeps: 1 },
  { name: 'deletes the newline between the first two instructions', before: THREE, after: editAt(THREE, '\nRUN b', '', 1), keeps: 0 },
  { name: 'splits an instruction with a newline', before: THREE, after: editAt(THREE, 'RUN b', '\n', 0, 3), keeps: 1 },
  { name: 'replaces a newline by a carriage return and newline', before: THREE, after: editAt(THREE, '\nRUN c', '\r\n', 1), keeps: 1 },
  { name: 'inserts between a carriage return and its newline', before: 'FROM a\r\nRUN b\r\nRUN c\r\n', after: 'FROM a\r\nRUN b\rx\nRUN c\r\n', keeps: 1 },
  // The end of the text and offset 0.
  { name: 'types at the end of a last line without newline', before: 'FROM a\nRUN b', after: 'FROM a\nRUN bc', keeps: 1 },
  { name: 'adds a line at the end', before: THREE, after: THREE + 'RUN d\n', keeps: 2 },
  { name: 'adds a newline at the end', before: 'FROM a\nRUN b', after: 'FROM a\nRUN b\n', keeps: 1 },
  { name: 'removes the last newline', before: THREE, after: THREE.slice(0, -1), keeps: 2 },
  { name: 'removes the last line', before: THREE, after: 'FROM a\nRUN b\n', keeps: 2 },
  { name: 'empties the file', before: THREE, after: '', keeps: 0 },
  { name: 'leaves only a comment (no instructions)', before: THREE, after: '# c\n', keeps: 0 },
  { name: 'goes from no instructions to some', before: '# c\n', after: '# c\nFROM a\n', keeps: 0 },
  { name: 'inserts an instruction at offset 0', before: THREE, after: 'FROM x\n' + THREE, keeps: 0 },
  { name: 'inserts a space at offset 0', before: THREE, after: ' ' + THREE, keeps: 0 },
  { name: 'changes nothing', before: THREE, after: THREE, keeps: 2 },
  { name: 'changes nothing in a file without final newline', before: 'FROM a\nRUN b', after: 'FROM a\nRUN b', keeps: 1 },
  // Heredocs.
  { name: 'adds a heredoc marker to a line', before: 'FROM a\nRUN b\nRUN c\nEOF\nRUN d\n', after: 'FROM a\nRUN b\nRUN c <<EOF\nEOF\nRUN d\n', keeps: 2 },
  { name: 'adds a heredoc marker that runs to the end', before: THREE, after: editAt(THREE, 'RUN b', ' <<EOF', 0, 5), keeps: 1 },
  { name: 'breaks a heredoc terminator', before: HEREDOC, after: editAt(HEREDOC, 'EOF\nRUN c', 'X', 1), keeps: 1 },
  { name: 'edits a heredoc body', before: HEREDOC, after: editAt(HEREDOC, 'echo hi', 'x', 0, 4), keeps: 1 },
  { name: 'edits after a heredoc', before: HEREDOC, after: editAt(HEREDOC, 'RUN c', 'd', 0, 5), keeps: 2 },
  { name: 'terminates a heredoc at the end of the text', before: 'FROM a\nRUN <<EOF\necho\n', after: 'FROM a\nRUN <<EOF\necho\nEOF\n', keeps: 1 },
  { name: 'extends an unterminated heredoc body', before: 'FROM a\nRUN <<EOF\necho', after: 'FROM a\nRUN <<EOF\necho more\n', keeps: 1 },
  { name: 'edits a second heredoc of one instruction', before: 'FROM a\nCOPY <<A <<-B /x\na\nA\n\tb\n\tB\nRUN c\n', after: 'FROM a\nCOPY <<A <<-B /x\na\nA\n\tb\n\tBB\nRUN c\n', keeps: 1 },
  { name: 'edits after an ONBUILD with a heredoc', before: 'FROM a\nONBUILD RUN <<EOF\nx\nEOF\nRUN c\n', after: 'FROM a\nONBUILD RUN <<EOF\nx\nEOF\nRUN cd\n', keeps: 2 },
  // Comments above an instruction (BuildKit's PrevComment).
  { name: 'edits a comment above an instruction', before: COMMENTS, after: editAt(COMMENTS, 'about c', 'X', 1), keeps: 2 },
  { name: 'edits the first of two comments above an instruction', before: COMMENTS, after: editAt(COMMENTS, 'about b', 'X', 1), keeps: 1 },
  { name: 'adds a comment above an instruction', before: COMMENTS, after: editAt(COMMENTS, 'RUN c', '# new\n'), keeps: 2 },
  { name: 'comments out an instruction with #', before: THREE, after: editAt(THREE, 'RUN b', '#'), keeps: 1 },
  { name: 'uncomments a line into an instruction', before: COMMENTS, after: editAt(COMMENTS, '# about c', '', 2), keeps: 2 },
  { name: 'empties a comment above an instruction', before: COMMENTS, after: editAt(COMMENTS, 'about c', '', 7), keeps: 2 },
  { name: 'adds an empty line between a comment and its instruction', before: COMMENTS, after: editAt(COMMENTS, 'RUN c', '\n'), keeps: 2 },
  // Directives and the escape character.
  { name: 'adds an escape directive at the top', before: CONT, after: '# escape=`\n' + CONT, keeps: 0 },
  { name: 'changes the escape directive', before: BACKTICK, after: editAt(BACKTICK, '`\n', '\\', 1), keeps: 0 },
  { name: 'breaks the escape directive', before: BACKTICK, after: editAt(BACKTICK, 'escape', 'X', 1), keeps: 0 },
  { name: 'edits after a backtick escape directive', before: BACKTICK, after: editAt(BACKTICK, 'RUN d', ' `\n e', 0, 5), keeps: 2 },
  { name: 'adds an empty line before the directives', before: BACKTICK, after: '\n' + BACKTICK, keeps: 0 },
  { name: 'adds a syntax directive', before: BACKTICK, after: editAt(BACKTICK, 'FROM', '# syntax=docker/dockerfile:1\n'), keeps: 0 },
  { name: 'edits a check directive', before: '# check=skip=all\nFROM a\nRUN b\n', after: '# check=error=true\nFROM a\nRUN b\n', keeps: 0 },
  { name: 'edits after a duplicate and an invalid directive', before: '# escape=x\n# escape=`\n# escape=\\\nFROM a\nRUN b\nRUN c\n', after: '# escape=x\n# escape=`\n# escape=\\\nFROM a\nRUN b\nRUN cd\n', keeps: 2 },
  { name: 'edits a comment that looks like a directive after the first instruction', before: 'FROM a\n# escape=`\nRUN b `\n c\n', after: 'FROM a\n# escape=`\nRUN b `\n cd\n', keeps: 2 },
  // Errors, ONBUILD, BOM, long lines.
  { name: 'fixes an ENV after other errors (those before it are kept)', before: 'FROM a\nENV x\nRUN ["a", 1]\nENV y\nLABEL z\n', after: 'FROM a\nENV x\nRUN ["a", 1]\nENV y=1\nLABEL z\n', keeps: 3 },
  { name: 'edits an ONBUILD continuation', before: 'FROM a\nONBUILD RUN b \\\n c\nRUN d\n', after: 'FROM a\nONBUILD RUN b \\\n cc $X\nRUN d\n', keeps: 1 },
  { name: 'edits a file with a BOM', before: '\uFEFFFROM a\nRUN b\nRUN c\n', after: '\uFEFFFROM a\nRUN b\nRUN cc\n', keeps: 2 },
  { name: 'removes a BOM', before: '\uFEFFFROM a\nRUN b\n', after: 'FROM a\nRUN b\n', keeps: 0 },
  { name: 'edits after a line too long for BuildKit', before: `FROM a\nRUN ${'x'.repeat(70000)}\nRUN c\n`, after: `FROM a\nRUN ${'x'.repeat(70000)}\nRUN cc\n`, keeps: 2 },
  { name: 'shortens a line too long for BuildKit', before: `FROM a\nRUN ${'x'.repeat(70000)}\nRUN c\n`, after: `FROM a\nRUN ${'x'.repeat(60000)}\nRUN c\n`, keeps: 1 },
  { name: 'edits in a stage after ARGs and ENVs (the model scopes)', before: 'ARG A=1\nFROM a AS b\nENV B=$A\nFROM b\nARG A\nRUN echo $A $B\n', after: 'ARG A=1\nFROM a AS b\nENV B=$A\nFROM b\nARG A\nRUN echo $A $B $C\n', keeps: 5 },
];

describe('incremental parse', () => {
  describe('hand-made edits', () => {
    for (const c of CASES) {
      it(`matches a full parse, keeping the instructions before it, when an edit ${c.name}`, () => {
        const { previous, next } = reparse(c.before, c.after);
        if (c.keeps !== undefined) assert.equal(reused(next, previous), c.keeps, 'instructions kept');
      });
      it(`matches a full parse when the edit that ${c.name} is undone`, () => {
        reparse(c.after, c.before);
      });
      it(`matches a full parse when an edit ${c.name}, with CRLF line ends`, () => {
        const crlf = (s: string): string => s.replace(/\r?\n/g, '\r\n');
        const { previous, next } = reparse(crlf(c.before), crlf(c.after));
        // (Unless the case is about line ends: then the two texts may be the same.)
        if (c.keeps !== undefined && !c.before.includes('\r') && !c.after.includes('\r')) assert.equal(reused(next, previous), c.keeps, 'instructions kept');
      });
    }
  });

  describe('commonPrefixLength', () => {
    it('reports the length of the common prefix of any two strings', () => {
      const plainPrefix = (a: string, b: string): number => {
        let i = 0;
        while (i < a.length && i < b.length && a[i] === b[i]) i++;
        return i;
      };
      fc.assert(
        fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (p, a, b) => {
          assert.equal(commonPrefixLength(p + a, p + b), plainPrefix(p + a, p + b));
        }),
        { seed: 3, numRuns: 2000 },
      );
    });
  });

  describe('commonSuffixLength', () => {
    it('reports the length of the common suffix of any two strings, at most the given length', () => {
      const plainSuffix = (a: string, b: string): number => {
        let i = 0;
        while (i < a.length && i < b.length && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
        return i;
      };
      fc.assert(
        fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), fc.nat({ max: 90 }), (a, b, s, max) => {
          assert.equal(commonSuffixLength(a + s, b + s, max), Math.min(max, plainSuffix(a + s, b + s)));
        }),
        { seed: 5, numRuns: 2000 },
      );
    });
  });

  describe('the end after the edit', () => {
    const TEXT = ['FROM a AS b', 'RUN zero', 'RUN one \\', '  && two', '# about three', 'RUN three $X', 'COPY --from=b <<EOF /x', 'body', 'EOF', 'ONBUILD RUN four', 'ENV A=1 B=2', 'RUN ["five"]', ''].join('\n');

    /** Parses `after` from `before`'s parse; checks it against a full parse; answers how many instructions the parser took. */
    function taken(before: string, after: string): { count: number; next: ParseResult; previous: ParseResult } {
      const previous = parse(before);
      const at = TAIL_TAKEN.instructions;
      const next = parse(after, { previous });
      const count = TAIL_TAKEN.instructions - at;
      assertSameParse(next, parse(after));
      reparse(before, after);
      return { count, next, previous };
    }

    it('takes the instructions after an edited one, moved by the edit, as copies (the old parse is left as it was)', () => {
      const after = editAt(TEXT, 'RUN one', 'X', 0, 5);
      const fresh = parse(TEXT);
      const { count, next, previous } = taken(TEXT, after);
      // Everything from `# about three` on: RUN three has a comment above it, so the parse reads on to COPY.
      assert.equal(count, 4);
      for (const ins of next.instructions.slice(-count)) assert.ok(!previous.instructions.includes(ins), 'a copy, not the old object');
      assertSameParse(previous, fresh, 'the old parse');
    });

    it('takes them with their lines moved when the edit adds or removes lines', () => {
      assert.equal(taken(TEXT, editAt(TEXT, 'RUN one', 'RUN new\n')).count, 4);
      assert.equal(taken(TEXT, editAt(TEXT, ' \\\n  && two', '', 11)).count, 4);
    });

    it('takes nothing when the edit reaches the last instruction or the text after it', () => {
      assert.equal(taken(TEXT, `${TEXT}RUN six\n`).count, 0);
      assert.equal(taken(TEXT, editAt(TEXT, 'five', 'X')).count, 0);
    });

    it('takes the end of huge.Dockerfile after its middle line is edited, and matches a full parse', function () {
      this.timeout(60000);
      const text = fs.readFileSync(path.join(corpusOrFailDir(), 'large', 'huge.Dockerfile'), 'utf8');
      const previous = analyze(text);
      const starts = previous.parse.lineStarts;
      const line = Math.floor((starts.length - 1) / 2);
      const after = edit(text, starts[line + 1]! - 1, 0, ' ');
      const at = TAIL_TAKEN.instructions;
      const next = analyze(after, { previous });
      assertSameModel(next, analyze(after));
      const count = TAIL_TAKEN.instructions - at;
      assert.ok(count > next.parse.instructions.length * 0.4, `took ${count} of ${next.parse.instructions.length}`);
    });

    it('reads on where the end holds objects of a text that would be a third one, and takes it from where it does not', () => {
      // Version 1 takes version 0's end after RUN one; version 2, edited above RUN one, would take version 1's RUN one
      // and RUN three (text 1) and version 0's objects after them (text 0) besides its own text: it reads RUN one and
      // RUN three again and takes the end from COPY on.
      const v1 = editAt(TEXT, 'RUN one', 'X', 0, 5);
      const p1 = parse(v1, { previous: parse(TEXT) });
      assert.equal(sourceCount(p1), 2);
      const v2 = editAt(v1, 'RUN zero', 'X', 0, 5);
      const at = TAIL_TAKEN.instructions;
      const p2 = parse(v2, { previous: p1 });
      assertSameParse(p2, parse(v2));
      assert.equal(TAIL_TAKEN.instructions - at, 4);
      assert.equal(sourceCount(p2), 2);
      // Edited inside that end: keeping the lines before it would make three texts, so the text is parsed in full.
      const v3 = editAt(v1, 'ENV A', 'X', 0, 5);
      const p3 = parse(v3, { previous: p1 });
      assertSameParse(p3, parse(v3));
      assert.equal(reused(p3, p1), 0);
      assert.equal(sourceCount(p3), 1);
    });
  });

  describe('random edit sequences', () => {
    it('matches a full parse after each of a chain of random edits to random text', () => {
      const taken = TAIL_TAKEN.parses;
      const piece = fc.constantFrom(...PIECES);
      const textOf = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));
      const anEdit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 12 }), insert: textOf.map((s) => s.slice(0, 30)) });
      fc.assert(
        fc.property(textOf, fc.array(anEdit, { minLength: 1, maxLength: 6 }), (start, edits) => {
          let text = start;
          let model = analyze(text);
          for (const e of edits) {
            text = edit(text, e.at % (text.length + 1), e.remove, e.insert);
            const next = analyze(text, { previous: model });
            assertSameModel(next, analyze(text));
            model = next;
          }
        }),
        { seed: 11, numRuns: 1500 },
      );
      assert.ok(TAIL_TAKEN.parses - taken > 200, `the end after the edit was taken ${TAIL_TAKEN.parses - taken} times`);
    });

    it('matches a full parse after each of 12 chained random edits to every corpus file', function () {
      this.timeout(240000);
      const files = corpusOrFail();
      const random = seededRandom(20240607);
      const taken = TAIL_TAKEN.parses;
      let edits = 0;
      let kept = 0;
      let total = 0;
      for (const f of files) {
        let text = fs.readFileSync(f.path, 'utf8');
        let model = analyze(text);
        const log: string[] = [];
        for (let k = 0; k < 12; k++) {
          const e = randomEdit(text, random);
          log.push(JSON.stringify(e));
          text = edit(text, e.at, e.remove, e.insert);
          const next = analyze(text, { previous: model });
          try {
            assertSameModel(next, analyze(text));
          } catch (err) {
            throw new Error(`${f.name}, after edits ${log.join(' ')}: ${err instanceof Error ? err.message : String(err)}`);
          }
          kept += reused(next.parse, model.parse);
          total += next.parse.instructions.length;
          edits++;
          model = next;
        }
      }
      // Random edits land anywhere; on average about half of the instructions lie before one.
      assert.ok(kept > total * 0.25, `kept ${kept} of ${total} instructions over ${edits} edits`);
      assert.ok(TAIL_TAKEN.parses - taken > edits * 0.25, `the end after the edit was taken in ${TAIL_TAKEN.parses - taken} of ${edits} parses`);
    });
  });

  describe('reuse', () => {
    it('keeps every instruction that ends before the edited line of every corpus file, and no other', function () {
      this.timeout(60000);
      for (const f of corpusOrFail()) {
        const text = fs.readFileSync(f.path, 'utf8');
        const previous = parse(text);
        const starts = previous.lineStarts;
        const line = Math.floor((starts.length - 1) / 2);
        // A space typed at the end of the middle line (before its newline).
        const at = (starts[line + 1] ?? text.length + 1) - 1;
        const next = parse(edit(text, at, 0, ' '), { previous });
        const before = previous.instructions.filter((i) => i.endLine < line).length;
        assert.equal(reused(next, previous), before, f.name);
      }
    });

    it('keeps the first half of huge.Dockerfile when its middle line is edited, and matches a full parse', function () {
      this.timeout(60000);
      const dir = corpusOrFailDir();
      const text = fs.readFileSync(path.join(dir, 'large', 'huge.Dockerfile'), 'utf8');
      const previous = analyze(text);
      const starts = previous.parse.lineStarts;
      const line = Math.floor((starts.length - 1) / 2);
      const after = edit(text, starts[line + 1]! - 1, 0, ' ');
      const next = analyze(after, { previous });
      const full = analyze(after);
      assertSameParse(next.parse, full.parse);
      assert.deepEqual(next.stages.map((s) => [s.index, s.range, s.instructions.length]), full.stages.map((s) => [s.index, s.range, s.instructions.length]));
      const kept = reused(next.parse, previous.parse);
      assert.equal(kept, previous.parse.instructions.filter((i) => i.endLine < line).length);
      assert.ok(kept > next.parse.instructions.length * 0.4, `kept ${kept}`);
    });

    it('holds instructions from at most two texts while edits move down a file (then parses in full)', () => {
      const text = Array.from({ length: 40 }, (_, k) => (k % 10 === 0 ? `FROM a${k} AS s${k}\n` : `RUN echo ${k} \\\n  && true\n`)).join('');
      /** For each instruction seen, the version that made it. */
      const madeIn = new Map<Instruction, number>();
      let current = text;
      let previous = parse(current);
      let full = 0;
      for (let v = 1; v <= 30; v++) {
        // A character typed in the instruction `v` (lines move down as the edits do).
        const at = previous.instructions[v]!.keywordRange.start + 1;
        current = edit(current, at, 0, 'X');
        const next = parse(current, { previous });
        assertSameParse(next, parse(current));
        for (const ins of next.instructions) if (!madeIn.has(ins)) madeIn.set(ins, v);
        const versions = new Set(next.instructions.map((i) => madeIn.get(i)));
        assert.ok(versions.size <= MAX_SOURCES, `version ${v}: instructions from ${versions.size} versions`);
        assert.ok(sourceCount(next) <= MAX_SOURCES);
        if (reused(next, previous) === 0) full++;
        previous = next;
      }
      // Every other edit keeps a prefix (the one after a full parse); the others would need a third text.
      assert.ok(full >= 10 && full <= 20, `${full} full parses`);
    });
  });

  describe('models sharing instructions', () => {
    it('answers as before in the previous model after the next one has found the variables they share', () => {
      const before = 'ARG V=1\nFROM a\nARG V\nRUN echo $V\nRUN echo ${V:-x} $HOME\nRUN echo end\n';
      const after = before.replace('end', 'end $V');
      const old: DockerfileModel = analyze(before);
      const next = analyze(after, { previous: old });
      assert.ok(reused(next.parse, old.parse) >= 4);
      // The next model reads every reference first (the shared RUNs' references are found now), then the old one.
      assertSameModel(next, analyze(after));
      assertSameModel(old, analyze(before));
      // And the other way round: a model made after the shared RUNs' references were found.
      const third = analyze(after + '\n', { previous: next });
      assertSameModel(third, analyze(after + '\n'));
      assertSameModel(next, analyze(after));
    });
  });
});

/** The corpus directory, or a failure that says where it was looked for. */
function corpusOrFailDir(): string {
  const dir = corpusDir();
  if (dir === undefined) assert.fail('the corpus (../shared/corpus, or DOCKERFILE_CORPUS) is missing: the incremental parse tests need it');
  return dir;
}

function corpusOrFail(): ReturnType<typeof corpusFiles> {
  const files = corpusFiles(corpusOrFailDir());
  assert.ok(files.length > 100, `only ${files.length} corpus files`);
  return files;
}


/** Characters and pieces a random edit inserts. */
const EDIT_PIECES = ['\n', '\n', '\r\n', '\\', '\\\n', '`', '"', "'", '<<', '<<EOF\n', 'EOF\n', '#', '# ', '$', '{', '}', '=', ' ', ' ', '\t', 'RUN ', 'a', 'b', 'x'];

interface RandomEdit {
  readonly at: number;
  readonly remove: number;
  readonly insert: string;
}

/** A random insertion, deletion or replacement, often at a line start or end, of random length. */
function randomEdit(text: string, random: () => number): RandomEdit {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  let at = Math.floor(random() * (text.length + 1));
  const where = random();
  if (where < 0.2) at = text.lastIndexOf('\n', at - 1) + 1;
  else if (where < 0.35) {
    const nl = text.indexOf('\n', at);
    at = nl < 0 ? text.length : nl;
  }
  // Insert (35%), delete (30%) or replace (35%); one edit in seven is long.
  const kind = random();
  const long = random() < 0.15;
  const remove = kind < 0.35 ? 0 : Math.min(text.length - at, Math.floor(random() * (long ? 200 : 6)) + 1);
  let insert = '';
  if (kind < 0.35 || kind >= 0.65) {
    const n = Math.floor(random() * (long ? 40 : 4)) + 1;
    for (let k = 0; k < n; k++) insert += pick(EDIT_PIECES);
  }
  return { at, remove, insert };
}
