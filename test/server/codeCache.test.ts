/** Issue 9: the server bundle is loaded through a V8 code cache; a missing, stale or unwritable cache only costs time. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { codeCacheFile, loadWithCodeCache, SAVE_CODE_CACHE, saveCodeCache } from '../../server/src/codeCache';

describe('code cache', () => {
  let dir = '';
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tutor-code-cache-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const moduleFile = (body: string): string => {
    const file = path.join(dir, 'mod.js');
    fs.writeFileSync(file, body);
    return file;
  };

  it('runs the module with its own require, module and dirname, saves the cache, and uses it the next time', () => {
    const file = moduleFile(`const p = require('node:path'); module.exports = { dir: __dirname, name: p.basename(__filename), sum: [1, 2, 3].reduce((a, b) => a + b, 0) };\n`);
    const cache = path.join(dir, 'sub', 'mod.v8cache');
    const first = loadWithCodeCache(file, cache);
    assert.deepEqual(first.exports, { dir, name: 'mod.js', sum: 6 });
    assert.equal(first.used, false);
    assert.equal(fs.existsSync(cache), false, 'written before save()');
    assert.equal(first.save(), true);
    assert.equal(first.save(), false, 'saved twice');
    assert.ok(fs.statSync(cache).size > 0);
    const second = loadWithCodeCache(file, cache);
    assert.deepEqual(second.exports, first.exports);
    assert.equal(second.used, true);
    assert.equal(second.save(), false, 'a used cache is not written again');
  });

  it('compiles as usual and saves a new cache when the cached data is garbage', () => {
    const file = moduleFile('module.exports = 42;\n');
    const cache = path.join(dir, 'mod.v8cache');
    fs.writeFileSync(cache, Buffer.from('not a code cache at all'));
    const r = loadWithCodeCache(file, cache);
    assert.equal(r.exports, 42);
    assert.equal(r.used, false);
    assert.equal(r.save(), true);
    assert.equal(loadWithCodeCache(file, cache).used, true);
  });

  it('still loads the module when the cache can be neither read nor written', () => {
    const file = moduleFile('module.exports = "ok";\n');
    // A cache path below a regular file can be neither read nor written.
    const r = loadWithCodeCache(file, path.join(file, 'mod.v8cache'));
    assert.deepEqual([r.exports, r.used, r.save()], ['ok', false, false]);
  });

  it('saves into a folder of its own made 0700 inside a group-writable storage folder', () => {
    const file = moduleFile('module.exports = 5;\n');
    const storage = path.join(dir, 'storage');
    fs.mkdirSync(storage, { mode: 0o775 });
    fs.chmodSync(storage, 0o775);
    const before = process.env['DOCKERFILE_TUTOR_CODE_CACHE'];
    process.env['DOCKERFILE_TUTOR_CODE_CACHE'] = storage;
    try {
      const cache = codeCacheFile(file);
      assert.equal(loadWithCodeCache(file, cache).save(), true);
      assert.equal(fs.statSync(path.dirname(cache)).mode & 0o777, 0o700);
      assert.equal(loadWithCodeCache(file, cache).used, true);
    } finally {
      if (before === undefined) delete process.env['DOCKERFILE_TUTOR_CODE_CACHE'];
      else process.env['DOCKERFILE_TUTOR_CODE_CACHE'] = before;
    }
  });

  it('does not read a cache that others may write, nor one in a folder others may write', () => {
    const file = moduleFile('module.exports = 7;\n');
    const cache = path.join(dir, 'c', 'mod.v8cache');
    assert.equal(loadWithCodeCache(file, cache).save(), true);
    assert.equal(loadWithCodeCache(file, cache).used, true);
    fs.chmodSync(cache, 0o666);
    const r = loadWithCodeCache(file, cache);
    assert.deepEqual([r.exports, r.used], [7, false]);
    fs.chmodSync(cache, 0o600);
    fs.chmodSync(path.dirname(cache), 0o777);
    assert.equal(loadWithCodeCache(file, cache).used, false);
    assert.equal(loadWithCodeCache(file, cache).save(), false, 'saved into a folder others may write');
    fs.chmodSync(path.dirname(cache), 0o700);
    assert.equal(loadWithCodeCache(file, cache).used, true);
  });

  it('lets the running bundle save through the global that boot.ts sets, and does nothing without it', () => {
    const g = globalThis as Record<symbol, unknown>;
    assert.equal(saveCodeCache(), false);
    let calls = 0;
    g[SAVE_CODE_CACHE] = (): boolean => ++calls > 0;
    try {
      assert.equal(saveCodeCache(), true);
      assert.equal(calls, 1);
    } finally {
      delete g[SAVE_CODE_CACHE];
    }
  });

  it('names the cache after the bundle, its size and time, and the Node version, in the folder the extension gives', () => {
    const file = moduleFile('module.exports = 1;\n');
    const before = process.env['DOCKERFILE_TUTOR_CODE_CACHE'];
    process.env['DOCKERFILE_TUTOR_CODE_CACHE'] = path.join(dir, 'storage');
    try {
      const name = codeCacheFile(file);
      assert.equal(path.dirname(name), path.join(dir, 'storage', 'code-cache'));
      assert.ok(path.basename(name).startsWith('mod-'));
      assert.ok(name.includes(process.version));
      fs.appendFileSync(file, '// changed\n');
      assert.notEqual(codeCacheFile(file), name, 'a rebuilt bundle gets another cache file');
    } finally {
      if (before === undefined) delete process.env['DOCKERFILE_TUTOR_CODE_CACHE'];
      else process.env['DOCKERFILE_TUTOR_CODE_CACHE'] = before;
    }
  });
});
