/**
 * How editor features plug into the server without editing server.ts: each feature module declares the
 * capabilities it serves and registers its handlers on the connection. Handlers stay thin; the work is in
 * editor-agnostic functions `(model, position, lang) → LSP type`.
 */
import type { Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lang } from '../../../common/src/protocol';
import type { DockerfileModel } from '../model/model';
import type { TutorSettings } from '../settings';
import type { WarmUpStep } from './warmUp';
import { navigationFeatures } from './featuresNavigation';
import { EDITING_FEATURES } from './featuresEditing';

export interface FeatureContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  /**
   * The shared model of a document (parsed once per version), or undefined for unknown documents and those too large
   * to analyse. It resolves at once, except while a large document's model is being built a slice at a time.
   */
  model(uri: string): Promise<DockerfileModel | undefined>;
  lang(): Lang;
  settings(): TutorSettings;
}

export interface FeatureModule {
  readonly capabilities: ServerCapabilities;
  register(ctx: FeatureContext): void;
  /**
   * The module's work on a sample document, as small steps the server runs while idle after start, so the
   * first real request does not pay for compiling the code (see warmUp.ts). `offsets`: positions of interest
   * in the sample (starts of words, flags, variables).
   */
  warmUp?(model: DockerfileModel, offsets: readonly number[], lang: Lang): WarmUpStep[];
}

/** Every feature module, in registration order. Add a module here (one line) to switch it on. */
export const FEATURE_MODULES: FeatureModule[] = [navigationFeatures, EDITING_FEATURES];
