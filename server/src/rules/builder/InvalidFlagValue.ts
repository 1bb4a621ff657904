import { InvalidFlagValue as text } from '../../knowledge/rules/builder/InvalidFlagValue';
import type { Flag } from '../../parse/ast';
import { builderApplies, flagError } from '../buildkit/lib/flags';
import { parsePlatform } from '../buildkit/lib/platform';
import { reachableStages } from '../buildkit/lib/stages';
import { chmodError, deviceError, mountError, parseGoDuration } from '../buildkit/lib/values';
import { argTokens, nodeArgs } from '../buildkit/lib/words';
import type { Rule } from '../types';

const DURATIONS = ['interval', 'timeout', 'start-period', 'start-interval'];

/** A value the builder uses as written (no variable, quote or escape to process). */
function literal(f: Flag): string | undefined {
  return f.value !== undefined && !/[$'"\\`]/.test(f.value) ? f.value : undefined;
}

/**
 * What BuildKit rejects in flag values. instructions/bflag.go: a missing value, a non-boolean value of a boolean
 * flag. Instruction parsers: RUN `--network` (default|none|host), `--security` (sandbox|insecure), `--mount` (CSV,
 * no variable in `from`), `--device`; HEALTHCHECK durations (Go durations, at least 1ms) and `--retries` (a
 * non-negative 32-bit integer). dockerfile2llb, for FROM and for the stages that are built: FROM `--platform`
 * constants, `--mount` keys and values, numeric `--chmod`, ADD `--checksum` with several or local sources.
 * Values with variables are left alone: they depend on build arguments.
 */
export const rule: Rule = {
  id: 'InvalidFlagValue',
  source: 'builder',
  defaultSeverity: 'error',
  concept: 'dockerfile',
  reference: 'moby/buildkit frontend/dockerfile/instructions/bflag.go, parse.go, commands_run*.go; dockerfile2llb/convert*.go',
  text,
  scope: 'stage',
  check(ctx) {
    const m = ctx.model;
    if (!builderApplies(m)) return;
    let reachable: ReadonlySet<number> | undefined;
    for (const ins of m.parse.instructions) {
      // Most instructions have no flag: neither a flag error nor a value to check.
      if (ins.flags.length === 0) continue;
      const e = flagError(ins);
      if (e !== undefined) {
        if (e.kind === 'missingValue') ctx.report({ range: e.flag.range, variant: 'missingValue', params: { flag: `--${e.flag.name}` } });
        if (e.kind === 'notBoolean') ctx.report({ range: e.flag.range, variant: 'notBoolean', params: { flag: `--${e.flag.name}`, value: e.flag.value ?? '' } });
        continue;
      }
      // Whether the instruction's stage is built: asked only for the values checked only then (the stage facts
      // are not needed for most files).
      const st = m.stageOf(ins);
      const isBuilt = (): boolean => st !== undefined && (reachable ??= reachableStages(m)).has(st.index);
      const bad = (f: Flag, message: string): void => ctx.report({ range: f.valueRange ?? f.range, params: { flag: `--${f.name}`, message } });
      for (const f of ins.flags) {
        const v = f.value;
        if (v === undefined) continue;
        if (ins.name === 'run') {
          if (f.name === 'network' && !['default', 'none', 'host'].includes(v)) bad(f, `invalid network mode "${v}"`);
          if (f.name === 'security' && !['sandbox', 'insecure'].includes(v)) bad(f, `security "${v}" is not valid`);
          if (f.name === 'mount') {
            const err = mountError(v, false) ?? (!/[$\\'`]/.test(v) && isBuilt() ? mountError(v, true) : undefined);
            if (err !== undefined) bad(f, err);
          }
          if (f.name === 'device') {
            const err = deviceError(v);
            if (err !== undefined) bad(f, err);
          }
        }
        if (ins.name === 'healthcheck' && (nodeArgs(ins)[0] ?? '').toUpperCase() !== 'NONE') {
          if (DURATIONS.includes(f.name) && v !== '') {
            const d = parseGoDuration(v);
            if (d === undefined) bad(f, `time: invalid duration "${v}"`);
            else if (d !== 0 && d < 1) bad(f, `Interval "${f.name}" cannot be less than 1ms`);
          }
          if (f.name === 'retries' && v !== '') {
            if (!/^[+-]?\d+$/.test(v) || Math.abs(Number(v)) > 2147483647) bad(f, `strconv.ParseInt: parsing "${v}": invalid syntax`);
            else if (Number(v) < 0) bad(f, `--retries cannot be negative (${Number(v)})`);
          }
        }
        if (ins.name === 'from' && f.name === 'platform') {
          const lv = literal(f);
          if (lv !== undefined && lv !== '' && parsePlatform(lv) === undefined) bad(f, `failed to parse platform ${lv}`);
          if (v === '') bad(f, 'empty platform value');
        }
        if ((ins.name === 'copy' || ins.name === 'add') && f.name === 'chmod' && isBuilt()) {
          const lv = literal(f);
          const err = lv === undefined || lv === '' ? undefined : chmodError(lv);
          if (err !== undefined) bad(f, err);
        }
        if (ins.name === 'add' && f.name === 'checksum' && v !== '' && isBuilt()) {
          const srcs = argTokens(ins).slice(0, -1);
          const first = srcs[0];
          if (srcs.length > 1) bad(f, "checksum can't be specified for multiple sources");
          else if (first !== undefined && !/[$:@]/.test(first.value) && !first.value.includes('.git')) bad(f, 'checksum requires HTTP(S) or Git sources');
        }
      }
    }
  },
};
