/**
 * Shapes of the learning content. Everything here is plain data, typed so that:
 * - a text missing a language does not compile (`Localized`);
 * - a concept or notes section id that does not exist does not compile (string-literal unions,
 *   tables typed as `Record<Id, …>`);
 * - reference links are https URLs.
 *
 * No runtime imports: the webview may bundle this folder too.
 */
import type { Localized } from '../../../common/src/protocol';

export type { Lang, Localized } from '../../../common/src/protocol';

/** Any https link. */
export type HttpsUrl = `https://${string}`;

/** A page of the Docker documentation (always in English). */
export type DockerDocsUrl = `https://docs.docker.com/${string}`;

/** The Dockerfile reference, at one of its headings: `https://docs.docker.com/reference/dockerfile/#<anchor>`. */
export type DockerfileReferenceUrl = `https://docs.docker.com/reference/dockerfile/#${string}`;

// ---------------------------------------------------------------------------------------------
// Course notes
// ---------------------------------------------------------------------------------------------

/**
 * One id per heading of the course notes (`notes/cloud-notes.{ko,en}.md`), in document order.
 * `cloud` is the top title; `s3-scale` is "도커의 활용" (Docker at scale), which has no number.
 */
export type NotesSectionId =
  | 'cloud'
  | 's1'
  | 's1-1'
  | 's1-2'
  | 's1-3'
  | 's2'
  | 's2-iaas'
  | 's2-paas'
  | 's2-saas'
  | 's3'
  | 's3-1'
  | 's3-2'
  | 's3-scale';

export interface NotesSection {
  readonly id: NotesSectionId;
  /**
   * Explicit ASCII anchor id, written as `<a id="…"></a>` on the line before the heading in both
   * shipped notes files (Korean heading slugs are fragile, so links use these).
   */
  readonly anchor: string;
  /** The heading text exactly as it appears in each notes file (without the `#` marks). */
  readonly heading: Localized;
  /** Markdown heading level (1 = title). */
  readonly level: 1 | 2 | 3;
  /** Enclosing section, for breadcrumbs; absent for the title. */
  readonly parent?: NotesSectionId;
}

// ---------------------------------------------------------------------------------------------
// Concepts
// ---------------------------------------------------------------------------------------------

/** Every concept the hovers, rules and the Explain panel can link to. */
export type ConceptId =
  // §0 and §1: cloud and deployment history
  | 'cloud-service'
  | 'deployment-history'
  | 'traditional-deployment'
  | 'virtual-machine'
  | 'hypervisor'
  | 'on-off-premise'
  // §2: service models
  | 'service-models'
  | 'iaas'
  | 'paas'
  | 'ci-cd'
  | 'saas'
  // §3: containers and Docker
  | 'container-vs-vm'
  | 'container'
  | 'packaging-dependencies'
  | 'shared-kernel'
  | 'windows-containers'
  | 'root-user'
  | 'docker-workflow'
  | 'dockerfile'
  | 'image-immutable'
  | 'image-reference'
  | 'image-layers'
  | 'image-metadata'
  | 'base-image'
  | 'build-context'
  | 'build-cache'
  | 'build-secrets'
  | 'build-args'
  | 'environment-config'
  | 'multi-stage-build'
  | 'parser-directives'
  | 'shell-and-exec-form'
  | 'container-runtime'
  | 'one-image-many-containers'
  | 'docker-at-scale';

/** A short code sample. The code itself is language-neutral; the caption is localized. */
export interface CodeExample {
  readonly code: string;
  /** Markdown code-fence language. */
  readonly language: 'dockerfile' | 'shell' | 'text';
  readonly caption?: Localized;
}

export interface Concept {
  readonly id: ConceptId;
  readonly title: Localized;
  /** One line, plain prose (may contain inline code). */
  readonly summary: Localized;
  /** Markdown, a few short paragraphs. */
  readonly body: Localized;
  /** The notes section this concept belongs to (where "Course notes" links land). */
  readonly section: NotesSectionId;
  /** Other concepts worth reading next. */
  readonly related?: readonly ConceptId[];
  readonly examples?: readonly CodeExample[];
  /** Further reading (English pages: say so when showing the link). */
  readonly reference?: HttpsUrl;
}

// ---------------------------------------------------------------------------------------------
// Dockerfile reference entries: instructions, flags, mounts, directives
// ---------------------------------------------------------------------------------------------

/** The 18 Dockerfile instructions. */
export type InstructionKeyword =
  | 'FROM'
  | 'RUN'
  | 'CMD'
  | 'LABEL'
  | 'MAINTAINER'
  | 'EXPOSE'
  | 'ENV'
  | 'ADD'
  | 'COPY'
  | 'ENTRYPOINT'
  | 'VOLUME'
  | 'USER'
  | 'WORKDIR'
  | 'ARG'
  | 'ONBUILD'
  | 'STOPSIGNAL'
  | 'HEALTHCHECK'
  | 'SHELL';

export interface InstructionDoc {
  readonly keyword: InstructionKeyword;
  /** Syntax line(s), as in the Dockerfile reference. */
  readonly syntax: readonly string[];
  /** One line: what it does. */
  readonly summary: Localized;
  /**
   * Short markdown: what happens at build time and what the running container sees.
   * (The phase itself, layer / metadata / build-only, is defined in `server/src/model/phases.ts`.)
   */
  readonly body: Localized;
  /** The concept (and so the notes section) this instruction is taught with. */
  readonly concept: ConceptId;
  readonly related?: readonly ConceptId[];
  readonly example: CodeExample;
  readonly reference: DockerfileReferenceUrl;
}

/** Documentation of one accepted value of a flag (`--network=none`, `--security=insecure`). */
export interface FlagValueDoc {
  readonly summary: Localized;
  /** True for the value used when the flag is absent. */
  readonly isDefault?: boolean;
  readonly reference?: DockerfileReferenceUrl;
}

export interface FlagDoc {
  /** Flag name without the leading `--`. */
  readonly name: string;
  /** e.g. `COPY --from=<stage|image|context> <src> ... <dest>` */
  readonly syntax: string;
  readonly summary: Localized;
  /** Short markdown explanation. */
  readonly body: Localized;
  /** When it matters: at build time only, or in the image / the running container. */
  readonly when: Localized;
  readonly concept: ConceptId;
  readonly example: CodeExample;
  readonly reference: DockerfileReferenceUrl;
  /**
   * Lowest `# syntax=docker/dockerfile:<version>` that accepts the flag, or `labs` when it needs
   * the `docker/dockerfile:1-labs` channel. Absent when every BuildKit version accepts it.
   */
  readonly minSyntax?: string;
  /** Documented values, for flags that take one of a fixed set. */
  readonly values?: Readonly<Record<string, FlagValueDoc>>;
}

/** Documentation of one option of a `RUN --mount` type (`target`, `sharing`, …). */
export interface MountOptionDoc {
  /** One line: what the option does for this mount type. */
  readonly summary: Localized;
  /** Default, as written in a Dockerfile (`0755`, `shared`, …), when there is one. */
  readonly default?: string;
  /** Accepted values, as written (`shared | private | locked`). */
  readonly values?: string;
}

export interface MountTypeDoc {
  readonly summary: Localized;
  readonly body: Localized;
  readonly when: Localized;
  readonly concept: ConceptId;
  readonly example: CodeExample;
  readonly reference: DockerfileReferenceUrl;
}

export interface DirectiveDoc {
  readonly name: string;
  readonly syntax: readonly string[];
  readonly summary: Localized;
  readonly body: Localized;
  readonly when: Localized;
  readonly concept: ConceptId;
  readonly related?: readonly ConceptId[];
  readonly example: CodeExample;
  readonly reference: DockerfileReferenceUrl;
}

// ---------------------------------------------------------------------------------------------
// Glossary
// ---------------------------------------------------------------------------------------------

export interface GlossaryEntry {
  /** The term in each language (the Korean one as the notes write it). */
  readonly term: Localized;
  /** One-line definition. */
  readonly definition: Localized;
  /** Where the term is taught. */
  readonly concept: ConceptId;
}
