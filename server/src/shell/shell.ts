/**
 * RUN scripts as shell commands. PLACEHOLDER splitter until the real shell parser lands (see the rules issue):
 * splits on `&&`, `||`, `;`, `|` outside quotes. Results are cached per instruction.
 */
import type { Instruction } from '../parse/ast';
import type { ShellCommand, ShellScript, ShellWord } from '../rules/types';

const cache = new WeakMap<Instruction, ShellScript | undefined>();

export function shellScriptOf(ins: Instruction): ShellScript | undefined {
  if (cache.has(ins)) return cache.get(ins);
  const script = ins.name === 'run' && !ins.json ? naive(ins) : undefined;
  cache.set(ins, script);
  return script;
}

function naive(ins: Instruction): ShellScript {
  const s = ins.args.value;
  const commands: ShellCommand[] = [];
  let words: ShellWord[] = [];
  let i = 0;
  const flush = (next: ShellCommand['next']): void => {
    const first = words[0];
    const last = words[words.length - 1];
    if (first !== undefined && last !== undefined) {
      commands.push({ name: first.value ?? first.raw, words, range: { start: first.range.start, end: last.range.end }, next });
    }
    words = [];
  };
  const base = ins.args.range.start;
  const at = (o: number): number => ins.toSource(0) === base ? base + o : base + o;
  while (i < s.length) {
    const c = s[i]!;
    if (/\s/.test(c)) { i++; continue; }
    const two = s.slice(i, i + 2);
    if (two === '&&' || two === '||') { flush(two); i += 2; continue; }
    if (c === ';' || c === '|' || c === '&') { flush(c); i++; continue; }
    const start = i;
    let value = '';
    let quote = '';
    while (i < s.length) {
      const ch = s[i]!;
      if (quote !== '') { if (ch === quote) quote = ''; else value += ch; i++; continue; }
      if (ch === '"' || ch === "'") { quote = ch; i++; continue; }
      if (ch === '\\' && i + 1 < s.length) { value += s[i + 1]; i += 2; continue; }
      if (/\s/.test(ch) || ch === ';' || ch === '|' || ch === '&') break;
      value += ch;
      i++;
    }
    const raw = s.slice(start, i);
    words.push({ raw, value: raw.includes('$') ? undefined : value, range: { start: at(start), end: at(i) } });
  }
  flush('');
  return { commands, parseError: false };
}
