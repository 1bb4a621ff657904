/**
 * The server's entry point (`dist/server.js`): sets the process's V8 flags, then loads the server bundle
 * (`dist/server-main.js`) through a code cache (codeCache.ts). The flags are set first because V8 rejects cached
 * code made under other flags. The server saves the cache once its warm-up has run (so the code of the lint,
 * hovers and completions is in it, not only what starting compiled); later starts load that. The lint worker
 * thread has a bundle of its own (lintWorkerMain.ts).
 */
import * as path from 'node:path';
import { codeCacheFile, loadWithCodeCache, SAVE_CODE_CACHE, type CodeCacheLoad } from './codeCache';
import { tuneHeapForLongRunningServer } from './lsp/heap';
import { allowGc } from './lsp/idleGc';

// The lint worker thread shares the process's flags, which are set here (and changed while large documents are linted).
tuneHeapForLongRunningServer();
allowGc();
const main = path.join(__dirname, 'server-main.js');
// The bundle finds `save` through a global before it runs, and calls it after its warm-up (server.ts).
const state: { loaded?: CodeCacheLoad } = {};
(globalThis as Record<symbol, unknown>)[SAVE_CODE_CACHE] = (): boolean => (state.loaded !== undefined ? state.loaded.save() : false);
state.loaded = loadWithCodeCache(main, codeCacheFile(main));
