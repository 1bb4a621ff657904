/** The `dockerfileTutor.*` settings the server reads, sanitized from whatever the client sends. */
import type { Lang } from '../../common/src/protocol';
import type { RuleLevel } from './rules/lint';

export type LanguageSetting = 'auto' | Lang;

export interface TutorSettings {
  readonly language: LanguageSetting;
  /** Rule id → level (`off|error|warning|info|hint`; `hint` shows as a hint, `style` as information). */
  readonly rules: Readonly<Record<string, RuleLevel>>;
  /** Stage to treat as the build target; the last stage when empty. */
  readonly buildTarget: string | undefined;
  readonly inlayHints: boolean;
  /** `dockerfileTutor.overlap`: switch off what overlaps other Docker extensions. */
  readonly diagnosticsEnabled: boolean;
  readonly hoversEnabled: boolean;
  /** `dockerfileTutor.format.keepMultilineIndentation`: formatting leaves continuation-line indentation as written. */
  readonly formatKeepMultilineIndentation: boolean;
  /** `dockerfileTutor.shellcheck.*`: run ShellCheck on RUN scripts (off by default); `path` undefined = `shellcheck` on PATH. */
  readonly shellcheck: { readonly enable: boolean; readonly path: string | undefined };
}

export const DEFAULT_SETTINGS: TutorSettings = {
  language: 'auto',
  rules: {},
  buildTarget: undefined,
  inlayHints: true,
  diagnosticsEnabled: true,
  hoversEnabled: true,
  formatKeepMultilineIndentation: false,
  shellcheck: { enable: false, path: undefined },
};

const LEVELS: readonly string[] = ['off', 'error', 'warning', 'info', 'style', 'hint'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Reads the `dockerfileTutor` section; anything malformed falls back to the default. */
export function settingsFrom(raw: unknown): TutorSettings {
  if (!isRecord(raw)) return DEFAULT_SETTINGS;
  const language = raw['language'] === 'en' || raw['language'] === 'ko' ? raw['language'] : 'auto';
  const rules: Record<string, RuleLevel> = {};
  if (isRecord(raw['rules'])) {
    for (const [k, v] of Object.entries(raw['rules'])) {
      if (typeof v === 'string' && LEVELS.includes(v)) rules[k] = v as RuleLevel;
    }
  }
  const buildTarget = typeof raw['buildTarget'] === 'string' && raw['buildTarget'].trim() !== '' ? raw['buildTarget'].trim() : undefined;
  const inlay = isRecord(raw['inlayHints']) ? raw['inlayHints']['enable'] : undefined;
  const overlap = isRecord(raw['overlap']) ? raw['overlap'] : {};
  const shellcheck = isRecord(raw['shellcheck']) ? raw['shellcheck'] : {};
  const shellcheckPath = typeof shellcheck['path'] === 'string' && shellcheck['path'].trim() !== '' ? shellcheck['path'].trim() : undefined;
  return {
    language,
    rules,
    buildTarget,
    inlayHints: inlay !== false,
    diagnosticsEnabled: overlap['diagnostics'] !== false,
    hoversEnabled: overlap['hovers'] !== false,
    formatKeepMultilineIndentation: isRecord(raw['format']) && raw['format']['keepMultilineIndentation'] === true,
    shellcheck: { enable: shellcheck['enable'] === true, path: shellcheckPath },
  };
}

/** The content language: the setting, else the editor's display language (`ko*` → Korean), else English. */
export function resolveLang(setting: LanguageSetting, locale: string | undefined): Lang {
  if (setting !== 'auto') return setting;
  return locale !== undefined && locale.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
