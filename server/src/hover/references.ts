/** Hovers on what a Dockerfile refers to: variables, stages, images, COPY/ADD sources and heredocs. */
import type { Hover } from 'vscode-languageserver-types';
import type { Lang } from '../../../common/src/protocol';
import type { Heredoc, Instruction, Range, Token } from '../parse/ast';
import { PLATFORM_ARGS, PROXY_ARGS, type DockerfileModel, type Stage, type StageRef, type VarResolution } from '../model/model';
import { parseImageReference } from '../model/imageRef';
import { HOVER_EXAMPLES, HOVER_REFERENCES, HOVER_TEXTS } from '../knowledge/hoverTexts';
import { PHASE_TEXTS } from '../knowledge/phases';
import { format } from '../knowledge/template';
import type { ConceptId } from '../knowledge/types';
import { COPY_SOURCE_TEXTS, HEREDOC_TEXTS, IMAGE_TEXTS, STAGE_TEXTS, VARIABLE_TEXTS } from '../knowledge/ui';
import { codeSpan } from './markdown';
import { bullets, conceptOf, displayLine, renderHover } from './render';

// ---------------------------------------------------------------------------------------------
// Variables
// ---------------------------------------------------------------------------------------------

/** A later ARG/ENV of the same stage, or one in another stage, declaring `name`. */
function findDeclaration(model: DockerfileModel, r: VarResolution): { later: Instruction | undefined; other: Instruction | undefined } {
  const stage = model.stageOf(r.instruction);
  let later: Instruction | undefined;
  let other: Instruction | undefined;
  for (const s of model.stages) {
    for (const ins of s.instructions) {
      if (ins.name !== 'arg' && ins.name !== 'env') continue;
      if (!ins.keyValues.some((kv) => kv.key.value === r.ref.name)) continue;
      if (s === stage) {
        if (later === undefined && ins.range.start > r.instruction.range.start) later = ins;
      } else if (other === undefined) other = ins;
    }
  }
  return { later, other };
}

function modifierLine(r: VarResolution, lang: Lang): string {
  const m = r.ref.modifier;
  if (m === ':-' || m === '-') return VARIABLE_TEXTS.modifierDefault[lang];
  if (m === ':+' || m === '+') return VARIABLE_TEXTS.modifierAlternate[lang];
  if (m === ':?' || m === '?') return VARIABLE_TEXTS.modifierRequired[lang];
  return '';
}

export function variableHover(model: DockerfileModel, r: VarResolution, lang: Lang): Hover {
  const name = codeSpan(r.ref.name);
  const lines: string[] = [];
  const when: string[] = [];
  let concept: ConceptId = 'build-args';
  const def = r.def;
  if (def !== undefined) {
    if (r.value !== undefined) {
      lines.push(r.value === '' ? VARIABLE_TEXTS.emptyValue[lang] : format(VARIABLE_TEXTS.valueHere[lang], { value: codeSpan(r.value) }));
    }
    if (def.kind === 'predefined') {
      if ((PROXY_ARGS as readonly string[]).includes(def.name)) lines.push(VARIABLE_TEXTS.predefinedProxy[lang]);
      else if ((PLATFORM_ARGS as readonly string[]).includes(def.name)) lines.push(format(VARIABLE_TEXTS.platformArg[lang], { name }));
      else lines.push(HOVER_TEXTS.predefined[lang]);
      when.push(HOVER_TEXTS.variableWhenArg[lang]);
    } else {
      const line = def.instruction === undefined ? 0 : displayLine(model, def.instruction.keywordRange.start);
      if (def.kind === 'env') {
        concept = 'environment-config';
        lines.push(format(VARIABLE_TEXTS.definedByEnv[lang], { line }));
        when.push(HOVER_TEXTS.variableWhenEnv[lang]);
      } else {
        lines.push(format(VARIABLE_TEXTS.definedByArg[lang], { line }));
        const hasDefault = def.keyValue?.value !== undefined || def.value !== undefined;
        lines.push(format((hasDefault ? VARIABLE_TEXTS.argDefault : VARIABLE_TEXTS.argNoDefault)[lang], { name }));
        when.push(HOVER_TEXTS.variableWhenArg[lang]);
      }
    }
  } else {
    if (r.reason === 'global-not-redeclared') {
      lines.push(format(VARIABLE_TEXTS.undefinedGlobalArg[lang], { name }));
      const g = r.shadowed?.instruction;
      if (g !== undefined) lines.push(format(VARIABLE_TEXTS.definedAt[lang], { line: displayLine(model, g.keywordRange.start) }));
    } else if (r.reason === 'platform-not-declared') {
      lines.push(format(VARIABLE_TEXTS.platformArg[lang], { name }));
    } else {
      const { later, other } = findDeclaration(model, r);
      if (later !== undefined) {
        lines.push(format(VARIABLE_TEXTS.usedBeforeDefinition[lang], { name, line: displayLine(model, later.keywordRange.start) }));
      } else if (other !== undefined) {
        lines.push(format(VARIABLE_TEXTS.undefinedOtherStage[lang], { name, line: displayLine(model, other.keywordRange.start) }));
      } else {
        lines.push(VARIABLE_TEXTS.undefined[lang]);
        const image = model.stageOf(r.instruction)?.image;
        if (image !== undefined) lines.push(format(VARIABLE_TEXTS.inheritedFromBase[lang], { image: codeSpan(image.path) }));
      }
    }
    when.push(HOVER_TEXTS.variableWhenUndefined[lang]);
  }
  lines.push(modifierLine(r, lang));
  return renderHover(model, {
    title: `**${format(VARIABLE_TEXTS.title[lang], { name })}**`,
    body: [bullets(lines)],
    when,
    example: HOVER_EXAMPLES.variable,
    concept,
    reference: HOVER_REFERENCES.variable,
    range: r.ref.range,
  }, lang);
}

// ---------------------------------------------------------------------------------------------
// Stages
// ---------------------------------------------------------------------------------------------

function stageTitle(stage: Stage, lang: Lang): string {
  return stage.name !== undefined
    ? format(STAGE_TEXTS.title[lang], { name: codeSpan(stage.name.value) })
    : format(STAGE_TEXTS.unnamed[lang], { index: stage.index });
}

export function stageHover(model: DockerfileModel, stage: Stage, range: Range, lang: Lang): Hover {
  const lines: string[] = [];
  const line = displayLine(model, stage.from.keywordRange.start);
  const base = stage.baseStage !== undefined ? model.stages[stage.baseStage] : undefined;
  if (base !== undefined) {
    lines.push(format(STAGE_TEXTS.buildsOnStage[lang], {
      name: base.name !== undefined ? codeSpan(base.name.value) : String(base.index),
      line: displayLine(model, base.from.keywordRange.start),
    }));
  } else {
    lines.push(format(STAGE_TEXTS.definedAt[lang], { line, base: codeSpan(stage.resolvedBase ?? stage.base?.value ?? '') }));
  }
  lines.push(model.target === stage.index ? STAGE_TEXTS.isTarget[lang] : STAGE_TEXTS.notTarget[lang]);
  const users = model.stageRefs.filter((r) => r.stage === stage.index).map((r) => displayLine(model, r.token.range.start));
  if (users.length > 0) lines.push(format(STAGE_TEXTS.copiedBy[lang], { lines: users.join(', ') }));
  return renderHover(model, {
    title: `**${stageTitle(stage, lang)}**`,
    body: [bullets(lines)],
    when: [HOVER_TEXTS.stageWhen[lang]],
    example: HOVER_EXAMPLES.stage,
    concept: 'multi-stage-build',
    reference: HOVER_REFERENCES.stage,
    range,
  }, lang);
}

/** `FROM build`, `COPY --from=build`, `RUN --mount=from=build`. */
export function stageRefHover(model: DockerfileModel, ref: StageRef, lang: Lang): Hover | null {
  const stage = ref.stage !== undefined ? model.stages[ref.stage] : undefined;
  if (stage !== undefined) return stageHover(model, stage, ref.token.range, lang);
  const later = model.findStage(ref.token.value);
  const lines: string[] = [];
  if (later !== undefined) {
    lines.push(format(STAGE_TEXTS.laterStage[lang], { name: codeSpan(ref.token.value), line: displayLine(model, later.from.keywordRange.start) }));
  } else {
    const image = parseImageReference(ref.token.value);
    lines.push(format(STAGE_TEXTS.notAStage[lang], { registry: image?.registryGiven === true ? codeSpan(image.registry) : IMAGE_TEXTS.dockerHub[lang] }));
  }
  return renderHover(model, {
    title: `**${format(STAGE_TEXTS.title[lang], { name: codeSpan(ref.token.value) })}**`,
    body: [bullets(lines)],
    when: [HOVER_TEXTS.stageWhen[lang]],
    example: HOVER_EXAMPLES.stage,
    concept: 'multi-stage-build',
    reference: HOVER_REFERENCES.stage,
    range: ref.token.range,
  }, lang);
}

// ---------------------------------------------------------------------------------------------
// Images
// ---------------------------------------------------------------------------------------------

function imageLines(written: string, resolved: string | undefined, platform: string | undefined, lang: Lang): string[] {
  const lines: string[] = [];
  if (resolved !== undefined && resolved.toLowerCase() === 'scratch') return [IMAGE_TEXTS.scratch[lang]];
  const img = parseImageReference(resolved ?? written);
  if (img === undefined) return lines;
  if (resolved !== undefined && resolved !== written) lines.push(format(IMAGE_TEXTS.unresolvedVariables[lang], { value: codeSpan(resolved) }));
  lines.push(`${IMAGE_TEXTS.registry[lang]}: ${codeSpan(img.registry)}`);
  lines.push(`${IMAGE_TEXTS.repository[lang]}: ${codeSpan(img.repository)}`);
  if (img.tag !== undefined) lines.push(`${IMAGE_TEXTS.tag[lang]}: ${codeSpan(img.tag)}`);
  if (img.digest !== undefined) lines.push(`${IMAGE_TEXTS.digest[lang]}: ${codeSpan(img.digest)}`);
  if (platform !== undefined) lines.push(`${IMAGE_TEXTS.platform[lang]}: ${codeSpan(platform)}`);
  lines.push(format(IMAGE_TEXTS.pulledFrom[lang], { registry: img.registryGiven ? codeSpan(img.registry) : IMAGE_TEXTS.dockerHub[lang] }));
  if (!img.registryGiven && img.repository.startsWith('library/')) lines.push(format(IMAGE_TEXTS.officialImage[lang], { name: codeSpan(img.path) }));
  if (img.digest !== undefined) lines.push(IMAGE_TEXTS.pinnedByDigest[lang]);
  else if (img.tag !== undefined) lines.push(format(IMAGE_TEXTS.tagOnly[lang], { tag: codeSpan(img.tag) }));
  else lines.push(IMAGE_TEXTS.implicitLatest[lang]);
  return lines;
}

export function imageHover(model: DockerfileModel, stage: Stage, lang: Lang): Hover | null {
  const base = stage.base;
  if (base === undefined) return null;
  const lines = imageLines(base.value, stage.resolvedBase, stage.platform?.value, lang);
  return renderHover(model, {
    title: `**${format(IMAGE_TEXTS.title[lang], { image: codeSpan(base.value) })}**`,
    body: [bullets(lines)],
    when: [HOVER_TEXTS.imageWhen[lang], IMAGE_TEXTS.whyPin[lang]],
    example: HOVER_EXAMPLES.image,
    concept: 'image-reference',
    reference: HOVER_REFERENCES.image,
    range: base.range,
  }, lang);
}

// ---------------------------------------------------------------------------------------------
// COPY / ADD arguments
// ---------------------------------------------------------------------------------------------

function workdirBefore(model: DockerfileModel, ins: Instruction): string {
  let dir = '/';
  for (const i of model.stageOf(ins)?.instructions ?? []) {
    if (i.range.start >= ins.range.start) break;
    if (i.name === 'workdir' && i.args.value.length > 0) dir = i.args.value.startsWith('/') ? i.args.value : `${dir.replace(/\/$/, '')}/${i.args.value}`;
  }
  return dir;
}

export function copyArgHover(model: DockerfileModel, outer: Instruction, ins: Instruction, tokens: readonly Token[], index: number, lang: Lang): Hover | null {
  const token = tokens[index];
  if (token === undefined) return null;
  const phase = model.phaseOf(outer);
  const isDest = index === tokens.length - 1 && tokens.length > 1;
  const lines: string[] = [];
  if (isDest) {
    lines.push(format(COPY_SOURCE_TEXTS.destination[lang], { workdir: codeSpan(workdirBefore(model, ins)) }));
  } else {
    const from = ins.flags.find((f) => f.name === 'from');
    const ref = model.stageRefs.find((r) => r.instruction === outer && r.kind === 'copy-from');
    const stage = ref?.stage !== undefined ? model.stages[ref.stage] : undefined;
    if (stage !== undefined) {
      lines.push(format(COPY_SOURCE_TEXTS.fromStage[lang], {
        name: stage.name !== undefined ? codeSpan(stage.name.value) : String(stage.index),
        line: displayLine(model, stage.from.keywordRange.start),
      }));
    } else if (from?.value !== undefined) {
      lines.push(format(COPY_SOURCE_TEXTS.fromImage[lang], { image: codeSpan(from.value) }));
    } else if (/^https?:\/\//i.test(token.value) && ins.name === 'add') {
      lines.push(/\.git(#.*)?$/.test(token.value) ? COPY_SOURCE_TEXTS.fromGit[lang] : COPY_SOURCE_TEXTS.fromUrl[lang]);
    } else if (/^git@/.test(token.value) && ins.name === 'add') {
      lines.push(COPY_SOURCE_TEXTS.fromGit[lang]);
    } else {
      lines.push(COPY_SOURCE_TEXTS.fromContext[lang], COPY_SOURCE_TEXTS.dockerignore[lang], COPY_SOURCE_TEXTS.contextRelative[lang]);
    }
  }
  return renderHover(model, {
    title: `**${format(HOVER_TEXTS.copySourceTitle[lang], { path: codeSpan(token.value) })}** · _${PHASE_TEXTS[phase].label[lang]}_`,
    body: [bullets(lines)],
    when: [HOVER_TEXTS.copySourceWhen[lang]],
    example: HOVER_EXAMPLES.copySource,
    concept: isDest ? 'image-layers' : 'build-context',
    reference: HOVER_REFERENCES.copySource,
    range: token.range,
  }, lang);
}

// ---------------------------------------------------------------------------------------------
// Heredocs
// ---------------------------------------------------------------------------------------------

export function heredocHover(model: DockerfileModel, outer: Instruction, ins: Instruction, h: Heredoc, range: Range, lang: Lang): Hover {
  const lines: string[] = [];
  const delimiter = codeSpan(h.name);
  if (ins.name === 'copy' || ins.name === 'add') {
    const tokens = ins.argNodes.filter((n): n is Token => !('child' in n));
    const dest = tokens[tokens.length - 1]?.value ?? '';
    lines.push(format(HEREDOC_TEXTS.copy[lang], { delimiter, file: codeSpan(dest) }));
  } else {
    lines.push(format(HEREDOC_TEXTS.run[lang], { delimiter }));
  }
  lines.push(h.expand ? HEREDOC_TEXTS.expanded[lang] : HEREDOC_TEXTS.quoted[lang]);
  if (h.chomp) lines.push(HEREDOC_TEXTS.stripTabs[lang]);
  const phase = model.phaseOf(outer);
  return renderHover(model, {
    title: `**${HEREDOC_TEXTS.title[lang]}** · ${ins.name.toUpperCase()} · _${PHASE_TEXTS[phase].label[lang]}_`,
    body: [bullets(lines)],
    when: [format(HOVER_TEXTS.heredocWhen[lang], { phase: PHASE_TEXTS[phase].label[lang] })],
    example: HOVER_EXAMPLES.heredoc,
    concept: conceptOf(ins),
    reference: HOVER_REFERENCES.heredoc,
    range,
  }, lang);
}
