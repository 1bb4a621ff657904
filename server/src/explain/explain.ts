/** The analysis behind the Explain panel and `dockerfile-tutor explain`: one typed result, from the model. */
import type {
  ExplainFinding,
  ExplainInstruction,
  ExplainResult,
  ExplainRuntime,
  ExplainStage,
  Lang,
} from '../../../common/src/protocol';
import type { Instruction, Token } from '../parse/ast';
import type { DockerfileModel } from '../model/model';
import { instructionDoc } from '../knowledge/instructions';
import { findingMessage, lint, type Finding, type LintConfig, DEFAULT_LINT_CONFIG } from '../rules/lint';
import { ruleDocHref } from '../lsp/diagnostics';

function tokens(ins: Instruction): Token[] {
  return ins.argNodes.filter((n): n is Token => !('child' in n));
}

function lastIn(chain: readonly Instruction[], name: string): Instruction | undefined {
  for (let i = chain.length - 1; i >= 0; i--) if (chain[i]!.name === name) return chain[i];
  return undefined;
}

/** ENTRYPOINT + CMD as the container runtime combines them; shell form wraps in the SHELL. */
export function runtimeOf(model: DockerfileModel): ExplainRuntime {
  // Instructions of the final image, base stages first.
  const order = [...model.finalChain].sort((a, b) => a - b);
  const chain: Instruction[] = order.flatMap((i) => (model.stages[i]?.instructions ?? []).filter((x) => x.name !== 'from'));
  const shellIns = lastIn(chain, 'shell');
  const shell = shellIns !== undefined && shellIns.json ? tokens(shellIns).map((t) => t.value) : ['/bin/sh', '-c'];
  const entry = lastIn(chain, 'entrypoint');
  let cmd = lastIn(chain, 'cmd');
  // Setting ENTRYPOINT resets a CMD inherited from before it.
  if (entry !== undefined && cmd !== undefined && chain.indexOf(cmd) < chain.indexOf(entry)) cmd = undefined;
  const argv = (ins: Instruction | undefined): string[] => {
    if (ins === undefined) return [];
    if (ins.json) return tokens(ins).map((t) => t.value);
    return ins.args.value === '' ? [] : [...shell, ins.args.value];
  };
  const env: { name: string; value: string }[] = [];
  const labels: { name: string; value: string }[] = [];
  const exposed: string[] = [];
  const volumes: string[] = [];
  let user: string | undefined;
  let workdir: string | undefined;
  let stopSignal: string | undefined;
  let healthcheck: ExplainRuntime['healthcheck'];
  for (const ins of chain) {
    switch (ins.name) {
      case 'env':
        for (const kv of ins.keyValues) {
          const i = env.findIndex((e) => e.name === kv.key.value);
          const entryKv = { name: kv.key.value, value: kv.value?.value ?? '' };
          if (i >= 0) env[i] = entryKv;
          else env.push(entryKv);
        }
        break;
      case 'label':
        for (const kv of ins.keyValues) labels.push({ name: kv.key.value, value: kv.value?.value ?? '' });
        break;
      case 'expose':
        for (const t of tokens(ins)) if (!exposed.includes(t.value)) exposed.push(t.value);
        break;
      case 'volume':
        for (const t of tokens(ins)) if (!volumes.includes(t.value)) volumes.push(t.value);
        break;
      case 'user':
        user = ins.args.value;
        break;
      case 'workdir':
        workdir = workdir !== undefined && !ins.args.value.startsWith('/') ? `${workdir.replace(/\/$/, '')}/${ins.args.value}` : ins.args.value;
        break;
      case 'stopsignal':
        stopSignal = ins.args.value;
        break;
      case 'healthcheck': {
        const t = tokens(ins);
        if (t[0]?.value.toUpperCase() === 'NONE') healthcheck = 'NONE';
        else {
          const options: Record<string, string> = {};
          for (const f of ins.flags) options[f.name] = f.value ?? '';
          healthcheck = { test: t.slice(1).map((x) => x.value).join(' '), options };
        }
        break;
      }
      default:
        break;
    }
  }
  const result: ExplainRuntime = {
    argv: [...argv(entry), ...argv(cmd)],
    env,
    exposedPorts: exposed,
    volumes,
    labels,
    ...(entry !== undefined ? { entrypointForm: entry.json ? 'exec' as const : 'shell' as const } : {}),
    ...(cmd !== undefined ? { cmdForm: cmd.json ? 'exec' as const : 'shell' as const } : {}),
    ...(user !== undefined ? { user } : {}),
    ...(workdir !== undefined ? { workdir } : {}),
    ...(healthcheck !== undefined ? { healthcheck } : {}),
    ...(stopSignal !== undefined ? { stopSignal } : {}),
  };
  return result;
}

function shellQuote(s: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

export function buildExplain(model: DockerfileModel, uri: string, lang: Lang, config: LintConfig = DEFAULT_LINT_CONFIG, findings?: readonly Finding[]): ExplainResult {
  const all = findings ?? lint(model, config);
  const toFinding = (f: Finding): ExplainFinding => ({
    code: f.code,
    severity: f.severity,
    message: findingMessage(f, lang),
    span: model.lines.span(f.range),
    href: ruleDocHref(f.code, lang),
  });
  // Findings by start offset, so each instruction finds its own by binary search (a large file has tens of
  // thousands of instructions and findings: filtering all findings per instruction would be quadratic).
  const byStart = [...all].sort((a, b) => a.range.start - b.range.start);
  const findingsOf = (ins: Instruction): ExplainFinding[] => {
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (byStart[mid]!.range.start < ins.range.start) lo = mid + 1;
      else hi = mid;
    }
    const out: ExplainFinding[] = [];
    for (let i = lo; i < byStart.length && byStart[i]!.range.start <= ins.range.end; i++) out.push(toFinding(byStart[i]!));
    return out;
  };
  const describe = (ins: Instruction): ExplainInstruction => {
    const doc = instructionDoc(ins.name.toUpperCase());
    const mounts = ins.flags
      .filter((f) => f.name === 'mount' && f.value !== undefined)
      .map((f) => /(?:^|,)type=([a-z]+)/.exec(f.value ?? '')?.[1] ?? 'bind');
    return {
      keyword: ins.keyword.toUpperCase(),
      text: model.parse.text.slice(ins.textRange.start, ins.textRange.end),
      span: model.lines.span(ins.range),
      phase: model.phaseOf(ins),
      runtimeVisible: model.runtimeVisible(ins),
      summary: doc?.summary[lang] ?? '',
      ...(mounts.length > 0 ? { buildOnlyMounts: mounts } : {}),
      findings: findingsOf(ins),
    };
  };
  const stages: ExplainStage[] = model.stages.map((s) => {
    const copiesFrom = model.stageRefs
      .filter((r) => r.fromStage === s.index && r.kind !== 'from')
      .map((r) => ({ ...(r.stage !== undefined ? { stage: r.stage } : { image: r.token.value }), line: model.lines.lineOf(r.token.range.start) }));
    return {
      index: s.index,
      ...(s.name !== undefined ? { name: s.name.value } : {}),
      base: s.base?.value ?? '',
      ...(s.baseStage !== undefined ? { baseStage: s.baseStage } : {}),
      ...(s.image !== undefined ? { image: { registry: s.image.registry, repository: s.image.repository, ...(s.image.tag !== undefined ? { tag: s.image.tag } : {}), ...(s.image.digest !== undefined ? { digest: s.image.digest } : {}), implicitLatest: s.image.tag === undefined && s.image.digest === undefined } } : {}),
      ...(s.platform?.value !== undefined ? { platform: s.platform.value } : {}),
      span: model.lines.span(s.range),
      isTarget: s.index === model.target,
      copiesFrom,
      instructions: s.instructions.map(describe),
    };
  });
  const runtime = runtimeOf(model);
  const fileName = decodeURIComponent(uri.split('/').pop() ?? uri);
  const tag = 'my-image:dev';
  const targetStage = model.stages[model.target];
  const targetFlag = targetStage !== undefined && model.target !== model.stages.length - 1 && targetStage.name !== undefined ? ` --target ${shellQuote(targetStage.name.value)}` : '';
  const fileFlag = fileName === 'Dockerfile' ? '' : ` -f ${shellQuote(fileName)}`;
  const ports = runtime.exposedPorts.map((p) => {
    const port = p.split('/')[0] ?? p;
    return /^\d+$/.test(port) ? ` -p ${port}:${p}` : '';
  }).join('');
  const vols = runtime.volumes.map((v, i) => ` -v data${i + 1}:${shellQuote(v)}`).join('');
  return {
    uri,
    lang,
    fileName,
    stages,
    targetStage: model.target,
    runtime,
    directives: model.parse.directives.map((d) => ({ name: d.name, value: d.value, line: d.line })),
    globalArgs: model.globalArgs.map((a) => ({ name: a.name, ...(a.keyValue?.value !== undefined ? { defaultValue: a.keyValue.value.value } : {}), line: model.lines.lineOf(a.instruction?.range.start ?? 0) })),
    parseErrors: all.filter((f) => f.rule.source === 'builder').map(toFinding),
    commands: {
      build: `docker build${fileFlag}${targetFlag} -t ${tag} .`,
      run: `docker run --rm${ports}${vols} ${tag}`,
    },
  };
}
