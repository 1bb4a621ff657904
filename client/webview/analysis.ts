/** Pure helpers over an analysis (no DOM): the stage chain, the image name, the command line. */
import type { ExplainResult, ExplainStage } from '../../common/src/protocol';

/** The stages that make up the final image, from the bottom (the first `FROM <image>`) to the target. */
export function imageChain(result: ExplainResult): ExplainStage[] {
  const chain: ExplainStage[] = [];
  const seen = new Set<number>();
  let stage: ExplainStage | undefined = result.stages[result.targetStage];
  while (stage && !seen.has(stage.index)) {
    seen.add(stage.index);
    chain.unshift(stage);
    stage = stage.baseStage === undefined ? undefined : result.stages[stage.baseStage];
  }
  return chain;
}

/** How a stage is named in the panel: its `AS` name, or its index. */
export function stageLabel(result: ExplainResult, index: number): string {
  const stage = result.stages[index];
  return stage?.name ?? String(index);
}

/** The image name of the suggested build command (`docker build -t NAME .`). */
export function imageName(result: ExplainResult): string {
  const m = /(?:^|\s)(?:-t|--tag)[ =](\S+)/.exec(result.commands.build);
  return m?.[1] ?? 'my-image';
}

/** Arguments that a POSIX shell would read differently unless quoted. */
const NEEDS_QUOTES = /[\s"'$`;&|<>()*?!#~{}[\]]/;

/** argv as one command line, quoting only the arguments that need it. */
export function commandLine(argv: readonly string[]): string {
  return argv
    .map((a) => (a === '' ? "''" : NEEDS_QUOTES.test(a) ? `'${a.replace(/'/g, `'\\''`)}'` : a))
    .join(' ');
}

/** `-p` options publishing the exposed ports on the same host port (`-p 80:80 -p 53:53/udp`). */
export function publishOptions(ports: readonly string[]): string {
  const out: string[] = [];
  for (const spec of ports) {
    const m = /^(\d+)(?:\/(tcp|udp|sctp))?$/.exec(spec.trim());
    if (!m?.[1]) continue;
    out.push(`-p ${m[1]}:${m[1]}${m[2] && m[2] !== 'tcp' ? `/${m[2]}` : ''}`);
  }
  return out.join(' ');
}

/** First line of an instruction's text, shortened for a one-line display. */
export function firstLine(text: string, max = 140): { readonly line: string; readonly more: boolean } {
  const nl = text.indexOf('\n');
  const line = nl < 0 ? text : text.slice(0, nl);
  if (line.length > max) return { line: `${line.slice(0, max - 1)}…`, more: true };
  return { line, more: nl >= 0 };
}
