/**
 * The shared corpus of real Dockerfiles (`DOCKERFILE_CORPUS`, default `../shared/corpus` from the repo root).
 * When it is missing: under CI (`CI=true`) that is a failure; elsewhere the suites that need it say so loudly
 * and do not run (they are not counted as passes).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');

export function corpusDir(): string | undefined {
  const dir = path.resolve(REPO_ROOT, process.env['DOCKERFILE_CORPUS'] ?? '../shared/corpus');
  if (fs.existsSync(path.join(dir, 'dockerfiles'))) return dir;
  if (process.env['CI'] === 'true') throw new Error(`corpus not found at ${dir} (set DOCKERFILE_CORPUS)`);
  process.stderr.write(`\n!!! corpus not found at ${dir}: the corpus suites did NOT run (set DOCKERFILE_CORPUS)\n\n`);
  return undefined;
}

export interface CorpusFile {
  readonly name: string;
  readonly path: string;
  readonly category: string;
  readonly features: readonly string[];
}

export function corpusFiles(dir: string): CorpusFile[] {
  const rows = fs.readFileSync(path.join(dir, 'SOURCES.tsv'), 'utf8').trim().split('\n').slice(1);
  return rows.map((r) => {
    const cols = r.split('\t');
    const name = cols[0] ?? '';
    return { name, path: path.join(dir, 'dockerfiles', name), category: cols[5] ?? '', features: (cols[6] ?? '').split(',').filter((x) => x !== '') };
  });
}

/** The text of one corpus file by name; fails the calling test when the corpus or the file is missing. */
export function readCorpusFile(name: string): string {
  const dir = corpusDir();
  if (dir === undefined) throw new Error(`corpus not found: cannot read ${name}`);
  return fs.readFileSync(path.join(dir, 'dockerfiles', name), 'utf8');
}
