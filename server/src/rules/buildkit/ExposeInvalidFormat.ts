import { ExposeInvalidFormat as text } from '../../knowledge/rules/buildkit/ExposeInvalidFormat';
import type { Rule } from '../types';
import { exposePorts } from './lib/expose';

/**
 * BuildKit ExposeInvalidFormat (dockerfile2llb/convert_expose.go parsePort): an EXPOSE word with an IP address or a
 * host port (`[ip:]host:container`), which EXPOSE ignores. The fix keeps the container port and protocol.
 */
export const rule: Rule = {
  id: 'ExposeInvalidFormat',
  source: 'buildkit',
  defaultSeverity: 'warning',
  concept: 'image-metadata',
  reference: 'moby/buildkit frontend/dockerfile/dockerfile2llb/convert_expose.go parsePort',
  text,
  instructions: ['expose'],
  scope: 'stage',
  check(ctx) {
    for (const { word: w, port: p } of exposePorts(ctx)) {
      if (p.protoError !== undefined || (p.ip === '' && p.hostPort === '')) continue;
      const keep = p.protoGiven ? `${p.containerPort}/${p.proto}` : p.containerPort;
      ctx.report({
        range: w.token.range,
        params: { port: w.value },
        fix: w.literal && p.error === undefined ? { title: 'keepContainerPort', edits: [{ range: w.token.range, newText: keep }] } : undefined,
      });
    }
  },
};
