/** The EXPOSE words BuildKit sees, after expanding what can be known. */
import type { DockerfileModel } from '../../../model/model';
import type { Instruction, Token } from '../../../parse/ast';
import { expandAt } from './scope';
import { argTokens } from './words';
import { parsePort, type PortSpec } from './ports';
import { memoized } from '../../memo';
import type { RuleContext } from '../../types';

export interface ExposeWord {
  readonly instruction: Instruction;
  readonly token: Token;
  /** The word after expansion; the token's own text when it has no variable. */
  readonly value: string;
  readonly literal: boolean;
}

/** EXPOSE words of every stage whose value is known (words with unknown variables are skipped). */
export function exposeWords(model: DockerfileModel): ExposeWord[] {
  const out: ExposeWord[] = [];
  for (const st of model.stages) {
    for (const ins of st.instructions) {
      if (ins.name !== 'expose') continue;
      for (const tok of argTokens(ins)) {
        if (!tok.value.includes('$')) {
          if (!/['"\\`]/.test(tok.value)) out.push({ instruction: ins, token: tok, value: tok.value, literal: true });
          continue;
        }
        const r = expandAt(model, ins, tok.value);
        if (r.known && !/\s/.test(r.result) && r.result !== '') out.push({ instruction: ins, token: tok, value: r.result, literal: false });
      }
    }
  }
  return out;
}

/** An EXPOSE word with BuildKit's reading of it. */
export interface ExposePort {
  readonly word: ExposeWord;
  readonly port: PortSpec;
}

/** `exposeWords` with each word's `parsePort`, made once per lint call for the three rules that read them. */
export function exposePorts(ctx: RuleContext): readonly ExposePort[] {
  return memoized(ctx, 'exposePorts', (): readonly ExposePort[] => exposeWords(ctx.model).map((word) => ({ word, port: parsePort(word.value) })));
}
