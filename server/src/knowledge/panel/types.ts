/**
 * Shapes of the Explain panel's learning content. Plain data, bundled into the webview script.
 *
 * Text conventions (the webview renders every text with `textContent`, never as HTML):
 * - paragraphs are separated by a blank line;
 * - `backticks` mark inline code;
 * - `{name}` is a placeholder the panel fills with a value (a port, a line number, an image name).
 */
import type { NotesSectionId } from '../types';
import type { Localized } from '../../../../common/src/protocol';

export type { Localized };

/** A titled piece of explanation, linked to the notes section that teaches it. */
export interface PanelTopic {
  readonly title: Localized;
  readonly body: Localized;
  readonly section?: NotesSectionId;
}

/** The states a container goes through, in order. */
export type ContainerStateId = 'created' | 'running' | 'healthy' | 'stopped' | 'removed';

/** The deployment eras of notes §1 and §3. */
export type DeploymentId = 'traditional' | 'vm' | 'container';

export interface DeploymentModel {
  readonly id: DeploymentId;
  readonly title: Localized;
  /** The stack drawn from the top (the apps) down to the hardware. */
  readonly stack: readonly Localized[];
  readonly isolates: Localized;
  readonly costs: Localized;
  readonly section: NotesSectionId;
}

/** The responsibility layers of the service-model table, from the top (application) down. */
export type ResponsibilityLayer =
  | 'application'
  | 'data'
  | 'runtime'
  | 'middleware'
  | 'os'
  | 'virtualization'
  | 'servers'
  | 'storage'
  | 'networking';

export type ServiceModelId = 'on-premise' | 'iaas' | 'paas' | 'saas';

/** Who runs a layer. */
export type Manager = 'you' | 'provider';

export interface ServiceModel {
  readonly id: ServiceModelId;
  /** Short name shown in the table header (IaaS, PaaS, …). */
  readonly name: Localized;
  readonly summary: Localized;
  /** The notes' trade-offs for this model. */
  readonly tradeOffs: Localized;
  /** The notes' examples (product names). */
  readonly examples: readonly string[];
  /** Who manages each layer. */
  readonly managed: Readonly<Record<ResponsibilityLayer, Manager>>;
  readonly section: NotesSectionId;
}

/** Where the image of the open Dockerfile could run. */
export interface RunOption {
  readonly id: string;
  /** The service model this option belongs to. */
  readonly model: ServiceModelId;
  readonly title: Localized;
  /** Product names. */
  readonly services: readonly string[];
  /** How the image gets there and runs. */
  readonly how: Localized;
  /** What the user still manages there. */
  readonly youManage: Localized;
  /** Shell commands that sketch the path, with `{image}` for the image name. */
  readonly commands?: readonly string[];
  readonly section: NotesSectionId;
}

/** A quiz question. `answer` is the index of the right choice. */
export interface QuizQuestion {
  /** Stable id, kept in the user's progress: lower-case words joined by `-` and `.`. */
  readonly id: string;
  readonly prompt: Localized;
  readonly choices: readonly Localized[];
  readonly answer: number;
  /** Why the right choice is right (shown after any answer). */
  readonly explanation: Localized;
  readonly section: NotesSectionId;
}

export interface Quiz {
  readonly title: Localized;
  readonly questions: readonly QuizQuestion[];
}
