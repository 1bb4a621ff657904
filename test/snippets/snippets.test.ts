import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintText } from '../../server/src/service';
import { tokenize } from '../grammar/tokenize';
import { choicesOf, expandSnippet, parseSnippet, SnippetSyntaxError } from './expand';

const repoRoot = path.resolve(__dirname, '..', '..');
const snippetsPath = path.join(repoRoot, 'snippets', 'dockerfile.json');

interface SnippetEntry {
  readonly prefix: string;
  readonly description: string;
  readonly body: readonly string[];
}

function loadSnippets(): Map<string, SnippetEntry> {
  const raw: unknown = JSON.parse(fs.readFileSync(snippetsPath, 'utf8'));
  assert.ok(typeof raw === 'object' && raw !== null, 'snippets file is an object');
  const result = new Map<string, SnippetEntry>();
  for (const [name, value] of Object.entries(raw)) {
    const v = value as Partial<Record<keyof SnippetEntry, unknown>>;
    const { prefix, description, body } = v;
    if (typeof prefix !== 'string' || typeof description !== 'string') assert.fail(`${name}: prefix and description are strings`);
    if (!Array.isArray(body) || !body.every((l): l is string => typeof l === 'string')) assert.fail(`${name}: body is a string array`);
    result.set(name, { prefix, description, body });
  }
  return result;
}

const INSTRUCTION = /^[ \t]*(?:ONBUILD[ \t]+)?(ADD|ARG|CMD|COPY|ENTRYPOINT|ENV|EXPOSE|FROM|HEALTHCHECK|LABEL|MAINTAINER|RUN|SHELL|STOPSIGNAL|USER|VOLUME|WORKDIR)(?=[ \t]|$)/i;

/**
 * The line-level shape check: every line is blank, a comment, an instruction, a continuation of the
 * previous instruction, or a heredoc body line. Returns the offending lines.
 */
function badLines(text: string): string[] {
  const bad: string[] = [];
  let continued = false;
  const heredocs: { name: string; chomp: boolean }[] = [];
  for (const line of text.split('\n')) {
    if (heredocs.length > 0) {
      const h = heredocs[0]!;
      if ((h.chomp ? line.replace(/^\t+/, '') : line) === h.name) heredocs.shift();
      continue;
    }
    if (/^[ \t]*(#|$)/.test(line)) continue;
    const instruction = INSTRUCTION.exec(line);
    if (!continued && instruction === null) bad.push(line);
    if (/^(RUN|COPY|ADD)$/i.test(instruction?.[1] ?? '') || (continued && line.includes('<<'))) {
      for (const m of line.matchAll(/(?<![^\s])[0-9]*<<(-?)(["']?)([^\s<"']+)\2/g)) heredocs.push({ name: m[3]!, chomp: m[1] === '-' });
    }
    continued = /(?<!\\)\\[ \t]*$/.test(line);
  }
  if (continued) bad.push('(the last line continues into nothing)');
  return bad;
}

/** Findings a template cannot avoid: versions only the user knows (each left as a placeholder). */
const VERSION_PINNING = new Set(['DL3006', 'DL3007', 'DL3008', 'DL3013', 'DL3016', 'DL3018', 'DL3028', 'DL3033', 'DL3037', 'DL3041']);

/** Fragment snippets are linted inside a minimal Dockerfile; headers go first, the rest after FROM. */
function inContext(expanded: string): string {
  if (/^FROM /m.test(expanded)) return expanded;
  if (/^(# syntax=|ARG )/.test(expanded)) return `${expanded}\nFROM debian:bookworm-slim\nWORKDIR /app\n`;
  return `FROM debian:bookworm-slim\nWORKDIR /app\n${expanded}\n`;
}

describe('snippet expander', () => {
  it('reports the first choice and placeholder defaults when every default is accepted', () => {
    assert.equal(expandSnippet('FROM ${1|a,b|}:${2:latest}$0'), 'FROM a:latest');
  });
  it('reports mirrored text when a tabstop appears twice', () => {
    assert.equal(expandSnippet('USER ${1:app}\nRUN chown $1 /x && echo ${1}'), 'USER app\nRUN chown app /x && echo app');
    assert.equal(expandSnippet('$1 then ${1:late}'), 'late then late');
  });
  it('reports nested placeholders expanded', () => {
    assert.equal(expandSnippet('${1:outer ${2:inner} end} $2'), 'outer inner end inner');
  });
  it('reports literal dollars and braces when they are escaped', () => {
    assert.equal(expandSnippet('FROM \\${BASE} \\} \\\\ ${1:a\\}b}'), 'FROM ${BASE} } \\ a}b');
    assert.equal(expandSnippet('cost: $ 5'), 'cost: $ 5');
  });
  it('reports escaped commas and pipes inside a choice as part of the option', () => {
    assert.deepEqual(choicesOf('${1|a\\,b,c\\|d|}').get(1), ['a,b', 'c|d']);
    assert.equal(expandSnippet('${1|a\\,b,c|}'), 'a,b');
  });
  it('reports variable values, defaults, and the name for an unknown variable', () => {
    assert.equal(expandSnippet('$TM_FILENAME ${TM_FILENAME} ${NOPE:dflt} $NOPE', { TM_FILENAME: 'Dockerfile' }), 'Dockerfile Dockerfile dflt NOPE');
  });
  it('reports a syntax error when a placeholder is not closed', () => {
    assert.throws(() => parseSnippet('${1:open'), SnippetSyntaxError);
    assert.throws(() => parseSnippet('${1|a,b'), SnippetSyntaxError);
  });
});

describe('snippet shape check', () => {
  it('reports a line that is neither instruction, comment, continuation nor heredoc body', () => {
    assert.deepEqual(badLines('FROM a\nRUN x \\\n  y\n# c\nRUN <<EOF\nanything\nEOF\nbogus line'), ['bogus line']);
    assert.deepEqual(badLines('RUN a \\'), ['(the last line continues into nothing)']);
  });
});

describe('snippets/dockerfile.json', () => {
  const snippets = loadSnippets();

  it('reports the snippets the course needs when the file is read', () => {
    const prefixes = new Set([...snippets.values()].map((s) => s.prefix));
    for (const p of ['syntax', 'arg-from', 'apt-install', 'healthcheck', 'user', 'copy-deps-first', 'multistage-node', 'multistage-python', 'multistage-go', 'multistage-java']) {
      assert.ok(prefixes.has(p), `missing snippet ${p}`);
    }
    assert.equal(prefixes.size, snippets.size, 'prefixes are unique');
  });

  for (const [name, snippet] of snippets) {
    describe(name, () => {
      const expanded = expandSnippet(snippet.body);

      it('reports an English and a Korean (합니다체) description when read', () => {
        const [en, ko, ...rest] = snippet.description.split(' — ');
        assert.equal(rest.length, 0, 'one " — " between English and Korean');
        assert.ok(en !== undefined && /^[\x20-\x7e]+$/.test(en) && en.length > 30, `English part: ${en}`);
        assert.ok(ko !== undefined && /[가-힣]/.test(ko), 'Korean part has Hangul');
        const sentences = ko.split(/(?<=다\.)\s+/);
        for (const s of sentences) assert.match(s, /(니다|니까)[.?]$/, `Korean sentence in 합니다체: ${s}`);
      });

      it('reports only instructions, comments, continuations and heredoc bodies when expanded', () => {
        assert.deepEqual(badLines(expanded), []);
      });

      it('reports no finding from our linter other than version pinning when expanded', () => {
        const { findings } = lintText(inContext(expanded));
        const serious = findings
          .filter((f) => !VERSION_PINNING.has(f.code))
          .map((f) => `${f.code} ${f.severity} at ${f.range.start}: ${inContext(expanded).slice(f.range.start, f.range.end)}`);
        assert.deepEqual(serious, []);
      });

      it('reports every instruction keyword with the keyword scope when highlighted', async () => {
        const lines = await tokenize(inContext(expanded));
        const text = inContext(expanded).split('\n');
        for (const [i, line] of text.entries()) {
          const m = /^(\s*)([A-Z]+)(?=\s|$)/.exec(line);
          if (m === null || !INSTRUCTION.test(line)) continue;
          const tok = lines[i]!.find((t) => t.startIndex === m[1]!.length);
          assert.ok(tok?.scopes.some((s) => s.startsWith('keyword.')), `line ${i + 1}: ${line}`);
        }
        const illegal = lines.flat().filter((t) => t.scopes.some((s) => s.startsWith('invalid.')));
        assert.deepEqual(illegal.map((t) => t.text), []);
      });

      it('offers each choice as placeholders and leaves no undeclared variable when expanded', () => {
        for (const options of choicesOf(snippet.body.join('\n')).values()) assert.ok(options.length >= 2);
        // A `$NAME` the snippet engine would take as a variable shows up as its bare name: Dockerfile
        // variables in a body must be written `\$NAME`.
        assert.doesNotMatch(snippet.body.join('\n'), /(?<!\\)\$(?:[A-Za-z_]|\{[A-Za-z_])/);
      });
    });
  }
});
