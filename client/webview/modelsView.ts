/** The service-models view: deployment history, the responsibility table, where the image runs, next steps. */
import { QUIZZES } from '../../server/src/knowledge/panel/quiz';
import {
  CI_CD,
  DEPLOYMENT_MODELS,
  LAYER_NAMES,
  NEXT_STEPS,
  RESPONSIBILITY_LAYERS,
  RUN_OPTIONS,
  SERVICE_MODELS,
  SERVICE_MODEL_IDS,
} from '../../server/src/knowledge/panel/serviceModels';
import { imageName, publishOptions } from './analysis';
import { commandRow, loc, notesLink, section, t, topic, tt } from './context';
import type { Ctx } from './context';
import { fill, h } from './dom';
import { renderQuiz } from './quizView';

export function renderModels(ctx: Ctx): HTMLElement {
  return h('div', { class: 'view models' }, renderDeployment(ctx), renderResponsibility(ctx), renderWhere(ctx), renderNext(ctx), renderQuiz(ctx, 'models', QUIZZES.models));
}

function renderDeployment(ctx: Ctx): HTMLElement {
  return section(
    'deployment',
    t(ctx, 'deploymentHeading'),
    h(
      'ol',
      { class: 'deployment' },
      DEPLOYMENT_MODELS.map((m) =>
        h(
          'li',
          { class: `era era-${m.id}`, 'data-era': m.id },
          h('h3', {}, fill(loc(ctx, m.title))),
          h('ol', { class: 'stack', 'aria-label': loc(ctx, m.title) }, m.stack.map((layer) => h('li', {}, loc(ctx, layer)))),
          h('p', {}, h('strong', {}, t(ctx, 'isolatesLabel')), ': ', fill(loc(ctx, m.isolates))),
          h('p', {}, h('strong', {}, t(ctx, 'costsLabel')), ': ', fill(loc(ctx, m.costs))),
          notesLink(ctx, m.section),
        ),
      ),
    ),
  );
}

function renderResponsibility(ctx: Ctx): HTMLElement {
  const models = SERVICE_MODEL_IDS.map((id) => SERVICE_MODELS[id]);
  const head = h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t(ctx, 'layerColumn')), models.map((m) => h('th', { scope: 'col', 'data-model': m.id }, loc(ctx, m.name)))));
  const body = h(
    'tbody',
    {},
    RESPONSIBILITY_LAYERS.map((layer) =>
      h(
        'tr',
        { 'data-layer': layer },
        h('th', { scope: 'row' }, loc(ctx, LAYER_NAMES[layer])),
        models.map((m) => {
          const who = m.managed[layer];
          return h('td', { class: `managed-${who}`, 'data-model': m.id, 'data-managed': who }, t(ctx, who === 'you' ? 'managedByYou' : 'managedByProvider'));
        }),
      ),
    ),
  );
  const details = models.map((m) =>
    h(
      'article',
      { class: 'topic model-detail', 'data-model': m.id },
      h('h3', {}, loc(ctx, m.name)),
      h('p', {}, fill(loc(ctx, m.summary))),
      h('p', {}, fill(loc(ctx, m.tradeOffs))),
      h('p', { class: 'examples' }, t(ctx, 'examplesLabel', { examples: m.examples.join(', ') })),
      notesLink(ctx, m.section),
    ),
  );
  return section(
    'responsibility',
    t(ctx, 'responsibilityHeading'),
    h('div', { class: 'table-wrap' }, h('table', { class: 'responsibility' }, h('caption', {}, t(ctx, 'responsibilityCaption')), head, body)),
    h('div', { class: 'model-details' }, details, topic(ctx, CI_CD)),
  );
}

function renderWhere(ctx: Ctx): HTMLElement {
  const result = ctx.model.result;
  const image = result ? imageName(result) : 'name:tag';
  const ports = result ? publishOptions(result.runtime.exposedPorts) : '';
  const cards = RUN_OPTIONS.map((o) =>
    h(
      'li',
      { class: 'run-option', 'data-option': o.id, 'data-model': o.model },
      h('h3', {}, fill(loc(ctx, o.title)), ' ', h('span', { class: 'badge' }, loc(ctx, SERVICE_MODELS[o.model].name))),
      h('p', { class: 'services' }, o.services.join(' · ')),
      h('p', {}, fill(loc(ctx, o.how))),
      h('p', {}, h('strong', {}, t(ctx, 'youManageLabel')), ': ', fill(loc(ctx, o.youManage))),
      result && o.commands
        ? o.commands.map((c, i) => {
            const command = c.replace('{image}', image).replace('{ports}', ports ? `${ports} ` : '');
            return commandRow(ctx, [], command, `copy-${o.id}-${i}`);
          })
        : null,
      notesLink(ctx, o.section),
    ),
  );
  return section('where', t(ctx, 'whereHeading'), result ? null : h('p', { class: 'muted' }, t(ctx, 'whereNoImage')), h('ul', { class: 'plain run-options', 'aria-label': tt(ctx, 'whereHeading') }, cards));
}

function renderNext(ctx: Ctx): HTMLElement {
  return section('next', t(ctx, 'nextHeading'), h('div', { class: 'topics' }, NEXT_STEPS.map((s) => topic(ctx, s, {}, 'h3'))));
}
