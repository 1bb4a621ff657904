/**
 * The learning content of Dockerfile Tutor: typed, bilingual data, keyed by concept and notes section.
 * Pure data (plus small lookups): no server imports, so the CLI, the tests and the webview can use it.
 */
export * from './types';
export * from './notes';
export * from './concepts';
export * from './instructions';
export * from './flags';
export * from './directives';
export * from './glossary';
export * from './ui';
export * from './template';
export * from './links';
// Texts kept by the engineers of the hovers and the CLI, in this folder so that the content checks
// (test/unit/knowledge) cover them too.
export * from './phases';
export * from './hoverTexts';
export * from './cli';
export * from './editorTexts';
