/**
 * Runs the rules over a model: severity precedence, suppression comments, configuration.
 * Precedence: `dockerfileTutor.rules` setting, then `.hadolint.yaml` (`override`, `ignored`), then the default.
 */
import type { Lang, Localized, Severity } from '../../../common/src/protocol';
import type { Comment, Instruction, Range } from '../parse/ast';
import type { DockerfileModel } from '../model/model';
import { fillTemplate } from '../knowledge/template';
import { RULES, ruleById } from './registry';
import type { Fix, LintSettings, Report, Rule, RuleContext } from './types';
import type { RuleText } from '../knowledge/rules/types';
import { DEFAULT_LINT_SETTINGS } from './types';
import { BUILDKIT_CHECK_NAMES } from './buildkit/checkNames';
import { jobShellScripts, type ShellScriptReuse } from '../shell/shell';
import { enterMemo, leaveMemo } from './memo';

/** A configured level: a severity, `hint` (shown faintly in the editor, `style` in reports), or `off`. */
export type RuleLevel = Severity | 'hint' | 'off';

export interface LintConfig {
  /** Rule ids (or aliases) that are off (`.hadolint.yaml` `ignored`, `--ignore`). */
  readonly ignored: readonly string[];
  /** Severity overrides from `.hadolint.yaml` `override`. */
  readonly override: Readonly<Record<string, Severity>>;
  /** The editor setting `dockerfileTutor.rules` (wins over the config file). */
  readonly settings: Readonly<Record<string, RuleLevel>>;
  readonly lint: LintSettings;
}

export const DEFAULT_LINT_CONFIG: LintConfig = { ignored: [], override: {}, settings: {}, lint: DEFAULT_LINT_SETTINGS };

export interface Finding {
  readonly rule: Rule;
  readonly code: string;
  readonly severity: Severity;
  /** True when configured as `hint`: the editor shows it as a hint. */
  readonly hint: boolean;
  readonly range: Range;
  readonly params: Readonly<Record<string, string>>;
  readonly variant: string;
  readonly fix: Fix | undefined;
  /** The rule's message template for `variant` (`default` when it has none by that name). */
  readonly template: Localized;
}

interface Suppressions {
  /** line (0-based) of an instruction → ids ignored for it. */
  readonly byLine: Map<number, Set<string>>;
  readonly global: Set<string>;
  readonly skipAll: boolean;
  readonly checkError: boolean;
}

function splitIds(s: string): string[] {
  return s.split(',').map((x) => x.trim()).filter((x) => x.length > 0);
}

/** No suppression at all (most files): shared, never changed. */
const NO_SUPPRESSIONS: Suppressions = { byLine: new Map(), global: new Set(), skipAll: false, checkError: false };

/** The comments that start with `hadolint` (pragmas), in order; the same empty list when there is none (most files). */
const NO_COMMENTS: readonly Comment[] = [];

function hadolintComments(comments: readonly Comment[]): readonly Comment[] {
  let out: Comment[] | undefined;
  for (let i = 0; i < comments.length; i++) {
    const c = comments[i]!;
    const t = c.text;
    // 104: `h`; most comments fail here without a call.
    if (t.charCodeAt(0) === 104 && t.startsWith('hadolint')) (out ??= []).push(c);
  }
  return out ?? NO_COMMENTS;
}

function suppressions(model: DockerfileModel, pragmas: readonly Comment[]): Suppressions {
  let any = pragmas.length > 0;
  if (!any) {
    const directives = model.parse.directives;
    for (let i = 0; i < directives.length; i++) if (directives[i]!.name === 'check') any = true;
  }
  if (!any) return NO_SUPPRESSIONS;
  const byLine = new Map<number, Set<string>>();
  const global = new Set<string>();
  let skipAll = false;
  let checkError = false;
  for (const d of model.parse.directives) {
    if (d.name !== 'check') continue;
    for (const part of d.value.split(';')) {
      const [k, v] = part.split('=', 2).map((x) => x.trim());
      if (k === 'skip' && v !== undefined) {
        if (v === 'all') skipAll = true;
        else for (const id of splitIds(v)) global.add(id);
      } else if (k === 'error' && v === 'true') checkError = true;
    }
  }
  // `# hadolint ignore=A,B [# reason]` applies to the instruction that follows the comment block. Comments and
  // instructions are in line order: both are searched from the pragma, not indexed whole (a 2 MB file has 56,000
  // instructions, and sets of all their lines cost more than the lint of a small file).
  const comments = model.parse.comments;
  const instructions = model.parse.instructions;
  for (const c of pragmas) {
    const m = /^hadolint\s+(global\s+)?ignore\s*=\s*([^#\s][^#]*?)\s*(?:#.*)?$/.exec(c.text);
    if (m === null || m[2] === undefined) continue;
    const ids = splitIds(m[2].replace(/\s+/g, ''));
    if (m[1] !== undefined) {
      for (const id of ids) global.add(id);
      continue;
    }
    let line = c.line + 1;
    // Skip further comment lines between the pragma and the instruction.
    for (let k = firstAtOrAfter(comments.length, (i) => comments[i]!.line, line); k < comments.length && comments[k]!.line <= line; k++) {
      if (comments[k]!.line === line) line++;
    }
    const at = firstAtOrAfter(instructions.length, (i) => instructions[i]!.startLine, line);
    if (at >= instructions.length || instructions[at]!.startLine !== line) continue;
    const set = byLine.get(line) ?? new Set<string>();
    for (const id of ids) set.add(id);
    byLine.set(line, set);
  }
  return { byLine, global, skipAll, checkError };
}

/** The first index in 0…length whose key (ascending with the index) is at least `value`; `length` when none is. */
function firstAtOrAfter(length: number, key: (i: number) => number, value: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(mid) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function named(rule: Rule, set: ReadonlySet<string> | readonly string[]): boolean {
  const has = (id: string): boolean => (Array.isArray(set) ? (set as readonly string[]).includes(id) : (set as ReadonlySet<string>).has(id));
  return has(rule.id) || (rule.aliases !== undefined && rule.aliases.some(has));
}

/** The first value a record has for the rule's id or one of its aliases (own properties only, as before). */
function lookup<T>(record: Readonly<Record<string, T>>, rule: Rule): T | undefined {
  const l = record[rule.id];
  if (l !== undefined) return l;
  if (rule.aliases === undefined) return undefined;
  for (const id of rule.aliases) {
    const a = record[id];
    if (a !== undefined) return a;
  }
  return undefined;
}

function levelFor(rule: Rule, config: LintConfig): RuleLevel | undefined {
  const l = lookup(config.settings, rule);
  if (l !== undefined) return l;
  if (config.ignored.length > 0 && named(rule, config.ignored)) return 'off';
  return lookup(config.override, rule);
}

/** Whether BuildKit's `# check=` directive governs a rule (a BuildKit check, or one aliased to one). */
const buildkitChecks = new WeakMap<Rule, boolean>();
function isBuildkitCheck(rule: Rule): boolean {
  let b = buildkitChecks.get(rule);
  if (b === undefined) {
    b = rule.source === 'buildkit' || (rule.aliases ?? []).some((n) => BUILDKIT_CHECK_NAMES.has(n));
    buildkitChecks.set(rule, b);
  }
  return b;
}

/** Orders codes as `String.prototype.localeCompare` does (same collation), much faster. */
const collator = new Intl.Collator();

/**
 * A rule that is on, with what the configuration says of it: computed once per configuration, not once per file
 * (rules have many object shapes: reading their fields in the per-file loop was a megamorphic load each).
 */
interface RulePlan {
  readonly rule: Rule;
  /** Severity before `# check=error=true`. */
  readonly severity: Severity;
  readonly hint: boolean;
  readonly buildkit: boolean;
  /** `# check=error=true` makes its findings errors (a BuildKit check without a configured level). */
  readonly checkError: boolean;
  /** Bits (`instructionBit`) of `rule.instructions`; 0 when the rule runs on every file. */
  readonly needs: number;
  /** `rule.id`, read once per configuration: read from the rule per finding, a megamorphic load (each rule has its own shape). */
  readonly code: string;
  /** `rule.text.messages` and its `default` (findings pick their template when reported, not per message made). */
  readonly messages: RuleText['messages'];
  readonly defaultMessage: Localized;
}

/** One bit per instruction name a rule may declare in `instructions` (a file's names as one number). */
const INSTRUCTION_BITS = new Map<string, number>();

function instructionBit(name: string): number {
  let bit = INSTRUCTION_BITS.get(name);
  if (bit === undefined) {
    // More names than bits: the rest share the top bit (a rule naming one then runs more often, never less).
    bit = 2 ** Math.min(INSTRUCTION_BITS.size, 30);
    INSTRUCTION_BITS.set(name, bit);
  }
  return bit;
}

function needsOf(rule: Rule): number {
  let needs = 0;
  for (const name of rule.instructions ?? []) needs |= instructionBit(name);
  return needs;
}

/** Set in `instructionMask`'s answer when the file has a SHELL instruction (ONBUILD triggers not counted). */
const HAS_SHELL = 2 ** 31;

/**
 * The bits of the instruction names of a file (ONBUILD triggers included) that some rule declares, and
 * `HAS_SHELL` (as a non-negative number: `mask >= HAS_SHELL`) when the file has a SHELL instruction.
 */
function instructionMask(model: DockerfileModel): number {
  let mask = 0;
  let shell = false;
  const instructions = model.parse.instructions;
  for (let i = 0; i < instructions.length; i++) {
    const ins = instructions[i]!;
    if (ins.name === 'shell') shell = true;
    const bit = INSTRUCTION_BITS.get(ins.name);
    if (bit !== undefined) mask |= bit;
    const trigger = ins.onbuild;
    if (trigger !== undefined) {
      const tbit = INSTRUCTION_BITS.get(trigger.name);
      if (tbit !== undefined) mask |= tbit;
    }
  }
  return shell ? mask + HAS_SHELL : mask;
}

interface CachedPlan {
  readonly ignored: LintConfig['ignored'];
  readonly override: LintConfig['override'];
  readonly rules: readonly Rule[];
  readonly plan: readonly RulePlan[];
}

/**
 * Plans by the configuration's `settings` object (the lint worker copies a configuration per job but keeps its
 * parts): reused while `ignored`, `override` and the rule list are the same objects. Configurations are not
 * changed after they are made.
 */
const plans = new WeakMap<object, CachedPlan>();

function planFor(config: LintConfig, rules: readonly Rule[]): readonly RulePlan[] {
  const hit = plans.get(config.settings);
  if (hit !== undefined && hit.ignored === config.ignored && hit.override === config.override && hit.rules === rules) return hit.plan;
  const plan: RulePlan[] = [];
  for (const rule of rules) {
    const configured = levelFor(rule, config);
    if (configured === 'off') continue;
    if (configured === undefined && rule.offByDefault === true) continue;
    const hint = configured === 'hint';
    const severity: Severity = configured === undefined || configured === 'hint' ? (hint ? 'style' : rule.defaultSeverity) : configured;
    const buildkit = isBuildkitCheck(rule);
    plan.push({
      rule, severity, hint, buildkit, checkError: buildkit && configured === undefined, needs: needsOf(rule),
      code: rule.id,
      messages: rule.text.messages,
      defaultMessage: rule.text.messages.default,
    });
  }
  plans.set(config.settings, { ignored: config.ignored, override: config.override, rules, plan });
  return plan;
}

/** Where the findings of one lint call go. */
interface Sink {
  readonly model: DockerfileModel;
  readonly sup: Suppressions;
  readonly findings: Finding[];
}

const NO_PARAMS: Readonly<Record<string, string>> = Object.freeze({});

/**
 * The context of the rules of one lint call (a class: no closure per rule and file). One object serves every
 * rule in turn (`rule`, `severity` and `hint` are set before each check): rules run one after the other and
 * report only while their check runs.
 */
class Context implements RuleContext {
  rule!: Rule;
  /** `rule.id`, `rule.text.messages` and its `default` (from the plan). */
  code = '';
  messages: RuleText['messages'] | undefined = undefined;
  defaultMessage: Localized | undefined = undefined;
  severity: Severity = 'error';
  hint = false;

  constructor(
    readonly model: DockerfileModel,
    readonly settings: LintSettings,
    readonly stageOf: RuleContext['stageOf'],
    readonly isPosixShell: RuleContext['isPosixShell'],
    readonly shell: RuleContext['shell'],
    private readonly sink: Sink,
  ) {}

  report(r: Report): void {
    const { sup, model } = this.sink;
    const rule = this.rule;
    if (sup.byLine.size > 0) {
      const ins = model.instructionAt(r.range.start);
      const suppressedLine = ins !== undefined ? ins.startLine : model.lines.lineOf(r.range.start);
      const ignored = sup.byLine.get(suppressedLine);
      if (ignored !== undefined && named(rule, ignored)) return;
    }
    const variant = r.variant ?? 'default';
    const fallback = this.defaultMessage!;
    const template = variant === 'default' ? fallback : (this.messages![variant] ?? fallback);
    this.sink.findings.push({ rule, code: this.code, severity: this.severity, hint: this.hint, range: r.range, params: r.params ?? NO_PARAMS, variant, fix: r.fix, template });
  }
}

/**
 * Runs the planned rules on one file (a top-level function, not a closure made per lint call: V8 then keeps its
 * optimized code instead of entering the loop unoptimized on each call).
 */
function runPlan(plan: readonly RulePlan[], mask: number, sup: Suppressions, ctx: Context): void {
  for (let i = 0; i < plan.length; i++) {
    const p = plan[i]!;
    if (p.needs !== 0 && (p.needs & mask) === 0) continue;
    const rule = p.rule;
    if (p.buildkit && sup.skipAll) continue;
    if (sup.global.size > 0 && named(rule, sup.global)) continue;
    ctx.rule = rule;
    ctx.code = p.code;
    ctx.messages = p.messages;
    ctx.defaultMessage = p.defaultMessage;
    ctx.severity = p.checkError && sup.checkError ? 'error' : p.severity;
    ctx.hint = p.hint;
    try {
      rule.check(ctx);
    } catch {
      // A rule must never take the linter down; a crash is a bug the property tests look for.
    }
  }
}

/**
 * Lints a model with every rule. Pure: the same model and config give the same findings. `reuse`: the shell
 * scripts of the same document's previous lint, for the RUNs that did not change (the lint worker's).
 */
export function lint(model: DockerfileModel, config: LintConfig = DEFAULT_LINT_CONFIG, rules: readonly Rule[] = RULES, reuse?: ShellScriptReuse): Finding[] {
  const pragmas = hadolintComments(model.parse.comments);
  const sup = suppressions(model, pragmas);
  const findings: Finding[] = [];
  const sink: Sink = { model, sup, findings };
  // The plan first: it gives the instruction names rules declare their bits.
  const plan = planFor(config, rules);
  const maskAndShell = instructionMask(model);
  const hasShell = maskAndShell >= HAS_SHELL;
  const mask = hasShell ? maskAndShell - HAS_SHELL : maskAndShell;
  const shellByStage = posixShellMap(model, pragmas, hasShell);
  const stageOf: RuleContext['stageOf'] = (ins) => model.stageOf(ins);
  const isPosixShell: RuleContext['isPosixShell'] = shellByStage === undefined ? () => true : (ins) => shellByStage.get(ins) ?? true;
  reuse?.begin(model.parse);
  const scripts = jobShellScripts(reuse);
  const shell: RuleContext['shell'] = shellByStage === undefined ? scripts : (ins) => (shellByStage.get(ins) ?? true ? scripts(ins) : undefined);
  const ctx = new Context(model, config.lint, stageOf, isPosixShell, shell, sink);
  const outer = enterMemo(shell, model);
  try {
    runPlan(plan, mask, sup, ctx);
  } finally {
    leaveMemo(outer);
  }
  findings.sort((a, b) => a.range.start - b.range.start || (a.code === b.code ? 0 : collator.compare(a.code, b.code)));
  return findings;
}

/**
 * Whether POSIX-shell rules apply to each instruction (SHELL instructions and `# hadolint shell=`); undefined when
 * they apply to every instruction (no SHELL instruction, no pragma naming another shell: most files).
 */
function posixShellMap(model: DockerfileModel, pragmas: readonly Comment[], hasShell: boolean): Map<Instruction, boolean> | undefined {
  let pragmaShell: boolean | undefined;
  for (const c of pragmas) {
    const m = /^hadolint\s+shell\s*=\s*(\S+)/.exec(c.text);
    if (m !== null && m[1] !== undefined) pragmaShell = isPosix(m[1]);
  }
  if (pragmaShell !== false && !hasShell) return undefined;
  const map = new Map<Instruction, boolean>();
  // A stage built FROM another starts with that stage's shell at its end, which carries its own inheritance.
  const atEnd: boolean[] = [];
  for (const stage of model.stages) {
    let posix = (stage.baseStage === undefined ? undefined : atEnd[stage.baseStage]) ?? pragmaShell ?? true;
    for (const ins of stage.instructions) {
      if (ins.name === 'shell') posix = isPosix(shellProgram(ins));
      map.set(ins, posix);
    }
    atEnd[stage.index] = posix;
  }
  return map;
}

function shellProgram(ins: Instruction): string {
  const first = ins.argNodes[0];
  return first !== undefined && !('child' in first) ? first.value : '';
}

function isPosix(program: string): boolean {
  const base = program.replace(/\\/g, '/').split('/').pop()?.toLowerCase().replace(/\.exe$/, '') ?? '';
  return !['powershell', 'pwsh', 'cmd'].includes(base);
}

/** The message of a finding in a language. */
export function findingMessage(f: Finding, lang: Lang): string {
  return fillTemplate(f.template[lang], f.params);
}

export { ruleById };
