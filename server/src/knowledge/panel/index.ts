/** The Explain panel's learning content (bundled into the webview script). */
export * from './types';
export * from './ui';
export * from './lifecycle';
export * from './serviceModels';
export * from './quiz';
