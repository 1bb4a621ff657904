import { TutorAddUrlChecksum as text } from '../../knowledge/rules/tutor/TutorAddUrlChecksum';
import type { Rule } from '../types';
import { contextSources } from './lib';

/** BuildKit reads a URL as a Git repository when its path ends in `.git` or it names a ref (`#ref`, `?ref=`). */
function isGitUrl(url: string): boolean {
  const path = url.split(/[?#]/)[0] ?? url;
  return path.endsWith('.git') || url.includes('#') || /[?&]ref=/.test(url);
}

/**
 * Dockerfile Tutor's own rule (immutable images, notes §3.2): `ADD https://…` without `--checksum`. The download is
 * not verified, so the same Dockerfile can produce a different image when the file behind the URL changes.
 * BuildKit accepts `--checksum=sha256:…` for HTTP(S) sources (Dockerfile syntax 1.6 and later). Git sources
 * (`.git`, `#ref`, `?ref=`, `--keep-git-dir`) are pinned by their ref and left alone.
 */
export const rule: Rule = {
  id: 'TutorAddUrlChecksum',
  source: 'tutor',
  defaultSeverity: 'info',
  concept: 'image-immutable',
  reference: 'https://docs.docker.com/reference/dockerfile/#add---checksum',
  text,
  instructions: ['add'],
  scope: 'instruction',
  check(ctx) {
    for (const stage of ctx.model.stages) {
      for (const ins of stage.instructions) {
        if (ins.name !== 'add' || ins.flags.some((f) => f.name === 'checksum')) continue;
        for (const src of contextSources(ins)) {
          const url = src.value.replace(/^["']|["']$/g, '');
          if (!/^https?:\/\//i.test(url) || isGitUrl(url) || ins.flags.some((f) => f.name === 'keep-git-dir')) continue;
          ctx.report({ range: src.range, params: { url } });
        }
      }
    }
  },
};
