/**
 * What a Marketplace-ready manifest needs, as a list of problems (empty when complete). Used by
 * `npm run publish:dry` (scripts/vsce.js) and by test/unit/package/manifest.test.ts.
 *
 * `files` is the list `vsce ls` prints: the paths that would be packaged.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

function isObj(v: Json | undefined): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function strings(v: Json | undefined): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

export const REQUIRED_CATEGORIES = ['Programming Languages', 'Linters', 'Snippets', 'Education'];

/** Width and height of a PNG file, or undefined when it is not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || sig.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Every `%key%` placeholder in a manifest value. */
export function nlsPlaceholders(value: Json, out: string[] = []): string[] {
  if (typeof value === 'string') {
    const m = /^%([^%\s]+)%$/.exec(value);
    if (m?.[1] !== undefined) out.push(m[1]);
  } else if (Array.isArray(value)) {
    for (const v of value) nlsPlaceholders(v, out);
  } else if (isObj(value)) {
    for (const v of Object.values(value)) nlsPlaceholders(v, out);
  }
  return out;
}

/** The settings contributions, whether one object or an array of titled groups. */
function configurationGroups(contributes: Obj): Obj[] {
  const c = contributes['configuration'];
  if (Array.isArray(c)) return c.filter(isObj);
  return isObj(c) ? [c] : [];
}

export function checkManifest(root: string, files: readonly string[], manifest?: Obj): string[] {
  const problems: string[] = [];
  const p = manifest ?? (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as Obj);
  const need = (ok: boolean, message: string): void => {
    if (!ok) problems.push(message);
  };
  const packaged = new Set(files.map((f) => f.replace(/\\/g, '/')));

  for (const field of ['name', 'publisher', 'version', 'displayName', 'description', 'license']) {
    need(typeof p[field] === 'string' && p[field] !== '', `"${field}" is missing`);
  }
  need(typeof p['version'] === 'string' && /^\d+\.\d+\.\d+$/.test(p['version']), '"version" is not major.minor.patch');
  need(packaged.has('LICENSE') || packaged.has('LICENSE.txt') || packaged.has('LICENSE.md'), 'LICENSE is not packaged');
  need(packaged.has('CHANGELOG.md'), 'CHANGELOG.md is not packaged');
  need(packaged.has('README.md'), 'README.md is not packaged');

  const icon = p['icon'];
  if (typeof icon !== 'string') {
    problems.push('"icon" is missing');
  } else {
    need(packaged.has(icon), `the icon ${icon} is not packaged`);
    const size = fs.existsSync(path.join(root, icon)) ? pngSize(fs.readFileSync(path.join(root, icon))) : undefined;
    need(size !== undefined && size.width === size.height && (size.width === 128 || size.width === 256),
      `the icon ${icon} must be a 128×128 or 256×256 PNG`);
  }
  const banner = p['galleryBanner'];
  need(isObj(banner) && typeof banner['color'] === 'string' && /^#[0-9a-fA-F]{6}$/.test(banner['color']) &&
    (banner['theme'] === 'dark' || banner['theme'] === 'light'), '"galleryBanner" needs a #rrggbb color and a dark|light theme');
  const categories = strings(p['categories']);
  for (const c of REQUIRED_CATEGORIES) need(categories.includes(c), `category "${c}" is missing`);
  const keywords = strings(p['keywords']);
  need(keywords.length > 0 && keywords.length <= 30, '"keywords" must have 1 to 30 entries');
  const engines = isObj(p['engines']) ? p['engines'] : {};
  need(engines['vscode'] === '^1.100.0', '"engines.vscode" must be ^1.100.0');
  need(JSON.stringify(p['extensionKind']) === '["workspace"]', '"extensionKind" must be ["workspace"]');
  const devDeps = isObj(p['devDependencies']) ? p['devDependencies'] : {};
  need(devDeps['@types/vscode'] === '1.100.0', '@types/vscode must be pinned to the minimum engine, 1.100.0');

  // Activation: no '*', nothing VS Code generates itself from the contributions.
  const contributes = isObj(p['contributes']) ? p['contributes'] : {};
  const commands = (Array.isArray(contributes['commands']) ? contributes['commands'] : []).filter(isObj)
    .map((c) => c['command']).filter((c): c is string => typeof c === 'string');
  const languages = (Array.isArray(contributes['languages']) ? contributes['languages'] : []).filter(isObj)
    .map((l) => l['id']).filter((l): l is string => typeof l === 'string');
  for (const event of strings(p['activationEvents'])) {
    need(event !== '*' && event !== 'onStartupFinished', `activation event "${event}" starts the extension for every window`);
    const [kind, arg] = event.split(':');
    need(!(kind === 'onCommand' && arg !== undefined && commands.includes(arg)), `activation event "${event}" is redundant (contributed command)`);
    need(!(kind === 'onLanguage' && arg !== undefined && languages.includes(arg)), `activation event "${event}" is redundant (contributed language)`);
  }

  // Capabilities, declared with reasons.
  const caps = isObj(p['capabilities']) ? p['capabilities'] : {};
  const untrusted = isObj(caps['untrustedWorkspaces']) ? caps['untrustedWorkspaces'] : undefined;
  const virtual = isObj(caps['virtualWorkspaces']) ? caps['virtualWorkspaces'] : undefined;
  need(untrusted !== undefined && untrusted['supported'] !== undefined, '"capabilities.untrustedWorkspaces" is not declared');
  need(virtual !== undefined && virtual['supported'] !== undefined, '"capabilities.virtualWorkspaces" is not declared');
  for (const [name, cap] of [['untrustedWorkspaces', untrusted], ['virtualWorkspaces', virtual]] as const) {
    if (cap !== undefined && cap['supported'] === 'limited') need(typeof cap['description'] === 'string', `"capabilities.${name}" is limited but says not why`);
  }

  // Settings: titled groups; each with a markdown description and a scope; enums described.
  const groups = configurationGroups(contributes);
  const settingKeys = new Set<string>();
  need(Array.isArray(contributes['configuration']), '"contributes.configuration" should be an array of titled groups');
  for (const g of groups) {
    need(typeof g['title'] === 'string', 'a settings group has no title');
    const props = isObj(g['properties']) ? g['properties'] : {};
    for (const [key, raw] of Object.entries(props)) {
      settingKeys.add(key);
      if (!isObj(raw)) continue;
      need(key.startsWith('dockerfileTutor.'), `setting ${key} is not under dockerfileTutor.`);
      need(typeof raw['markdownDescription'] === 'string', `setting ${key} has no markdownDescription`);
      need(typeof raw['scope'] === 'string', `setting ${key} has no scope`);
      for (const schema of [raw, isObj(raw['additionalProperties']) ? raw['additionalProperties'] : {}]) {
        const values = schema['enum'];
        if (Array.isArray(values)) {
          const described = schema['enumDescriptions'] ?? schema['markdownEnumDescriptions'];
          need(Array.isArray(described) && described.length === values.length, `setting ${key}: every enum value needs a description`);
        }
      }
    }
  }
  for (const key of strings(untrusted?.['restrictedConfigurations'])) {
    need(settingKeys.has(key), `restricted configuration ${key} is not a contributed setting`);
  }

  // Walkthroughs: every step completes on an event, its media is packaged.
  const walkthroughs = (Array.isArray(contributes['walkthroughs']) ? contributes['walkthroughs'] : []).filter(isObj);
  need(walkthroughs.length > 0, 'there is no walkthrough');
  for (const w of walkthroughs) {
    for (const s of (Array.isArray(w['steps']) ? w['steps'] : []).filter(isObj)) {
      const id = typeof s['id'] === 'string' ? s['id'] : '(no id)';
      const events = strings(s['completionEvents']);
      need(events.length > 0, `walkthrough step ${id} has no completionEvents`);
      for (const e of events) {
        const [kind, arg] = e.split(':');
        if (kind === 'onCommand' && arg !== undefined && arg.startsWith('dockerfileTutor.')) {
          need(commands.includes(arg), `walkthrough step ${id} waits for ${arg}, which is not a contributed command`);
        }
      }
      const media = isObj(s['media']) ? s['media'] : {};
      for (const f of ['markdown', 'svg', 'image']) {
        const m = media[f];
        if (typeof m === 'string') need(packaged.has(m), `walkthrough step ${id}: media ${m} is not packaged`);
      }
    }
  }

  // Localized strings: every %key% has an English and a Korean text.
  const en = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.json'), 'utf8')) as Obj;
  const ko = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.ko.json'), 'utf8')) as Obj;
  for (const key of new Set(nlsPlaceholders(p))) {
    need(typeof en[key] === 'string', `%${key}% has no English text in package.nls.json`);
    need(typeof ko[key] === 'string', `%${key}% has no Korean text in package.nls.ko.json`);
  }
  return problems;
}
