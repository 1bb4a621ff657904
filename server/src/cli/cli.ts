/**
 * `dockerfile-tutor`: the command line.
 *   parse --dump FILE
 *   lint [--format tty|json|sarif|checkstyle|gnu] [--lang en|ko] [--failure-threshold error|warning|info|style|none]
 *        [--config FILE] [--ignore ID]... [--target STAGE] [--shellcheck[=PATH]] FILE...
 *   explain [--lang en|ko] [--format text|json] FILE
 * Exit status: 0 clean, 1 a finding at or above the threshold (lint) or a parse error (parse), 2 bad usage or
 * an unreadable file (2 wins over 1; the other files are still processed).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Lang, Severity } from '../../../common/src/protocol';
import { dumpResult } from '../parse/dump';
import { parse } from '../parse/parser';
import { buildModel } from '../model/model';
import { lint, type Finding, type LintConfig } from '../rules/lint';
import { buildExplain } from '../explain/explain';
import { loadLintConfigForFile } from '../config/configFiles';
import { CLI_TEXTS } from '../knowledge/cli';
import { formatFindings, type OutputFormat, type FileFindings } from './formats';
import { formatExplain } from './explainText';
import { fillTemplate } from '../knowledge/template';
import { RULES } from '../rules/registry';
import { DEFAULT_SHELLCHECK_PROGRAM, shellcheckRules } from '../shellcheck';
import { isTooLargeToAnalyse, MAX_DOCUMENT_CHARS } from '../lsp/heap';

class UsageError extends Error {}

const LEVEL_ORDER: readonly (Severity | 'none')[] = ['error', 'warning', 'info', 'style', 'none'];

interface Options {
  readonly command: string;
  readonly files: string[];
  format: string | undefined;
  lang: Lang;
  threshold: Severity | 'none';
  config: string | undefined;
  ignore: string[];
  target: string | undefined;
  dump: boolean;
  /** `--shellcheck[=PATH]`: the ShellCheck program to run on RUN scripts. */
  shellcheck: string | undefined;
}

function envLang(): Lang {
  const l = process.env['LC_ALL'] ?? process.env['LC_MESSAGES'] ?? process.env['LANG'] ?? '';
  return l.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

function parseArgs(argv: readonly string[]): Options {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') throw new UsageError('help');
  if (!['parse', 'lint', 'explain'].includes(command)) throw new UsageError(`unknown command: ${command}`);
  const o: Options = { command, files: [], format: undefined, lang: envLang(), threshold: 'info', config: undefined, ignore: [], target: undefined, dump: false, shellcheck: undefined };
  let thresholdGiven = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const value = (): string => {
      if (a.startsWith('--') && eq > 0) return a.slice(eq + 1);
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`missing value for ${a}`);
      return v;
    };
    switch (name) {
      case '--dump':
        o.dump = true;
        break;
      case '--format':
      case '-f':
        o.format = value();
        break;
      case '--lang': {
        const v = value();
        if (v !== 'en' && v !== 'ko') throw new UsageError(`--lang must be en or ko, not ${v}`);
        o.lang = v;
        break;
      }
      case '--failure-threshold':
      case '-t': {
        const v = value();
        if (!(LEVEL_ORDER as readonly string[]).includes(v)) throw new UsageError(`--failure-threshold must be one of error, warning, info, style, none, not ${v}`);
        o.threshold = v as Severity | 'none';
        thresholdGiven = true;
        break;
      }
      case '--config':
      case '-c':
        o.config = value();
        break;
      case '--ignore':
        o.ignore.push(value());
        break;
      case '--target':
        o.target = value();
        break;
      case '--shellcheck':
        // The value is optional, so it must be attached with `=`: a following word is a file.
        o.shellcheck = eq > 0 ? a.slice(eq + 1) : DEFAULT_SHELLCHECK_PROGRAM;
        if (o.shellcheck === '') throw new UsageError('--shellcheck= needs a program');
        break;
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option: ${a}`);
        o.files.push(a);
    }
  }
  if (o.files.length === 0) throw new UsageError(`${command}: no file given`);
  const formats: Record<string, readonly string[]> = { lint: ['tty', 'json', 'sarif', 'checkstyle', 'gnu'], explain: ['text', 'json'], parse: ['dump'] };
  if (o.format !== undefined && !(formats[command] ?? []).includes(o.format)) throw new UsageError(`${command}: unknown format ${o.format}`);
  if (command === 'parse' && !o.dump) throw new UsageError('parse: only --dump is supported');
  if (!thresholdGiven) (o as { thresholdFromConfig?: boolean }).thresholdFromConfig = true;
  return o;
}

function readFile(file: string): string {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${code ?? 'error'})`);
  }
  if (st.isDirectory()) throw new UsageError(`${file}: is a directory`);
  // A FIFO, socket or device would block the read or never end.
  if (!st.isFile()) throw new UsageError(`${file}: not a regular file`);
  // UTF-8 takes at most 4 bytes a character: a file that large is refused before it is read.
  if (st.size > 4 * MAX_DOCUMENT_CHARS) throw new UsageError(tooLarge(file, st.size, 'bytes'));
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (e) {
    throw new UsageError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (buf.subarray(0, 8000).includes(0)) throw new UsageError(`${file}: binary file, not a Dockerfile`);
  const text = buf.toString('utf8');
  if (isTooLargeToAnalyse(text.length)) throw new UsageError(tooLarge(file, text.length, 'characters'));
  return text;
}

/** The language server's limit (heap.ts) holds here too: the model of a larger file would take gigabytes. */
function tooLarge(file: string, size: number, unit: 'bytes' | 'characters'): string {
  return `${file}: too large to analyse (${size.toLocaleString('en')} ${unit}; the limit is ${MAX_DOCUMENT_CHARS.toLocaleString('en')} characters)`;
}

function atOrAbove(level: Severity, threshold: Severity | 'none'): boolean {
  if (threshold === 'none') return false;
  return LEVEL_ORDER.indexOf(level) <= LEVEL_ORDER.indexOf(threshold);
}

function err(line: string): void {
  process.stderr.write(`dockerfile-tutor: ${line}\n`);
}

function runParse(o: Options): number {
  let status = 0;
  for (const file of o.files) {
    try {
      const result = parse(readFile(file));
      if (result.errors.length > 0) {
        for (const e of result.errors) {
          const line = result.text.slice(0, e.range.start).split('\n').length;
          err(`${file}:${line}: ${e.message}`);
        }
        status = Math.max(status, 1);
        continue;
      }
      process.stdout.write(dumpResult(result));
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      err(e.message);
      status = 2;
    }
  }
  return status;
}

function runLint(o: Options): number {
  let status = 0;
  const results: FileFindings[] = [];
  let threshold = o.threshold;
  for (const file of o.files) {
    try {
      const text = readFile(file);
      if (o.config !== undefined && !fs.existsSync(o.config)) throw new UsageError(`${o.config}: no such config file`);
      const { config, hadolint } = loadLintConfigForFile(file, o.config);
      for (const p of hadolint?.problems ?? []) err(`${o.config ?? 'config'}: ${p}`);
      if ((o as { thresholdFromConfig?: boolean }).thresholdFromConfig === true && hadolint?.failureThreshold !== undefined) threshold = hadolint.failureThreshold;
      const merged: LintConfig = { ...config, ignored: [...config.ignored, ...o.ignore] };
      const model = buildModel(parse(text), { target: o.target });
      const shellcheck = o.shellcheck === undefined ? [] : shellcheckRules(model, { path: o.shellcheck, log: err });
      const findings: Finding[] = lint(model, merged, [...RULES, ...shellcheck]);
      results.push({ file, model, findings });
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      err(e.message);
      status = 2;
    }
  }
  process.stdout.write(formatFindings(results, (o.format ?? 'tty') as OutputFormat, o.lang, process.stdout.isTTY === true));
  const failing = results.some((r) => r.findings.some((f) => atOrAbove(f.severity, threshold)));
  return status === 2 ? 2 : failing ? 1 : 0;
}

function runExplain(o: Options): number {
  let status = 0;
  for (const file of o.files) {
    try {
      const text = readFile(file);
      const model = buildModel(parse(text), { target: o.target });
      const { config } = loadLintConfigForFile(file, o.config);
      const result = buildExplain(model, pathToFileURL(path.resolve(file)).toString(), o.lang, config);
      process.stdout.write(o.format === 'json' ? JSON.stringify(result, null, 2) + '\n' : formatExplain(result, o.lang));
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      err(e.message);
      status = 2;
    }
  }
  return status;
}

export function main(argv: readonly string[]): number {
  let o: Options;
  try {
    o = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      const lang = envLang();
      if (e.message === 'help') {
        process.stdout.write(CLI_TEXTS.usage[lang] + '\n');
        return argv.length === 0 ? 2 : 0;
      }
      err(e.message);
      process.stderr.write(fillTemplate(CLI_TEXTS.seeHelp[lang], {}) + '\n');
      return 2;
    }
    throw e;
  }
  switch (o.command) {
    case 'parse':
      return runParse(o);
    case 'lint':
      return runLint(o);
    default:
      return runExplain(o);
  }
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    err(`internal error: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 2;
  }
}
