/**
 * Living beside other Docker extensions. Microsoft's Container Tools (and the older Docker extension)
 * and Docker DX also show diagnostics and hovers in Dockerfiles. When one of them is installed and
 * enabled, we offer once — never on every start — to switch off our overlapping parts
 * (`dockerfileTutor.overlap.diagnostics` / `.hovers`) or to keep both.
 *
 * The decision is a pure function (`decideOverlapHint`), unit-tested without VS Code; the VS Code API
 * is passed in by `extension.ts`, so this module has no run-time import of `vscode`.
 */
import type * as vscode from 'vscode';

export interface OverlappingExtension {
  readonly id: string;
  /** The name users see in the Extensions view. */
  readonly name: string;
}

/** Extensions whose Dockerfile diagnostics and hovers overlap ours. */
export const OVERLAPPING_EXTENSIONS: readonly OverlappingExtension[] = [
  { id: 'ms-azuretools.vscode-containers', name: 'Container Tools' },
  { id: 'ms-azuretools.vscode-docker', name: 'Docker' },
  { id: 'docker.docker', name: 'Docker DX' },
];

/** globalState key: the ids of the extensions we have already shown the hint for. */
export const HINTED_KEY = 'dockerfileTutor.overlap.hinted';

export interface OverlapState {
  /** Ids of the installed, enabled extensions (any case). */
  readonly installed: readonly string[];
  /** Ids already hinted about (from globalState). */
  readonly hinted: readonly string[];
  /** Our `dockerfileTutor.overlap.*` settings as they are now. */
  readonly diagnostics: boolean;
  readonly hovers: boolean;
}

export type OverlapDecision =
  | { readonly show: false }
  | { readonly show: true; readonly extensions: readonly OverlappingExtension[] };

/**
 * Show the hint when an overlapping extension is present that we have not hinted about yet, and at
 * least one of our overlapping parts is still on (if the user switched both off, there is nothing to offer).
 */
export function decideOverlapHint(state: OverlapState): OverlapDecision {
  if (!state.diagnostics && !state.hovers) return { show: false };
  const installed = new Set(state.installed.map((id) => id.toLowerCase()));
  const hinted = new Set(state.hinted.map((id) => id.toLowerCase()));
  const fresh = OVERLAPPING_EXTENSIONS.filter((e) => installed.has(e.id) && !hinted.has(e.id));
  return fresh.length === 0 ? { show: false } : { show: true, extensions: fresh };
}

/** The ids to store after the hint was shown: the earlier ones plus those just hinted about. */
export function rememberHinted(previous: readonly string[], shown: readonly OverlappingExtension[]): string[] {
  const all = new Set(previous.map((id) => id.toLowerCase()));
  for (const e of shown) all.add(e.id);
  return [...all].sort();
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

/**
 * Checks at start and whenever extensions change; the hint is shown at most once per extension,
 * recorded before it is shown, so closing it without choosing also counts as seen.
 */
export function registerOverlapHint(context: vscode.ExtensionContext, api: typeof vscode): void {
  context.globalState.setKeysForSync([HINTED_KEY]);
  let showing = false;
  const check = async (): Promise<void> => {
    if (showing) return;
    const config = api.workspace.getConfiguration('dockerfileTutor');
    const stored = context.globalState.get<unknown>(HINTED_KEY);
    const hinted = isStringArray(stored) ? stored : [];
    const decision = decideOverlapHint({
      installed: OVERLAPPING_EXTENSIONS.map((e) => e.id).filter((id) => api.extensions.getExtension(id) !== undefined),
      hinted,
      diagnostics: config.get<boolean>('overlap.diagnostics', true),
      hovers: config.get<boolean>('overlap.hovers', true),
    });
    if (!decision.show) return;
    showing = true;
    try {
      await context.globalState.update(HINTED_KEY, rememberHinted(hinted, decision.extensions));
      const switchOff = api.l10n.t('Switch ours off');
      const keepBoth = api.l10n.t('Keep both');
      const settings = api.l10n.t('Settings');
      const names = decision.extensions.map((e) => e.name).join(', ');
      const choice = await api.window.showInformationMessage(
        api.l10n.t('{0} also shows diagnostics and hovers in Dockerfiles. Switch off the diagnostics and hovers of Dockerfile Tutor so that nothing shows twice, or keep both?', names),
        switchOff, keepBoth, settings,
      );
      if (choice === switchOff) {
        await config.update('overlap.diagnostics', false, api.ConfigurationTarget.Global);
        await config.update('overlap.hovers', false, api.ConfigurationTarget.Global);
      } else if (choice === settings) {
        await api.commands.executeCommand('workbench.action.openSettings', 'dockerfileTutor.overlap');
      }
    } finally {
      showing = false;
    }
  };
  const run = (): void => {
    check().catch(() => undefined);
  };
  context.subscriptions.push(api.extensions.onDidChange(run));
  run();
}
