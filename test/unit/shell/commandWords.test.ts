import * as assert from 'node:assert/strict';
import { parseShell } from '../../../server/src/shell/parser';

/** Every word of every command as [raw, value, text, start, end]. */
function wordsOf(src: string): unknown[][][] {
  return parseShell(src).commands.map((c) => c.words.map((w) => [w.raw, w.value, w.text, w.start, w.end]));
}

describe('shell parser: the words of a command', () => {
  it('gives a command name and then its words with the same values as when the words are read first', () => {
    const src = 'X=1 apt-get install -y "curl" $PKG a\\ b && ${CC} -o x x.c; \'set\' -e; [[ -f a ]] && f() { g 1; }';
    const byName = parseShell(src);
    const names = byName.commands.map((c) => c.name);
    assert.deepEqual(names, ['apt-get', '${CC}', 'set', '[[', 'g']);
    assert.deepEqual(byName.commands.map((c) => c.words.map((w) => [w.raw, w.value, w.text, w.start, w.end])), wordsOf(src));
    assert.deepEqual(wordsOf(src)[0], [
      ['apt-get', 'apt-get', 'apt-get', 4, 11],
      ['install', 'install', 'install', 12, 19],
      ['-y', '-y', '-y', 20, 22],
      ['"curl"', 'curl', 'curl', 23, 29],
      ['$PKG', undefined, '$PKG', 30, 34],
      ['a\\ b', 'a b', 'a b', 35, 39],
    ]);
  });

  it('returns the same list and the same word objects on every read of a command\'s words', () => {
    const cmd = parseShell('make -j4 "all" install').commands[0];
    assert.ok(cmd !== undefined);
    const first = cmd.words;
    assert.equal(cmd.words, first);
    assert.equal(first.length, 4);
    for (let i = 0; i < first.length; i++) assert.equal(cmd.words[i], first[i]);
  });

  it('keeps assignments and redirect targets as words of their own, not in the command words', () => {
    const cmd = parseShell('A=1 B="2" env >out 2>&1 printenv').commands[0];
    assert.ok(cmd !== undefined);
    assert.deepEqual(cmd.assignments.map((w) => [w.raw, w.value]), [['A=1', 'A=1'], ['B="2"', 'B=2']]);
    assert.deepEqual(cmd.redirects.map((r) => [r.op, r.fd, r.target?.value]), [['>', '', 'out'], ['>&', '2', '1']]);
    assert.deepEqual(cmd.words.map((w) => w.value), ['env', 'printenv']);
    assert.equal(cmd.name, 'env');
  });
});
