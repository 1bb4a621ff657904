/**
 * A lint rule is data plus a pure check: `{ id, source, defaultSeverity, concept, check, fix? }`.
 * Its message and lesson live in `knowledge/rules/<id>.ts`, keyed by the id.
 */
import type { Severity } from '../../../common/src/protocol';
import type { ConceptId } from '../knowledge/types';
import type { Instruction, Range } from '../parse/ast';
import type { DockerfileModel, Stage } from '../model/model';
import type { RuleText } from '../knowledge/rules/types';

export type { Severity };

/** Where a rule comes from; decides its id scheme (see DESIGN.md). */
export type RuleSource = 'hadolint' | 'buildkit' | 'builder' | 'tutor' | 'shellcheck';

/** A text edit in document offsets. */
export interface Edit {
  readonly range: Range;
  readonly newText: string;
}

export interface Fix {
  /** Key of the fix title in the rule's knowledge entry (`fixes`), e.g. `addYes`. */
  readonly title: string;
  readonly edits: readonly Edit[];
}

/** What a check reports. The message comes from the knowledge base, filled with `params`. */
export interface Report {
  readonly range: Range;
  /** Named values for the message template (document text is escaped by the renderer). */
  readonly params?: Readonly<Record<string, string>>;
  /** Which message variant to use, when the rule has several (`messages` key); `default` otherwise. */
  readonly variant?: string;
  readonly fix?: Fix;
}

export interface LintSettings {
  /** Registries FROM may pull from (hadolint DL3026); empty = any. */
  readonly trustedRegistries: readonly string[];
  /** hadolint label-schema: label name → type (`text`, `url`, `semver`, `hash`, `rfc3339`, `spdx`, `email`). */
  readonly labelSchema: Readonly<Record<string, string>>;
  readonly strictLabels: boolean;
  /** Reads the build context's `.dockerignore` patterns (undefined when there is none / unknown). */
  readonly dockerignore?: () => readonly string[] | undefined;
}

export const DEFAULT_LINT_SETTINGS: LintSettings = { trustedRegistries: [], labelSchema: {}, strictLabels: false };

/** A word of a shell command: `value` is its literal text with quotes removed, when it has no expansion. */
export interface ShellWord {
  readonly raw: string;
  readonly value: string | undefined;
  /** Quotes removed, expansions kept as written (`pkg=${VERSION}`): the word as hadolint compares it. */
  readonly text: string;
  readonly range: Range;
}

/** A redirection (`> file`, `2>&1`, `<<EOF`) of a command. */
export interface ShellRedirect {
  readonly op: string;
  /** File descriptor written before the operator (`2` in `2>`), or ``. */
  readonly fd: string;
  readonly target: ShellWord | undefined;
  readonly range: Range;
}

/** One simple command of a RUN script (`apt-get install -y curl`), in order of appearance. */
export interface ShellCommand {
  /** The command name (`apt-get`), after `sudo`/`env`-style wrappers are kept as their own commands. */
  readonly name: string;
  /** Every word, the name first. */
  readonly words: readonly ShellWord[];
  readonly range: Range;
  /** Operator that joins this command to the next one: `&&`, `||`, `;`, `|`, or `` at the end. */
  readonly next: '&&' | '||' | ';' | '|' | '&' | '';
  /** `NAME=value` words before the command name (`DEBIAN_FRONTEND=noninteractive apt-get …`). */
  readonly assignments: readonly ShellWord[];
  readonly redirects: readonly ShellRedirect[];
  /** Innermost construct the command sits in: `top` level, `( … )`, `{ … }`, if/for/while/case, a function, `$( … )`/backticks. */
  readonly context: 'top' | 'subshell' | 'group' | 'compound' | 'function' | 'substitution';
}

/** A shell script of a RUN (shell form or heredoc body), analysed with a real shell parser. */
export interface ShellScript {
  readonly commands: readonly ShellCommand[];
  /** The script did not parse as POSIX/bash; commands may be incomplete. */
  readonly parseError: boolean;
  /** `args`: the shell form's text; `heredoc`: the body of `RUN <<EOF` (BuildKit runs it as the script). */
  readonly source: 'args' | 'heredoc';
  /** Options switched on by top-level `set` commands, in order (`set -eux -o pipefail` → e, u, x, pipefail). */
  readonly options: readonly string[];
  /** Number of `|` operators anywhere in the script. */
  readonly pipes: number;
}

export interface RuleContext {
  readonly model: DockerfileModel;
  readonly settings: LintSettings;
  report(report: Report): void;
  /** The stage an instruction belongs to. */
  stageOf(instruction: Instruction): Stage | undefined;
  /** The shell script of a RUN (undefined for exec form and non-POSIX shells). Parsed once, cached. */
  shell(instruction: Instruction): ShellScript | undefined;
  /** Whether POSIX-shell rules apply to this RUN (false after SHELL ["powershell"…] or `# hadolint shell=`). */
  isPosixShell(instruction: Instruction): boolean;
}

export interface Rule {
  /** hadolint id (`DL3006`), BuildKit check name (`JSONArgsRecommended`), or our own stable id. */
  readonly id: string;
  /** Other names that suppress or configure the same rule (e.g. BuildKit's name of a hadolint rule). */
  readonly aliases?: readonly string[];
  readonly source: RuleSource;
  readonly defaultSeverity: Severity;
  /** hadolint's own level, when it differs (shown in the docs). */
  readonly upstreamSeverity?: Severity;
  /** Off unless enabled in settings or config (DL1001, InvalidDefinitionDescription). */
  readonly offByDefault?: boolean;
  /** Message, lesson and fix titles (knowledge/rules/<source>/<id>.ts). */
  readonly text: RuleText;
  /** The notes concept the lesson ties to. */
  readonly concept: ConceptId;
  /** Upstream reference of the condition this rule encodes (for docs and fixtures). */
  readonly reference?: string;
  /**
   * The instructions the rule looks at (lower-case names, ONBUILD triggers included), when it can only report on
   * files that have one of them: the runner does not run it on other files. Absent: every file.
   */
  readonly instructions?: readonly string[];
  /**
   * How far the rule looks, so that the lint of a large file's next version can run it on less than the whole file
   * (rules/incremental.ts). Absent: the rule runs on the whole file every time.
   *
   * `instruction`: each finding lies inside the range of one instruction (an ONBUILD trigger is part of its ONBUILD)
   * and depends only on that instruction: its own text, the comments directly above it, the file's parser
   * directives, whether it is before the first FROM, whether it runs a POSIX shell (`ctx.isPosixShell`) and the
   * configuration. Never on its stage's other instructions, other stages, ARG or ENV values in scope, the target,
   * line numbers, or the instruction's place in the file. After an edit the runner runs it on the changed
   * instructions only (a stage's FROM it still reaches through the stage is left as it was) and keeps its findings
   * on the others.
   *
   * `stage`: each finding lies inside the range of one instruction. One before the first FROM depends only on
   * the things every stage may depend on (below, from the instructions before the first FROM on); one in a stage
   * depends only on: that stage's instructions (as above, and their order); the instructions before the first
   * FROM, the directives and the configuration; every stage's index, name and base as written; the target, the
   * final chain and the stages reachable from the target; which stage each reference (`stageRefs`: FROM,
   * `COPY --from`, `RUN --mount from=`) names; and the instructions of the stages it depends on, transitively:
   * the stage it is built FROM (and an earlier stage named as its base is written) and the stages its references
   * name. Never on line numbers or on anything counted over the whole file. After an edit the runner runs it on the
   * changed stages and the stages that depend on them (the other stages are in `ctx.model.stages` with their
   * fields, but without instructions, except those the changed ones depend on) and keeps its findings on the others.
   * So such a rule may pass over a stage without instructions (a real stage always has its FROM), to save the time.
   *
   * `outline`: each finding lies inside the range of one instruction and depends only on the file's outline: the FROM
   * instructions, the instructions before the first FROM, the instructions that name a stage (`stageRefs`: `COPY
   * --from`, `RUN --mount from=`), the directives and the configuration. After an edit that changed none of those the
   * runner does not run it and keeps all its findings, moved with their instruction; after any other edit it runs it
   * on the whole file.
   */
  readonly scope?: 'instruction' | 'stage' | 'outline';
  /**
   * With a scope: the rule's messages name line numbers (of instructions its scope lets it read). Line numbers move when
   * a line is added or removed, so the runner keeps its findings only after an edit that kept the number of lines.
   */
  readonly linesInMessages?: boolean;
  check(ctx: RuleContext): void;
}
