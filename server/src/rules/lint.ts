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
import { enterMemo, leaveMemo, memoValue, seedMemo } from './memo';
import { STAGE_FACTS_KEY } from './buildkit/lib/stages';
import { firstWhere } from '../parse/incremental';
import { diffInstructions, diffStages, freshFindings, freshStageFindings, keptFindings, keptOutlineFindings, keptStageFindings, modelView, sameOutline, stageView, type Surroundings } from './incremental';

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
  /**
   * Set by the incremental lint on a finding it moved with its instruction while every line and character of it
   * stayed as they were: the finding it was first made as, whose diagnostic is the same (the lint worker reuses its JSON).
   */
  readonly origin?: Finding;
}

export interface Suppressions {
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
    for (let k = firstWhere(comments.length, (i) => comments[i]!.line >= line); k < comments.length && comments[k]!.line <= line; k++) {
      if (comments[k]!.line === line) line++;
    }
    const at = firstWhere(instructions.length, (i) => instructions[i]!.startLine >= line);
    if (at >= instructions.length || instructions[at]!.startLine !== line) continue;
    const set = byLine.get(line) ?? new Set<string>();
    for (const id of ids) set.add(id);
    byLine.set(line, set);
  }
  return { byLine, global, skipAll, checkError };
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
export interface RulePlan {
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
    readonly sink: Sink,
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
  return lintWith(model, config, rules, reuse, undefined, false).findings;
}

/**
 * What `lintRemembering` keeps of a lint for the next version of the same document: the model, the plan, and the
 * findings of each rule with a scope (`Rule.scope`).
 */
export interface LintMemory {
  readonly model: DockerfileModel;
  readonly plan: readonly RulePlan[];
  readonly sup: Suppressions;
  readonly around: Surroundings | undefined;
  /** The findings of each rule of the plan with a scope, as reported (suppressions applied). */
  readonly local: ReadonlyMap<Rule, readonly Finding[]>;
  /** The memo's values that hold while the stages do (`SHARED_WITH_VIEWS`), for the next lint when they still do. */
  readonly shared: ReadonlyMap<string, unknown>;
}

/**
 * `lint`, for a document linted again after each edit (the lint worker's large documents): with the memory of the
 * same document's previous lint, the rules with a scope (`Rule.scope`) run only on what the edit changed, and their
 * findings elsewhere are kept (rules/incremental.ts); the other rules run on the whole file. The findings equal
 * `lint`'s (test/unit/rules/incrementalLint.test.ts, and a property test). The memory of the previous lint must be of
 * the same configuration, rules and target (its plan is compared; the caller compares the settings' values).
 */
export function lintRemembering(
  model: DockerfileModel,
  config: LintConfig,
  rules: readonly Rule[],
  reuse: ShellScriptReuse | undefined,
  previous: LintMemory | undefined,
): { findings: Finding[]; memory: LintMemory } {
  const { findings, memory } = lintWith(model, config, rules, reuse, previous, true);
  return { findings, memory: memory! };
}

function lintWith(
  model: DockerfileModel,
  config: LintConfig,
  rules: readonly Rule[],
  reuse: ShellScriptReuse | undefined,
  previous: LintMemory | undefined,
  remember: boolean,
): { findings: Finding[]; memory: LintMemory | undefined } {
  const pragmas = hadolintComments(model.parse.comments);
  const sup = suppressions(model, pragmas);
  const findings: Finding[] = [];
  const sink: Sink = { model, sup, findings };
  // The plan first: it gives the instruction names rules declare their bits.
  const plan = planFor(config, rules);
  const maskAndShell = instructionMask(model);
  const hasShell = maskAndShell >= HAS_SHELL;
  const mask = hasShell ? maskAndShell - HAS_SHELL : maskAndShell;
  const posixShells = posixShellMap(model, pragmas, hasShell);
  const shellByStage = posixShells?.map;
  const stageOf: RuleContext['stageOf'] = (ins) => model.stageOf(ins);
  const isPosixShell: RuleContext['isPosixShell'] = shellByStage === undefined ? () => true : (ins) => shellByStage.get(ins) ?? true;
  reuse?.begin(model.parse);
  const scripts = jobShellScripts(reuse);
  const shell: RuleContext['shell'] = shellByStage === undefined ? scripts : (ins) => (shellByStage.get(ins) ?? true ? scripts(ins) : undefined);
  const ctx = new Context(model, config.lint, stageOf, isPosixShell, shell, sink);
  const outer = enterMemo(shell, model);
  let memory: LintMemory | undefined;
  try {
    if (!remember) runPlan(plan, mask, sup, ctx);
    else {
      const around = shellByStage === undefined && sup.byLine.size === 0 ? undefined : surroundings(model, sup, posixShells);
      const local = runIncremental(plan, mask, sup, ctx, around, previous, shell);
      const shared = new Map<string, unknown>();
      for (const key of SHARED_WITH_VIEWS) {
        const value = memoValue(key);
        if (value !== undefined) shared.set(key, value);
      }
      memory = { model, plan, sup, around, local, shared };
    }
  } finally {
    leaveMemo(outer);
  }
  findings.sort((a, b) => a.range.start - b.range.start || (a.code === b.code ? 0 : collator.compare(a.code, b.code)));
  return { findings, memory };
}

function surroundings(model: DockerfileModel, sup: Suppressions, shells: PosixShells | undefined): Surroundings {
  const posix = shells?.byPosition ?? new Uint8Array(model.parse.instructions.length).fill(1);
  return { posix, ignored: sup.byLine.size === 0 ? undefined : (ins) => sup.byLine.get(ins.startLine) };
}

interface SplitPlan {
  /** Rules local to instructions, to stages, to the outline, and the others (`Rule.scope`). */
  readonly local: readonly RulePlan[];
  readonly staged: readonly RulePlan[];
  readonly outlined: readonly RulePlan[];
  readonly whole: readonly RulePlan[];
}

/** Per plan (plans are cached per configuration). */
const splitPlans = new WeakMap<readonly RulePlan[], SplitPlan>();

function splitPlan(plan: readonly RulePlan[]): SplitPlan {
  let split = splitPlans.get(plan);
  if (split === undefined) {
    split = {
      local: plan.filter((p) => p.rule.scope === 'instruction'),
      staged: plan.filter((p) => p.rule.scope === 'stage'),
      outlined: plan.filter((p) => p.rule.scope === 'outline'),
      whole: plan.filter((p) => p.rule.scope === undefined),
    };
    splitPlans.set(plan, split);
  }
  return split;
}

/** Whether two plans run the same rules the same way (the worker makes a plan per job: its configuration is a copy). */
function samePlan(a: readonly RulePlan[], b: readonly RulePlan[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.rule !== y.rule || x.severity !== y.severity || x.hint !== y.hint || x.checkError !== y.checkError) return false;
  }
  return true;
}

function sameFileWide(a: Suppressions, b: Suppressions): boolean {
  if (a.skipAll !== b.skipAll || a.checkError !== b.checkError || a.global.size !== b.global.size) return false;
  for (const id of a.global) if (!b.global.has(id)) return false;
  return true;
}

/** How one scope's rules run on part of the file: their view, and which of their old and new findings count. */
interface PartialRun {
  readonly view: DockerfileModel;
  kept(old: readonly Finding[]): Finding[] | undefined;
  fresh(reported: readonly Finding[]): Finding[] | undefined;
}

/**
 * Runs the plan for `lintRemembering`: the rules local to instructions or stages on the changed part only, and those of
 * the outline not at all when it did not change, where the previous lint's memory allows it; every other rule on the
 * whole file. Answers each scoped rule's findings.
 */
function runIncremental(
  plan: readonly RulePlan[],
  mask: number,
  sup: Suppressions,
  ctx: Context,
  around: Surroundings | undefined,
  previous: LintMemory | undefined,
  shell: RuleContext['shell'],
): Map<Rule, Finding[]> {
  const { local, staged, outlined, whole } = splitPlan(plan);
  const model = ctx.model;
  const findings = ctx.sink.findings;
  const out = new Map<Rule, Finding[]>();
  const diff = previous !== undefined && samePlan(previous.plan, plan) && sameFileWide(previous.sup, sup)
    ? diffInstructions(previous.model, model, previous.around, around)
    : undefined;
  const stages = diff === undefined || staged.length === 0 ? undefined : diffStages(previous!.model, model, diff);
  const before = previous?.model.parse;
  const after = model.parse;
  const runs: { readonly scope: 'instruction' | 'stage'; readonly plans: readonly RulePlan[]; readonly run: PartialRun | undefined }[] = [
    {
      scope: 'instruction',
      plans: local,
      run: diff === undefined ? undefined : {
        view: modelView(model, diff.changed),
        kept: (old) => keptFindings(old, before!, after, diff),
        fresh: (reported) => freshFindings(reported, after, diff),
      },
    },
    {
      scope: 'stage',
      plans: staged,
      run: stages === undefined ? undefined : {
        view: stageView(model, stages),
        kept: (old) => keptStageFindings(old, before!, after, diff!, stages),
        fresh: (reported) => freshStageFindings(reported, after, stages),
      },
    },
  ];
  // The stage facts depend only on what diffStages found unchanged: the last lint's serve this one.
  if (stages !== undefined) for (const [key, value] of previous!.shared) seedMemo(key, value);
  // The rules that lint the whole file this time: the others, and scoped ones without a partial run.
  const full: RulePlan[] = [];
  for (const { plans, run } of runs) if (run === undefined) for (const p of plans) full.push(p);
  const linesMoved = before !== undefined && before.lineStarts.length !== after.lineStarts.length;
  // The outline's rules, when the edit left the outline as it was: not run, their findings kept.
  const outlineHolds = diff !== undefined && outlined.length > 0 && sameOutline(previous!.model, model, diff);
  for (const p of outlined) {
    const kept = outlineHolds && !(linesMoved && p.rule.linesInMessages === true) ? keptOutlineFindings(previous!.local.get(p.rule) ?? NO_FINDINGS, previous!.model.parse, model.parse, diff) : undefined;
    if (kept === undefined) {
      full.push(p);
      continue;
    }
    for (let i = 0; i < kept.length; i++) findings.push(kept[i]!);
    out.set(p.rule, kept);
  }
  if (outlineHolds) PARTIAL_RUNS.outline++;
  runPlan(whole, mask, sup, ctx);
  for (const { plans, run, scope } of runs) {
    if (run === undefined || plans.length === 0) continue;
    PARTIAL_RUNS[scope]++;
    const viewCtx = new Context(run.view, ctx.settings, ctx.stageOf, ctx.isPosixShell, shell, ctx.sink);
    // The view's own memo: the helpers the rules share (RUN lists, label pairs) are computed over the view. The stage
    // facts (global ARGs, stage names, reachable stages: buildkit/lib/stages.ts) come from stage fields, references and
    // the instructions before the first FROM, which a view has as the model does: the whole file's are kept.
    const inner = enterMemo(shell, run.view, SHARED_WITH_VIEWS);
    try {
      for (const p of plans) {
        if (linesMoved && p.rule.linesInMessages === true) {
          full.push(p);
          continue;
        }
        const kept = run.kept(previous!.local.get(p.rule) ?? NO_FINDINGS);
        if (kept === undefined) {
          full.push(p);
          continue;
        }
        const from = findings.length;
        runPlan([p], mask, sup, viewCtx);
        const fresh = run.fresh(findings.slice(from));
        findings.length = from;
        // A finding outside every instruction (or stage): the rule is linted whole after all.
        if (fresh === undefined) {
          full.push(p);
          continue;
        }
        const all = kept.concat(fresh);
        for (let i = 0; i < all.length; i++) findings.push(all[i]!);
        out.set(p.rule, all);
      }
    } finally {
      leaveMemo(inner);
    }
  }
  for (const p of full) {
    const from = findings.length;
    runPlan([p], mask, sup, ctx);
    if (p.rule.scope !== undefined) out.set(p.rule, findings.slice(from));
  }
  return out;
}

const NO_FINDINGS: readonly Finding[] = [];

/** How many times each scope's rules ran on part of a file, or not at all (outline) (for tests: that an edit chain takes those paths). */
export const PARTIAL_RUNS: Record<'instruction' | 'stage' | 'outline', number> = { instruction: 0, stage: 0, outline: 0 };
/**
 * Memo values that depend only on the stages' fields, their references and the instructions before the first FROM:
 * shared with the views, and carried to the next lint when diffStages finds those unchanged.
 */
const SHARED_WITH_VIEWS: readonly string[] = [STAGE_FACTS_KEY];

/** Whether each instruction runs a POSIX shell: by instruction, and by position (1: POSIX) for the incremental lint. */
interface PosixShells {
  readonly map: Map<Instruction, boolean>;
  readonly byPosition: Uint8Array;
}

/**
 * Whether POSIX-shell rules apply to each instruction (SHELL instructions and `# hadolint shell=`); undefined when
 * they apply to every instruction (no SHELL instruction, no pragma naming another shell: most files).
 */
function posixShellMap(model: DockerfileModel, pragmas: readonly Comment[], hasShell: boolean): PosixShells | undefined {
  let pragmaShell: boolean | undefined;
  for (const c of pragmas) {
    const m = /^hadolint\s+shell\s*=\s*(\S+)/.exec(c.text);
    if (m !== null && m[1] !== undefined) pragmaShell = isPosix(m[1]);
  }
  if (pragmaShell !== false && !hasShell) return undefined;
  const map = new Map<Instruction, boolean>();
  // The same by position (1: POSIX), for the incremental lint; before the first FROM, POSIX.
  const byPosition = new Uint8Array(model.parse.instructions.length).fill(1);
  let position = model.preamble.length;
  // A stage built FROM another starts with that stage's shell at its end, which carries its own inheritance.
  const atEnd: boolean[] = [];
  for (const stage of model.stages) {
    let posix = (stage.baseStage === undefined ? undefined : atEnd[stage.baseStage]) ?? pragmaShell ?? true;
    for (const ins of stage.instructions) {
      if (ins.name === 'shell') posix = isPosix(shellProgram(ins));
      map.set(ins, posix);
      if (!posix) byPosition[position] = 0;
      position++;
    }
    atEnd[stage.index] = posix;
  }
  return { map, byPosition };
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
