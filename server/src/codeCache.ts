/**
 * Loading a CommonJS bundle with a V8 code cache, so later starts skip compiling it.
 *
 * Compiling the 0.9 MB server bundle is about a quarter of the server's start (`node --cpu-prof`: `wrapSafe`
 * 23 of 82 ms). V8 can save what it compiled as "cached data" and take it back next time; it checks the data
 * against the source, its own version and the V8 flags, and rejects what does not match, in which case the
 * bundle is compiled as usual and the cache written again. Measured on this machine: start 0.12–0.14 s →
 * 0.10–0.11 s, RSS after start 57.8 → 55.5 MB. Any failure to read or write the cache only costs that time.
 */
import * as fs from 'node:fs';
import Module from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';

export interface CodeCacheLoad {
  /** The module's exports. */
  readonly exports: unknown;
  /** Whether V8 took the cached data (false when there was none or it was rejected). */
  readonly used: boolean;
  /**
   * Writes the cache when none was used: what V8 has compiled of the module by then goes in, so calling it after
   * the module did its usual work (the server: after its warm-up) saves more than right after loading. Returns
   * whether a file was written. The write goes to a temporary file that is renamed, so a concurrent start never
   * reads half a cache.
   */
  save(): boolean;
}

/**
 * Runs `file` as a CommonJS module (with its own `require`, `module`, `__filename` and `__dirname`), compiled
 * from `cacheFile` when V8 accepts it.
 */
export function loadWithCodeCache(file: string, cacheFile: string): CodeCacheLoad {
  const source = fs.readFileSync(file, 'utf8');
  let cachedData: Buffer | undefined;
  try {
    cachedData = ownedByUs(path.dirname(cacheFile)) && ownedByUs(cacheFile) ? fs.readFileSync(cacheFile) : undefined;
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, ...(cachedData === undefined ? {} : { cachedData }) });
  const used = cachedData !== undefined && !script.cachedDataRejected;
  const mod = new Module(file);
  mod.filename = file;
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  run.call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  let saved = false;
  const save = (): boolean => {
    if (used || saved) return false;
    try {
      fs.mkdirSync(path.dirname(cacheFile), { recursive: true, mode: 0o700 });
      if (!ownedByUs(path.dirname(cacheFile))) return false;
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      fs.writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
      fs.renameSync(temporary, cacheFile);
      saved = true;
    } catch {
      // A read-only or full disk: the next start compiles again.
    }
    return saved;
  };
  return { exports: mod.exports, used, save };
}

/**
 * Cached data is code: it is read only from a folder and a file that belong to this user and that no one else may
 * write (the fallback folder is in the shared temporary directory, where another user could have made it first).
 * Where there are no user ids (Windows) the temporary directory is per user already.
 */
function ownedByUs(p: string): boolean {
  if (typeof process.getuid !== 'function') return true;
  const st = fs.statSync(p);
  return st.uid === process.getuid() && (st.mode & 0o022) === 0;
}

/** How the server bundle finds the `save` of the load that started it (set by boot.ts, absent when started directly). */
export const SAVE_CODE_CACHE = Symbol.for('dockerfile-tutor.saveCodeCache');

/** Saves the code cache of the running server bundle, if boot.ts loaded it and no cache was used. */
export function saveCodeCache(): boolean {
  const save: unknown = (globalThis as Record<symbol, unknown>)[SAVE_CODE_CACHE];
  return typeof save === 'function' ? (save as () => boolean)() : false;
}

/**
 * Where the server keeps its code cache: `code-cache` in `DOCKERFILE_TUTOR_CODE_CACHE` (the extension passes its
 * global storage folder), else a per-user folder in the temporary directory. The name tells builds and Node
 * versions apart, so two installed versions do not overwrite each other's cache at every start.
 */
export function codeCacheFile(bundle: string): string {
  // A folder of our own inside the given one: the server makes it with mode 0700, whereas the extension's storage
  // folder may be group-writable (umask 002, the default for users on Ubuntu), which ownedByUs refuses.
  const given = process.env['DOCKERFILE_TUTOR_CODE_CACHE'];
  const dir = given === undefined ? path.join(os.tmpdir(), `dockerfile-tutor-${userId()}`) : path.join(given, 'code-cache');
  let stamp = '0';
  try {
    const st = fs.statSync(bundle);
    stamp = `${st.size.toString(36)}-${Math.floor(st.mtimeMs).toString(36)}`;
  } catch {
    stamp = '0';
  }
  return path.join(dir, `${path.basename(bundle, '.js')}-${stamp}-${process.version}-${process.arch}.v8cache`);
}

function userId(): string {
  try {
    return String(os.userInfo().uid);
  } catch {
    return 'user';
  }
}
