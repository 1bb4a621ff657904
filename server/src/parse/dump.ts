import type { Instruction, ParseResult } from './ast';
import { goQuote } from './goQuote';

/** One instruction in BuildKit's `Node.Dump()` form: `(instruction ["--flag"] "arg" ...)` without the parentheses. */
export function dumpInstruction(ins: Instruction): string {
  let str = ins.name;
  if (ins.flags.length > 0) str += ' [' + ins.flags.map((f) => goQuote(f.word)).join(' ') + ']';
  for (const n of ins.argNodes) {
    str += ' ' + ('child' in n ? '(' + dumpInstruction(n.child) + ')' : goQuote(n.value));
  }
  return str.trim();
}

/** The whole file in the format of BuildKit's parser test `result` files (one line per instruction). */
export function dumpResult(result: ParseResult): string {
  return result.instructions.map((i) => '(' + dumpInstruction(i) + ')\n').join('');
}
