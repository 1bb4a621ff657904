import { InvalidStopSignal as text } from '../../knowledge/rules/builder/InvalidStopSignal';
import { builderApplies } from '../buildkit/lib/flags';
import { reachableStages } from '../buildkit/lib/stages';
import type { Rule } from '../types';

const NAMES = new Set([
  'ABRT', 'ALRM', 'BUS', 'CHLD', 'CLD', 'CONT', 'FPE', 'HUP', 'ILL', 'INT', 'IO', 'IOT', 'KILL', 'PIPE', 'POLL', 'PROF', 'PWR',
  'QUIT', 'SEGV', 'STKFLT', 'STOP', 'SYS', 'TERM', 'TRAP', 'TSTP', 'TTIN', 'TTOU', 'URG', 'USR1', 'USR2', 'VTALRM', 'WINCH',
  'XCPU', 'XFSZ', 'RTMIN', 'RTMAX',
  ...Array.from({ length: 15 }, (_, i) => `RTMIN+${i + 1}`),
  ...Array.from({ length: 14 }, (_, i) => `RTMAX-${i + 1}`),
]);

/** moby/sys/signal ParseSignal (Linux table): a non-zero number or a signal name, with or without `SIG`. */
export function isValidSignal(s: string): boolean {
  if (/^[+-]?\d+$/.test(s)) return Number(s) !== 0;
  const u = s.toUpperCase();
  return NAMES.has(u.startsWith('SIG') ? u.slice(3) : u);
}

/** BuildKit dockerfile2llb/convert.go dispatchStopSignal (stages that are built): the signal must parse. */
export const rule: Rule = {
  id: 'InvalidStopSignal',
  source: 'builder',
  defaultSeverity: 'error',
  concept: 'container-runtime',
  reference: 'moby/buildkit frontend/dockerfile/dockerfile2llb/convert.go dispatchStopSignal',
  text,
  instructions: ['stopsignal'],
  scope: 'stage',
  check(ctx) {
    if (!builderApplies(ctx.model)) return;
    // The stage facts only for an invalid signal (most files have none).
    let reachable: ReadonlySet<number> | undefined;
    for (const st of ctx.model.stages) {
      for (const ins of st.instructions) {
        const v = ins.args.value;
        if (ins.name !== 'stopsignal' || v === '' || /[$'"\\`\s]/.test(v)) continue;
        if (!isValidSignal(v) && (reachable ??= reachableStages(ctx.model)).has(st.index)) ctx.report({ range: ins.args.range, params: { signal: v } });
      }
    }
  },
};
