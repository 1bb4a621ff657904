/**
 * What the server warms up after start (see warmUp.ts): a lint, hovers with their lessons, and every feature
 * module's own steps, all over one sample Dockerfile that takes the common paths (directives, global ARGs, stages,
 * flags, mounts, heredocs, package managers, exec and shell forms, variables, stage references).
 */
import type { Lang } from '../../../common/src/protocol';
import { hoverAt } from '../hover/hover';
import { lessonMarkdown } from '../hover/lesson';
import { lintToDiagnostics } from '../service';
import type { FeatureModule } from './featureModule';
import { step, type WarmUpStep } from './warmUp';
import { WARM_UP_SAMPLE as SAMPLE } from './warmUpSample';


/** Offsets worth visiting: the start of every word, and of the parts after `=`, `,`, `{` and `$`. */
function interestingOffsets(text: string): number[] {
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const prev = i === 0 ? 32 : text.charCodeAt(i - 1);
    const boundary = prev === 32 || prev === 10 || prev === 61 || prev === 44 || prev === 123 || prev === 36;
    if (boundary && c !== 32 && c !== 10) offsets.push(i);
  }
  return offsets;
}

/** The lint of the sample comes first; the hovers and the modules' steps follow on its model. */
export function serverWarmUpSteps(lang: Lang, modules: readonly FeatureModule[]): WarmUpStep[] {
  return [
    () => {
      const { model, diagnostics } = lintToDiagnostics(SAMPLE, lang);
      const codes = [...new Set(diagnostics.map((d) => String(d.code)))];
      const offsets = interestingOffsets(SAMPLE);
      return [
        ...offsets.map((o, i) =>
          step(() => {
            hoverAt(model, o, lang);
            lessonMarkdown(codes.slice(i % codes.length, (i % codes.length) + 1), lang);
          }),
        ),
        ...modules.flatMap((m) => m.warmUp?.(model, offsets, lang) ?? []),
      ];
    },
  ];
}
