/**
 * `.hadolint.yaml` / `.hadolint.yml` (nearest to the Dockerfile, walking up) and the build context's
 * `.dockerignore`. Read through the file system; cached by modification time; never throws.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { Severity } from '../../../common/src/protocol';
import { DEFAULT_LINT_CONFIG, type LintConfig } from '../rules/lint';

export interface HadolintConfig {
  readonly ignored: readonly string[];
  readonly override: Readonly<Record<string, Severity>>;
  readonly failureThreshold: Severity | 'none' | undefined;
  readonly trustedRegistries: readonly string[];
  readonly labelSchema: Readonly<Record<string, string>>;
  readonly strictLabels: boolean;
  /** Problems found while reading the file (shown to the user, never thrown). */
  readonly problems: readonly string[];
}

const SEVERITIES: readonly string[] = ['error', 'warning', 'info', 'style'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** Reads hadolint's configuration format. Unknown keys are ignored, as hadolint does. */
export function parseHadolintConfig(text: string): HadolintConfig {
  const problems: string[] = [];
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (e) {
    problems.push(e instanceof Error ? e.message : String(e));
  }
  const obj = isRecord(raw) ? raw : {};
  const override: Record<string, Severity> = {};
  if (isRecord(obj['override'])) {
    for (const [level, ids] of Object.entries(obj['override'])) {
      if (!SEVERITIES.includes(level)) {
        problems.push(`unknown override level: ${level}`);
        continue;
      }
      for (const id of strings(ids)) override[id] = level as Severity;
    }
  }
  const threshold = obj['failure-threshold'];
  const labelSchema: Record<string, string> = {};
  if (isRecord(obj['label-schema'])) {
    for (const [k, v] of Object.entries(obj['label-schema'])) if (typeof v === 'string') labelSchema[k] = v;
  }
  return {
    ignored: strings(obj['ignored']),
    override,
    failureThreshold: typeof threshold === 'string' && (SEVERITIES.includes(threshold) || threshold === 'none') ? (threshold as Severity | 'none') : undefined,
    trustedRegistries: strings(obj['trustedRegistries']),
    labelSchema,
    strictLabels: obj['strict-labels'] === true,
    problems,
  };
}

const cache = new Map<string, { mtimeMs: number; config: HadolintConfig }>();

function readCached(file: string): HadolintConfig | undefined {
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) return undefined;
    const hit = cache.get(file);
    if (hit !== undefined && hit.mtimeMs === st.mtimeMs) return hit.config;
    const config = parseHadolintConfig(fs.readFileSync(file, 'utf8'));
    cache.set(file, { mtimeMs: st.mtimeMs, config });
    return config;
  } catch {
    return undefined;
  }
}

/** The nearest `.hadolint.yaml`/`.hadolint.yml` at or above `dir`. */
export function findHadolintConfig(dir: string): string | undefined {
  let d = path.resolve(dir);
  for (;;) {
    for (const name of ['.hadolint.yaml', '.hadolint.yml']) {
      const f = path.join(d, name);
      if (fs.existsSync(f)) return f;
    }
    const up = path.dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}

/** `.dockerignore` lines of a build context folder (undefined when there is none). */
export function readDockerignore(contextDir: string): readonly string[] | undefined {
  try {
    return fs.readFileSync(path.join(contextDir, '.dockerignore'), 'utf8').split(/\r?\n/);
  } catch {
    return undefined;
  }
}

export function lintConfigFromHadolint(h: HadolintConfig | undefined, contextDir: string | undefined): LintConfig {
  const dockerignore = contextDir === undefined ? undefined : () => readDockerignore(contextDir);
  if (h === undefined) return { ...DEFAULT_LINT_CONFIG, lint: { ...DEFAULT_LINT_CONFIG.lint, dockerignore } };
  return {
    ignored: h.ignored,
    override: h.override,
    settings: {},
    lint: { trustedRegistries: h.trustedRegistries, labelSchema: h.labelSchema, strictLabels: h.strictLabels, dockerignore },
  };
}

/** Lint configuration for a document URI (file: URIs only; others get the defaults). */
export function loadLintConfigFor(uri: string): LintConfig | undefined {
  if (!uri.startsWith('file:')) return undefined;
  let file: string;
  try {
    file = fileURLToPath(uri);
  } catch {
    return undefined;
  }
  const dir = path.dirname(file);
  const cfgPath = findHadolintConfig(dir);
  return lintConfigFromHadolint(cfgPath === undefined ? undefined : readCached(cfgPath), dir);
}

/** For the CLI: an explicit `--config` file, or the nearest one. */
export function loadLintConfigForFile(file: string, explicit: string | undefined): { config: LintConfig; hadolint: HadolintConfig | undefined } {
  const dir = path.dirname(path.resolve(file));
  const cfgPath = explicit ?? findHadolintConfig(dir);
  const hadolint = cfgPath === undefined ? undefined : readCached(path.resolve(cfgPath));
  return { config: lintConfigFromHadolint(hadolint, dir), hadolint };
}
