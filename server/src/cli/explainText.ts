/** The text form of the Explain analysis, for the terminal. */
import type { ExplainResult, Lang } from '../../../common/src/protocol';
import { CLI_TEXTS } from '../knowledge/cli';
import { PHASE_TEXTS } from '../knowledge/phases';
import { fillTemplate } from '../knowledge/template';

export function formatExplain(r: ExplainResult, lang: Lang): string {
  const out: string[] = [fillTemplate(CLI_TEXTS.explainTitle[lang], { file: r.fileName }), ''];
  if (r.parseErrors.length > 0) {
    out.push(CLI_TEXTS.parseErrors[lang]);
    for (const e of r.parseErrors) out.push(`  ${e.span.start.line + 1}: ${e.message}`);
    out.push('');
  }
  for (const s of r.stages) {
    const name = s.name === undefined ? '' : ` "${s.name}"`;
    const role = s.isTarget ? CLI_TEXTS.finalImage[lang] : CLI_TEXTS.buildStage[lang];
    out.push(`${fillTemplate(CLI_TEXTS.stage[lang], { index: String(s.index), name, base: s.base })} ${role}`);
    for (const i of s.instructions) {
      const first = i.text.split('\n')[0] ?? '';
      const shown = first.length > 70 ? first.slice(0, 67) + '...' : first;
      const seen = i.runtimeVisible ? `, ${CLI_TEXTS.containerSees[lang]}` : '';
      out.push(`  ${String(i.span.start.line + 1).padStart(4)}  [${PHASE_TEXTS[i.phase].label[lang]}${seen}] ${shown}`);
      if (i.summary !== '') out.push(`        ${i.summary}`);
      for (const f of i.findings) out.push(`        ! ${f.code}: ${f.message}`);
    }
    out.push('');
  }
  out.push(r.runtime.argv.length > 0 ? fillTemplate(CLI_TEXTS.runs[lang], { argv: JSON.stringify(r.runtime.argv) }) : CLI_TEXTS.runsNothing[lang]);
  out.push('', CLI_TEXTS.commands[lang], `  ${r.commands.build}`, `  ${r.commands.run}`, '');
  return out.join('\n');
}
