import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { parse } from '../../../server/src/parse/parser';
import { parseShell } from '../../../server/src/shell/parser';
import { jobShellScripts, runMentions, shellScriptOf } from '../../../server/src/shell/shell';
import type { ShellScript } from '../../../server/src/rules/types';
import { corpusDir, corpusFiles } from '../../helpers/corpus';

function script(dockerfile: string, index = 1): { text: string; s: ShellScript | undefined } {
  const ins = parse(dockerfile).instructions[index];
  assert.ok(ins !== undefined);
  return { text: dockerfile, s: shellScriptOf(ins) };
}

function names(s: ShellScript | undefined): string[] {
  assert.ok(s !== undefined);
  return s.commands.map((c) => c.name);
}

describe('shell analysis of RUN', () => {
  it('reports the commands of an && / ; / | chain with the operator that follows each', () => {
    const { s } = script('FROM x\nRUN apt-get update && apt-get install -y curl; curl -s x | sh || true\n');
    assert.ok(s !== undefined);
    assert.deepEqual(s.commands.map((c) => [c.name, c.next]), [['apt-get', '&&'], ['apt-get', ';'], ['curl', '|'], ['sh', '||'], ['true', '']]);
    assert.equal(s.pipes, 1);
    assert.equal(s.parseError, false);
    assert.equal(s.source, 'args');
  });

  it('maps every word back to the document, across line continuations', () => {
    const text = 'FROM x\nRUN set -eux; \\\n    apt-get install -y \\\n      "curl" \\\n # a comment line\n   && rm -rf /var/lib/apt/lists/*\n';
    const { s } = script(text);
    assert.ok(s !== undefined);
    for (const c of s.commands) for (const w of c.words) assert.equal(text.slice(w.range.start, w.range.end), w.raw);
    const curl = s.commands[1]?.words[3];
    assert.equal(curl?.value, 'curl');
    assert.equal(curl?.raw, '"curl"');
    const rm = s.commands[2];
    assert.equal(text.slice(rm?.range.start, rm?.range.end), 'rm -rf /var/lib/apt/lists/*');
  });

  it('reads set -eux and set -o pipefail as options, and +x as switching one off', () => {
    const { s } = script('FROM x\nRUN set -eux -o pipefail; set +x; echo hi\n');
    assert.deepEqual(s?.options, ['e', 'u', 'pipefail']);
    const { s: s2 } = script('FROM x\nRUN set -euxo pipefail && echo\n');
    assert.deepEqual(s2?.options, ['e', 'u', 'x', 'pipefail']);
  });

  it('finds commands inside subshells, groups, $( ), backticks and compound commands, with their context', () => {
    const { s } = script('FROM x\nRUN (cd /src && make) && { echo a; } && v="$(uname -m)" && echo `id -u` && if true; then apk add x; fi\n');
    assert.ok(s !== undefined);
    assert.deepEqual(s.commands.map((c) => [c.name, c.context]), [
      ['cd', 'subshell'], ['make', 'subshell'], ['echo', 'group'], ['uname', 'substitution'], ['echo', 'top'], ['id', 'substitution'], ['true', 'compound'], ['apk', 'compound'],
    ]);
  });

  it('keeps assignments before the command name apart from its words', () => {
    const { s } = script('FROM x\nRUN DEBIAN_FRONTEND=noninteractive apt-get install -y x\n');
    const c = s?.commands[0];
    assert.equal(c?.name, 'apt-get');
    assert.deepEqual(c?.assignments.map((a) => a.value), ['DEBIAN_FRONTEND=noninteractive']);
  });

  it('gives a word with an expansion no value but its text with quotes removed', () => {
    const { s } = script('FROM x\nRUN apt-get install "pkg=${VERSION}" \'a b\' c\\ d\n');
    const w = s?.commands[0]?.words.slice(2);
    assert.deepEqual(w?.map((x) => [x.value, x.text]), [[undefined, 'pkg=${VERSION}'], ['a b', 'a b'], ['c d', 'c d']]);
  });

  it('parses the body of RUN <<EOF as the script, with document ranges', () => {
    const text = 'FROM x\nRUN <<EOF\nset -e\napt-get update\napt-get install -y vim\nEOF\n';
    const { s } = script(text);
    assert.equal(s?.source, 'heredoc');
    assert.deepEqual(names(s), ['set', 'apt-get', 'apt-get']);
    const last = s?.commands[2];
    assert.equal(text.slice(last?.range.start, last?.range.end), 'apt-get install -y vim');
    assert.deepEqual(s?.options, ['e']);
  });

  it('treats heredoc bodies of a command as data, not as commands', () => {
    const { s } = script('FROM x\nRUN cat <<EOF > /etc/conf && echo done\nrm -rf /\nEOF\n');
    assert.deepEqual(names(s), ['cat', 'echo']);
    assert.equal(s?.commands[0]?.redirects.length, 2);
  });

  it('gives no script for exec form, other instructions and a heredoc with a non-shell shebang', () => {
    assert.equal(script('FROM x\nRUN ["apt-get", "update"]\n').s, undefined);
    assert.equal(script('FROM x\nCMD echo hi\n').s, undefined);
    assert.equal(script('FROM x\nRUN <<EOF\n#!/usr/bin/env python3\nprint(1)\nEOF\n').s, undefined);
    assert.deepEqual(names(script('FROM x\nRUN <<EOF\n#!/bin/bash\necho 1\nEOF\n').s), ['echo']);
  });

  it('flags an unterminated quote as a parse error and still gives the commands before it', () => {
    const { s } = script("FROM x\nRUN echo a && echo 'oops\n");
    assert.equal(s?.parseError, true);
    assert.deepEqual(names(s), ['echo', 'echo']);
  });

  it('gives the same raw, value and text of a word whichever is read first, and the same object each time', () => {
    const text = 'FROM x\nRUN cp  a.txt "b c" $D/x \\\n    /dst\n';
    const first = script(text).s?.commands[0]?.words;
    const second = script(text).s?.commands[0]?.words;
    assert.ok(first !== undefined && second !== undefined);
    // Plain words made lazily: raw first in one script, value first in the other.
    const byRaw = first.map((w) => [w.raw, w.value, w.text]);
    const byValue = second.map((w) => { const v = w.value; return [w.raw, v, w.text]; });
    const expected = [['cp', 'cp', 'cp'], ['a.txt', 'a.txt', 'a.txt'], ['"b c"', 'b c', 'b c'], ['$D/x', undefined, '$D/x'], ['/dst', '/dst', '/dst']];
    assert.deepEqual(byRaw, expected);
    assert.deepEqual(byValue, expected);
    const w = first[4]!;
    assert.equal(w.range, w.range);
    assert.equal(text.slice(w.range.start, w.range.end), '/dst');
  });

  it('names a command whose first word has an expansion by its raw text, and sees set only as a literal command word', () => {
    const { s } = script('FROM x\nRUN $CC -o x x.c && "set" -e && ${SET} -u && s\\et -x\n');
    assert.deepEqual(names(s), ['$CC', 'set', '${SET}', 'set']);
    assert.deepEqual(s?.options, ['e', 'x']);
  });

  it('gives redirections with their operator, descriptor, target and document range', () => {
    const text = 'FROM x\nRUN make 2>&1 >/tmp/log \\\n  && cat < in.txt\n';
    const { s } = script(text);
    const r = s?.commands[0]?.redirects.map((x) => [x.op, x.fd, x.target?.value, text.slice(x.range.start, x.range.end)]);
    assert.deepEqual(r, [['>&', '2', '1', '2>&1'], ['>', '', '/tmp/log', '>/tmp/log']]);
    const cat = s?.commands[1];
    assert.equal(text.slice(cat?.range.start, cat?.range.end), 'cat < in.txt');
    assert.deepEqual(cat?.redirects.map((x) => text.slice(x.range.start, x.range.end)), ['< in.txt']);
  });

  it('orders commands by where they start when a word holds a command substitution', () => {
    const { s } = script('FROM x\nRUN echo $(date +%s) "$(id -u)" `uname -m` && make -j$(nproc)\n');
    assert.deepEqual(names(s), ['echo', 'date', 'id', 'uname', 'make', 'nproc']);
    assert.deepEqual(s?.commands.map((c) => c.next), ['&&', '', '', '', '', '']);
  });

  it('caches the script per instruction', () => {
    const ins = parse('FROM x\nRUN echo hi\n').instructions[1];
    assert.ok(ins !== undefined);
    assert.equal(shellScriptOf(ins), shellScriptOf(ins));
  });

  it('parses a RUN once per job, and reuses a script shellScriptOf already made', () => {
    const [, run, other, exec] = parse('FROM x\nRUN echo hi\nRUN apt-get update\nRUN ["echo"]\n').instructions;
    assert.ok(run !== undefined && other !== undefined && exec !== undefined);
    const job = jobShellScripts();
    const s = job(run);
    assert.deepEqual(names(s), ['echo']);
    assert.equal(job(run), s);
    assert.equal(job(exec), undefined);
    const shared = shellScriptOf(other);
    assert.equal(jobShellScripts()(other), shared);
    assert.notEqual(jobShellScripts()(run), s);
  });

  it('tells whether a RUN mentions a word in its arguments or heredoc bodies', () => {
    const ins = parse('FROM x\nRUN <<EOF\napt-get update\nEOF\n').instructions[1];
    assert.ok(ins !== undefined);
    assert.equal(runMentions(ins, ['pip', 'apt-get']), true);
    assert.equal(runMentions(ins, ['apk']), false);
  });
});

describe('shell parser', () => {
  it('parses case, functions, for/while loops, [[ ]] and arithmetic', () => {
    const src = 'case "$a" in x|y) echo 1 ;; *) exit 2 ;; esac\nf() { ls; }\nfunction g { pwd; }\nfor i in 1 2; do echo $i; done\nwhile read l; do :; done < f\n[[ -n $x && $y ]] && (( i++ ))';
    const r = parseShell(src);
    assert.equal(r.error, false);
    assert.deepEqual(r.commands.map((c) => src.slice(c.words[0]!.start, c.words[0]!.end)), ['echo', 'exit', 'ls', 'pwd', 'echo', 'read', ':', '[[']);
  });

  it('reads heredoc bodies inside a multi-line script', () => {
    const src = 'cat <<-EOF >x\n\tbody ; rm -rf /\n\tEOF\necho after\n';
    const r = parseShell(src);
    assert.deepEqual(r.commands.map((c) => src.slice(c.words[0]!.start, c.words[0]!.end)), ['cat', 'echo']);
    assert.equal(r.heredocs.length, 1);
  });

  it('never throws and always ends on arbitrary input', () => {
    const alphabet = ['a', ' ', '\n', ';', '&', '|', '(', ')', '{', '}', '$', '`', "'", '"', '\\', '<', '>', '#', 'if', 'then', 'fi', 'do', 'done', 'case', 'in', 'esac', ';;', '[[', ']]', '=', '-', '$(', '${', '<<E', 'E'];
    let seed = 42;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let k = 0; k < 3000; k++) {
      let s = '';
      const len = rnd(40);
      for (let i = 0; i < len; i++) s += alphabet[rnd(alphabet.length)];
      const r = parseShell(s);
      for (const c of r.commands) assert.ok(c.start >= 0 && c.end <= s.length && c.start <= c.end, JSON.stringify(s));
    }
  });
});

describe('shell analysis on the corpus', () => {
  const dir = corpusDir();
  if (dir === undefined) return;
  it('maps every single-line word of every RUN back to its text in the document', () => {
    let words = 0;
    for (const f of corpusFiles(dir)) {
      const text = fs.readFileSync(f.path, 'utf8');
      for (const ins of parse(text).instructions) {
        const s = shellScriptOf(ins);
        if (s === undefined) continue;
        for (const c of s.commands) {
          for (const w of c.words) {
            const slice = text.slice(w.range.start, w.range.end);
            if (slice.includes('\n')) continue;
            assert.equal(slice, w.raw, `${f.name}: ${w.raw}`);
            words++;
          }
        }
      }
    }
    assert.ok(words > 10000, `only ${words} words`);
  });
});
