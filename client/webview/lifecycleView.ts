/** The lifecycle view: stages, the image's layers and configuration, containers, registries, commands. */
import type { ExplainFinding, ExplainInstruction, ExplainResult, ExplainStage, Phase } from '../../common/src/protocol';
import {
  COMMAND_FORMS,
  CONTAINER_STATES,
  IMAGE_HISTORY,
  MANY_CONTAINERS,
  MULTI_STAGE,
  PHASE_TOPICS,
  REGISTRY_STEPS,
  RUNTIME_TOPICS,
  WORKFLOW,
} from '../../server/src/knowledge/panel/lifecycle';
import { QUIZZES } from '../../server/src/knowledge/panel/quiz';
import { commandLine, firstLine, imageChain, imageName, stageLabel } from './analysis';
import { commandRow, loc, section, t, topic, tt } from './context';
import type { Ctx } from './context';
import { fill, h } from './dom';
import type { Child } from './dom';
import { renderQuiz } from './quizView';

export function renderLifecycle(ctx: Ctx): HTMLElement {
  const { model } = ctx;
  const root = h('div', { class: 'view lifecycle' });
  const result = model.result;
  if (!result) {
    root.append(
      h('p', { class: 'empty', role: 'status' }, model.status === 'waiting' && !model.error ? t(ctx, 'waiting') : t(ctx, 'noDocument')),
    );
    root.append(renderWorkflow(ctx, undefined), renderQuiz(ctx, 'lifecycle', QUIZZES.lifecycle));
    return root;
  }
  if (result.parseErrors.length > 0) {
    root.append(
      h(
        'section',
        { class: 'block parse-errors', role: 'alert', 'aria-label': tt(ctx, 'parseErrorsHeading') },
        h('h2', {}, t(ctx, 'parseErrorsHeading')),
        h('ul', { class: 'findings' }, result.parseErrors.map((f) => findingItem(ctx, f))),
      ),
    );
  }
  root.append(
    renderWorkflow(ctx, result),
    renderPipeline(ctx, result),
    renderImage(ctx, result),
    renderContainers(ctx, result),
    renderLife(ctx, result),
    renderRuntime(ctx, result),
    renderRegistry(ctx, result),
    renderCommands(ctx, result),
    renderQuiz(ctx, 'lifecycle', QUIZZES.lifecycle),
  );
  return root;
}

// ---------------------------------------------------------------------------------------------

/** A button that reveals a line of the document; 0-based line in, 1-based label out. */
function lineButton(ctx: Ctx, line: number, content: readonly Child[], key: string, extraLabel = ''): HTMLButtonElement {
  const uri = ctx.model.result?.uri ?? '';
  const label = extraLabel ? `${tt(ctx, 'revealLabel', { line: line + 1 })}: ${extraLabel}` : tt(ctx, 'revealLabel', { line: line + 1 });
  const button = h('button', { type: 'button', class: 'reveal', 'data-key': key, 'data-line': line, 'aria-label': label }, content);
  button.addEventListener('click', () => ctx.post({ type: 'reveal', uri, line }));
  return button;
}

function findingItem(ctx: Ctx, f: ExplainFinding): HTMLElement {
  const item = h(
    'li',
    { class: `finding severity-${f.severity}` },
    h('span', { class: 'severity' }, t(ctx, `severity_${f.severity}`)),
    ' ',
    h('code', { class: 'code' }, f.code),
    ' ',
    h('span', { class: 'message' }, fill(f.message)),
    ' ',
    h('span', { class: 'line-no' }, t(ctx, 'lineLabel', { line: f.span.start.line + 1 })),
  );
  if (f.href) {
    const href = f.href;
    const button = h('button', { type: 'button', class: 'link', 'data-key': `lesson-${f.code}-${f.span.start.line}`, 'aria-label': tt(ctx, 'lessonLabel', { code: f.code }) }, t(ctx, 'lesson'));
    button.addEventListener('click', () => ctx.post({ type: 'openLesson', href }));
    item.append(' ', button);
  }
  return item;
}

/** One instruction: its line and text (a button revealing it), its summary, its findings. */
function instructionItem(ctx: Ctx, ins: ExplainInstruction, extra: readonly Node[] = []): HTMLElement {
  const start = ins.span.start.line;
  const { line, more } = firstLine(ins.text);
  const item = h(
    'li',
    { class: `instr phase-${ins.phase}`, 'data-start-line': start, 'data-end-line': ins.span.end.line },
    lineButton(
      ctx,
      start,
      [h('span', { class: 'line-no' }, t(ctx, 'lineLabel', { line: start + 1 })), ' ', h('code', { class: 'instr-text' }, line), more ? h('span', { class: 'more', 'aria-hidden': 'true' }, ' …') : null],
      `instr-${start}`,
      line,
    ),
    ins.summary ? h('p', { class: 'summary' }, fill(ins.summary)) : null,
    ...extra,
  );
  if (ins.findings.length > 0) item.append(h('ul', { class: 'findings' }, ins.findings.map((f) => findingItem(ctx, f))));
  return item;
}

function withoutFrom(stage: ExplainStage): readonly ExplainInstruction[] {
  return stage.instructions.filter((i) => i.keyword !== 'FROM');
}

function byPhase(stage: ExplainStage, phase: Phase): readonly ExplainInstruction[] {
  return withoutFrom(stage).filter((i) => i.phase === phase);
}

// ---------------------------------------------------------------------------------------------

function renderWorkflow(ctx: Ctx, result: ExplainResult | undefined): HTMLElement {
  const image = result ? imageName(result) : 'name:tag';
  return section(
    'workflow',
    t(ctx, 'tabLifecycle'),
    h(
      'ol',
      { class: 'workflow' },
      h('li', { class: 'workflow-step' }, topic(ctx, WORKFLOW.dockerfile)),
      h('li', { class: 'workflow-arrow', 'aria-hidden': 'true' }, h('code', {}, t(ctx, 'buildArrow')), ' →'),
      h('li', { class: 'workflow-step' }, topic(ctx, WORKFLOW.image), h('p', { class: 'tag' }, t(ctx, 'imageBoxTag', { image }, ['image']))),
      h('li', { class: 'workflow-arrow', 'aria-hidden': 'true' }, h('code', {}, t(ctx, 'runArrow')), ' →'),
      h('li', { class: 'workflow-step' }, topic(ctx, WORKFLOW.container)),
    ),
  );
}

function renderPipeline(ctx: Ctx, result: ExplainResult): HTMLElement {
  const inImage = new Set(imageChain(result).map((s) => s.index));
  const cards = result.stages.map((stage) => stageCard(ctx, result, stage, inImage.has(stage.index)));
  const buildOnly: HTMLElement[] = [];
  if (result.directives.length > 0) {
    buildOnly.push(
      h('h3', {}, t(ctx, 'directivesHeading')),
      h('ul', { class: 'plain build-only-list' }, result.directives.map((d) => h('li', { 'data-start-line': d.line, 'data-end-line': d.line }, lineButton(ctx, d.line, [h('span', { class: 'line-no' }, t(ctx, 'lineLabel', { line: d.line + 1 })), ' ', h('code', {}, `# ${d.name}=${d.value}`)], `directive-${d.line}`)))),
    );
  }
  if (result.globalArgs.length > 0) {
    buildOnly.push(
      h('h3', {}, t(ctx, 'globalArgsHeading')),
      h('ul', { class: 'plain build-only-list' }, result.globalArgs.map((a) => h('li', { 'data-start-line': a.line, 'data-end-line': a.line }, lineButton(ctx, a.line, [h('span', { class: 'line-no' }, t(ctx, 'lineLabel', { line: a.line + 1 })), ' ', h('code', {}, a.defaultValue === undefined ? `ARG ${a.name}` : `ARG ${a.name}=${a.defaultValue}`)], `arg-${a.line}`)))),
    );
  }
  return section('pipeline', t(ctx, 'pipelineHeading'), topic(ctx, MULTI_STAGE), ...buildOnly, h('ol', { class: 'pipeline', 'aria-label': tt(ctx, 'pipelineHeading') }, cards));
}

function stageCard(ctx: Ctx, result: ExplainResult, stage: ExplainStage, inImage: boolean): HTMLElement {
  const title = stage.name ? `${tt(ctx, 'stageTitle', { index: stage.index })} · ${stage.name}` : tt(ctx, 'stageTitle', { index: stage.index });
  const facts: Node[][] = [];
  if (stage.baseStage !== undefined) facts.push(t(ctx, 'stageFromStage', { stage: stageLabel(result, stage.baseStage) }, ['stage']));
  else if (stage.base.toLowerCase() === 'scratch') facts.push(t(ctx, 'stageFromScratch'));
  else facts.push(t(ctx, 'stageFromImage', { image: stage.base }, ['image']));
  if (stage.platform) facts.push(t(ctx, 'stagePlatform', { platform: stage.platform }, ['platform']));
  if (stage.image?.implicitLatest) facts.push(t(ctx, 'stageImplicitLatest'));
  for (const c of stage.copiesFrom) {
    if (c.stage !== undefined) facts.push(t(ctx, 'stageCopiesFromStage', { stage: stageLabel(result, c.stage), line: c.line + 1 }, ['stage']));
    else if (c.image !== undefined) facts.push(t(ctx, 'stageCopiesFromImage', { image: c.image, line: c.line + 1 }, ['image']));
  }
  const status = stage.isTarget ? 'target' : inImage ? 'in-image' : 'left-behind';
  const badge = stage.isTarget ? t(ctx, 'stageTarget') : inImage ? t(ctx, 'stageInImage') : t(ctx, 'stageLeftBehind');
  return h(
    'li',
    { class: `stage-card stage-${status}`, 'data-stage': stage.index, 'data-start-line': stage.span.start.line, 'data-end-line': stage.span.end.line },
    lineButton(ctx, stage.span.start.line, [h('span', { class: 'stage-title' }, title)], `stage-${stage.index}`, title),
    h('p', { class: `badge badge-${status}` }, badge),
    h('ul', { class: 'plain stage-facts' }, facts.map((f) => h('li', {}, f))),
  );
}

function renderImage(ctx: Ctx, result: ExplainResult): HTMLElement {
  const chain = imageChain(result);
  const multi = chain.length > 1;
  const root = chain[0];

  const legend = h('div', { class: 'legend' }, (['layer', 'metadata', 'build-only'] as const).map((p) => h('div', { class: `legend-item phase-${p}` }, topic(ctx, PHASE_TOPICS[p]))));

  // Layers, drawn bottom (base image) to top.
  const layers: HTMLElement[] = [];
  if (root) {
    const base = root.base.toLowerCase() === 'scratch' ? t(ctx, 'scratchBase') : t(ctx, 'baseLayers', { image: root.base }, ['image']);
    layers.push(h('li', { class: 'instr base-layers', 'data-start-line': root.span.start.line, 'data-end-line': root.span.end.line }, lineButton(ctx, root.span.start.line, [h('span', {}, base)], 'base-layers')));
  }
  for (const stage of chain) {
    for (const ins of byPhase(stage, 'layer')) {
      const extra = multi ? [h('p', { class: 'from-stage' }, t(ctx, 'fromStageLabel', { stage: stageLabel(result, stage.index) }, ['stage']))] : [];
      layers.push(instructionItem(ctx, ins, extra));
    }
  }
  const layerList = h('ol', { class: 'layers', 'aria-label': tt(ctx, 'layersHeading') }, layers);

  const config = chain.flatMap((s) => byPhase(s, 'metadata')).map((ins) => instructionItem(ctx, ins));

  const buildOnly: HTMLElement[] = [];
  for (const stage of chain) {
    for (const ins of withoutFrom(stage)) {
      if (ins.phase === 'build-only') buildOnly.push(instructionItem(ctx, ins));
      else if (ins.buildOnlyMounts && ins.buildOnlyMounts.length > 0) {
        buildOnly.push(instructionItem(ctx, ins, [h('p', { class: 'mounts' }, t(ctx, 'mountsBuildOnly', { types: ins.buildOnlyMounts.join(', ') }, ['types']))]));
      }
    }
  }
  const inImage = new Set(chain.map((s) => s.index));
  for (const stage of result.stages) {
    if (inImage.has(stage.index)) continue;
    const label = tt(ctx, 'stageLeftBehindItem', { stage: stageLabel(result, stage.index) });
    buildOnly.push(
      h(
        'li',
        { class: 'left-behind', 'data-stage': stage.index, 'data-start-line': stage.span.start.line, 'data-end-line': stage.span.start.line },
        h(
          'details',
          {},
          h('summary', { 'data-key': `left-behind-${stage.index}` }, label),
          h('ol', { class: 'plain' }, withoutFrom(stage).map((ins) => instructionItem(ctx, ins))),
        ),
      ),
    );
  }

  return section(
    'image',
    t(ctx, 'imageHeading'),
    legend,
    h('h3', {}, t(ctx, 'layersHeading')),
    layers.length > 1 ? layerList : h('div', {}, layerList, h('p', { class: 'muted' }, t(ctx, 'noLayers'))),
    h('h3', {}, t(ctx, 'configHeading')),
    config.length > 0 ? h('ul', { class: 'plain config' }, config) : h('p', { class: 'muted' }, t(ctx, 'noConfig')),
    h('h3', {}, t(ctx, 'buildOnlyHeading')),
    buildOnly.length > 0 ? h('ul', { class: 'plain build-only' }, buildOnly) : h('p', { class: 'muted' }, t(ctx, 'none')),
  );
}

function renderContainers(ctx: Ctx, result: ExplainResult): HTMLElement {
  const image = imageName(result);
  const containers = [1, 2, 3].map((n) =>
    h('li', { class: 'container-box' }, h('p', { class: 'container-name' }, t(ctx, 'containerName', { n })), h('p', { class: 'writable' }, t(ctx, 'writableLayer')), h('p', { class: 'ro' }, t(ctx, 'readOnlyLayers'))),
  );
  return section(
    'containers',
    t(ctx, 'runHeading'),
    h(
      'div',
      { class: 'run-diagram' },
      h('div', { class: 'image-box' }, h('p', {}, h('code', {}, image)), h('p', { class: 'ro' }, t(ctx, 'readOnlyLayers'))),
      h('div', { class: 'workflow-arrow', 'aria-hidden': 'true' }, h('code', {}, t(ctx, 'runArrow')), ' →'),
      h('ul', { class: 'containers', 'aria-label': tt(ctx, 'runHeading') }, containers),
    ),
    topic(ctx, MANY_CONTAINERS),
  );
}

function renderLife(ctx: Ctx, result: ExplainResult): HTMLElement {
  const rt = result.runtime;
  const state = (id: keyof typeof CONTAINER_STATES, extra: readonly Node[], values: Readonly<Record<string, string>> = {}): HTMLElement =>
    h('li', { class: `state state-${id}` }, topic(ctx, CONTAINER_STATES[id], values), ...extra);

  const process: Node[] = [];
  if (rt.argv.length > 0) {
    process.push(
      h('p', { class: 'process-label' }, t(ctx, 'processLabel')),
      h('pre', { class: 'process', 'aria-label': tt(ctx, 'processLabel') }, h('code', {}, commandLine(rt.argv))),
      h('p', { class: 'process-label' }, t(ctx, 'argvLabel')),
      h('pre', { class: 'argv' }, h('code', {}, JSON.stringify(rt.argv))),
    );
  }
  const forms: Node[] = [];
  const formName = (f: 'exec' | 'shell'): string => loc(ctx, COMMAND_FORMS[f].title);
  if (rt.entrypointForm) forms.push(h('li', {}, t(ctx, 'entrypointForm', { form: formName(rt.entrypointForm) })));
  if (rt.cmdForm) forms.push(h('li', {}, t(ctx, 'cmdForm', { form: formName(rt.cmdForm) })));
  const formTopics = new Set<'exec' | 'shell' | 'none'>();
  if (rt.entrypointForm) formTopics.add(rt.entrypointForm);
  if (rt.cmdForm) formTopics.add(rt.cmdForm);
  if (formTopics.size === 0) formTopics.add('none');
  const running = [
    ...process,
    forms.length > 0 ? h('ul', { class: 'plain forms' }, forms) : null,
    ...[...formTopics].map((f) => h('div', { class: `form form-${f}` }, topic(ctx, COMMAND_FORMS[f]))),
  ].filter((n): n is HTMLElement => n !== null);

  const health: Node[] = [];
  if (rt.healthcheck === undefined) health.push(h('p', { class: 'muted' }, t(ctx, 'noHealthcheck')));
  else if (rt.healthcheck === 'NONE') health.push(h('p', { class: 'muted' }, t(ctx, 'healthcheckDisabled')));
  else health.push(h('p', {}, t(ctx, 'healthcheckTest', { test: rt.healthcheck.test }, ['test'])));

  const signal = rt.stopSignal ?? tt(ctx, 'defaultSignal');
  return section(
    'life',
    t(ctx, 'lifeHeading'),
    h(
      'ol',
      { class: 'states' },
      state('created', []),
      state('running', running),
      state('healthy', health),
      state('stopped', [], { signal }),
      state('removed', []),
    ),
  );
}

function settingRow(label: readonly Child[], values: readonly string[], empty: readonly Child[]): HTMLElement[] {
  return [h('dt', {}, label), h('dd', {}, values.length > 0 ? h('ul', { class: 'plain values' }, values.map((v) => h('li', {}, h('code', {}, v)))) : h('span', { class: 'muted' }, empty))];
}

function renderRuntime(ctx: Ctx, result: ExplainResult): HTMLElement {
  const rt = result.runtime;
  const none = t(ctx, 'none');
  return section(
    'runtime',
    t(ctx, 'runtimeHeading'),
    h(
      'dl',
      { class: 'settings' },
      settingRow(t(ctx, 'userLabel'), rt.user ? [rt.user] : [], t(ctx, 'rootDefault')),
      settingRow(t(ctx, 'workdirLabel'), rt.workdir ? [rt.workdir] : [], ['/']),
      settingRow(t(ctx, 'envLabel'), rt.env.map((e) => `${e.name}=${e.value}`), none),
      settingRow(t(ctx, 'portsLabel'), rt.exposedPorts, none),
      settingRow(t(ctx, 'volumesLabel'), rt.volumes, none),
      settingRow(t(ctx, 'labelsLabel'), rt.labels.map((l) => `${l.name}=${l.value}`), none),
    ),
    h('div', { class: 'topics' }, topic(ctx, RUNTIME_TOPICS.expose), topic(ctx, RUNTIME_TOPICS.volume), topic(ctx, RUNTIME_TOPICS.user), topic(ctx, RUNTIME_TOPICS.env)),
  );
}

function renderRegistry(ctx: Ctx, result: ExplainResult): HTMLElement {
  const image = imageName(result);
  return section(
    'registry',
    t(ctx, 'registryHeading'),
    h('ol', { class: 'registry-steps' }, REGISTRY_STEPS.map((step) => h('li', {}, topic(ctx, step, { image })))),
    topic(ctx, IMAGE_HISTORY, { image }),
  );
}

function renderCommands(ctx: Ctx, result: ExplainResult): HTMLElement {
  const image = imageName(result);
  return section(
    'commands',
    t(ctx, 'commandsHeading'),
    commandRow(ctx, t(ctx, 'commandBuild'), result.commands.build, 'copy-build'),
    commandRow(ctx, t(ctx, 'commandRun'), result.commands.run, 'copy-run'),
    commandRow(ctx, t(ctx, 'commandHistory'), `docker image history ${image}`, 'copy-history'),
  );
}
