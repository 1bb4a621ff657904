/**
 * The parse of a Dockerfile, shaped after BuildKit's parser (frontend/dockerfile/parser) but with an
 * exact source range on every token. Ranges are UTF-16 offsets into the document text, `end` exclusive.
 */

export interface Range {
  readonly start: number;
  readonly end: number;
}

/** A piece of text with where it came from. `value` is what BuildKit sees (after continuation joining). */
export interface Token {
  readonly value: string;
  readonly range: Range;
}

export interface Directive {
  /** Lower-case name: `syntax`, `escape` or `check`. */
  readonly name: 'syntax' | 'escape' | 'check';
  readonly value: string;
  /** The whole comment line. */
  readonly range: Range;
  readonly nameRange: Range;
  readonly valueRange: Range;
  /** Zero-based line. */
  readonly line: number;
}

export interface Comment {
  /** Text after `#`, trimmed. */
  readonly text: string;
  /** From `#` to the end of the line. */
  readonly range: Range;
  readonly line: number;
  /** True for a comment line inside a multi-line instruction (BuildKit skips it). */
  readonly insideInstruction: boolean;
  /** True when this comment is a parser directive. */
  readonly isDirective: boolean;
}

export interface Flag {
  /** The whole flag as written, `--name=value`. */
  readonly range: Range;
  /** Name without the dashes, as BuildKit reads it (quotes and escapes processed). */
  readonly name: string;
  readonly nameRange: Range;
  /** Value after `=` (quotes and escapes processed); `undefined` when there is no `=`. */
  readonly value: string | undefined;
  readonly valueRange: Range | undefined;
  /** The word BuildKit records in `Node.Flags`, e.g. `--from=build`. */
  readonly word: string;
}

export interface Heredoc {
  /** Delimiter word (quotes removed). */
  readonly name: string;
  /** False when the delimiter was quoted: the body is not expanded. */
  readonly expand: boolean;
  /** `<<-`: leading tabs are stripped from the body and the terminator. */
  readonly chomp: boolean;
  /** Optional file descriptor before `<<` (e.g. `3<<EOF`). */
  readonly fd: number | undefined;
  /** The `<<EOF` word on the instruction line. */
  readonly markerRange: Range;
  /** The delimiter inside the marker (without `<<`, `-` and quotes' outer position). */
  readonly nameRange: Range;
  /** Body lines, newlines included (as BuildKit keeps them). */
  readonly content: string;
  readonly bodyRange: Range;
  /** The terminator line; `undefined` when the heredoc is unterminated. */
  readonly terminatorRange: Range | undefined;
}

/** One `KEY=value` (or legacy `KEY value`) pair of ENV, LABEL or ARG. */
export interface KeyValue {
  readonly key: Token;
  /** Undefined for `ARG name` without a default. */
  readonly value: Token | undefined;
  /** `=` for `key=value`, `` (empty) for the legacy whitespace form `ENV key value`. */
  readonly separator: '=' | '';
  readonly range: Range;
}

export type VariableModifier = '' | ':-' | '-' | ':+' | '+' | ':?' | '?' | '#' | '##' | '%' | '%%' | '/' | '//';

/** `$NAME`, `${NAME}` or `${NAME<modifier>word}`. */
export interface VariableRef {
  readonly name: string;
  readonly range: Range;
  readonly nameRange: Range;
  readonly braced: boolean;
  readonly modifier: VariableModifier;
  /** The word after the modifier, as written. */
  readonly word: string | undefined;
  readonly wordRange: Range | undefined;
}

/** BuildKit's argument node chain (`Node.Next`), kept with ranges, for the `dump` format and for rules. */
export type ArgNode = Token | { readonly child: Instruction };

export interface Instruction {
  /** Keyword as written (`from`, `From`, `FROM`). */
  readonly keyword: string;
  /** Lower-case keyword; `''` never happens (an instruction always has a keyword). */
  readonly name: string;
  readonly keywordRange: Range;
  /** From the keyword to the end of the last line of the instruction, heredoc bodies included. */
  readonly range: Range;
  /** From the keyword to the end of the instruction's own text (heredoc bodies excluded). */
  readonly textRange: Range;
  /** Zero-based first and last line, heredoc bodies included. */
  readonly startLine: number;
  readonly endLine: number;
  /** BuildKit's `Original`: the logical line, continuation characters removed and lines joined. */
  readonly original: string;
  readonly flags: readonly Flag[];
  /** The arguments after the flags, as BuildKit passes them to the instruction parser (trimmed). */
  readonly args: Token;
  /** BuildKit's `Next` chain. */
  readonly argNodes: readonly ArgNode[];
  /** Exec form (`["a", "b"]`): BuildKit's `json` attribute. */
  readonly json: boolean;
  /** ENV/LABEL pairs, ARG declarations. */
  readonly keyValues: readonly KeyValue[];
  readonly heredocs: readonly Heredoc[];
  /** For ONBUILD: the nested instruction. */
  readonly onbuild: Instruction | undefined;
  /** Comment lines directly above the instruction (BuildKit's `PrevComment`). */
  readonly comments: readonly string[];
  /** `$VAR`/`${VAR}` references in the arguments and flag values (not in heredoc bodies). */
  readonly variables: readonly VariableRef[];
  /** True when an empty line sat inside the continuation (BuildKit warns: NoEmptyContinuation). */
  readonly emptyContinuationLine: boolean;
  /** Maps an offset in `original` to a document offset. */
  readonly toSource: (logicalOffset: number) => number;
}

export type ParseErrorCode =
  | 'NoInstructions'
  | 'UnterminatedHeredoc'
  | 'InvalidEscapeToken'
  | 'DuplicateDirective'
  | 'LineTooLong'
  | 'KeyValueMissingValue'
  | 'KeyValueMissingEquals'
  | 'JSONNotStringArray'
  | 'HeredocLexing';

export interface ParseError {
  readonly code: ParseErrorCode;
  /** BuildKit's own message. */
  readonly message: string;
  readonly range: Range;
  /** Template parameters for the localized message. */
  readonly params?: Readonly<Record<string, string>>;
}

export interface ParseResult {
  readonly text: string;
  readonly instructions: readonly Instruction[];
  readonly directives: readonly Directive[];
  readonly comments: readonly Comment[];
  /** `\` or `` ` ``. */
  readonly escapeToken: '\\' | '`';
  /** Errors BuildKit's parser would stop at. The parse still goes on so the editor has a full tree. */
  readonly errors: readonly ParseError[];
  /** Offsets of the start of each line (for line/character conversion). */
  readonly lineStarts: readonly number[];
  /** Length of the BOM at the start (0 or 1). */
  readonly bomLength: number;
}
