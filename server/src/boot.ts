/**
 * The server's entry point (`dist/server.js`): sets the process's V8 flags, then loads the server bundle
 * (`dist/server-main.js`) through a code cache (codeCache.ts). The flags are set first because V8 rejects cached
 * code made under other flags. The lint worker thread starts from this file too; only the main thread writes
 * the cache.
 */
import * as path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { codeCacheFile, loadWithCodeCache } from './codeCache';
import { tuneHeapForLongRunningServer } from './lsp/heap';
import { exposeGc } from './lsp/idleGc';

// The worker thread shares the process's flags, which the main thread set (and changes while it lints large documents).
if (isMainThread) {
  tuneHeapForLongRunningServer();
  exposeGc();
}
const main = path.join(__dirname, 'server-main.js');
loadWithCodeCache(main, codeCacheFile(main), isMainThread);
