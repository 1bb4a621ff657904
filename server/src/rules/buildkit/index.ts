import type { Rule } from '../types';
import { rule as ConsistentInstructionCasing } from './ConsistentInstructionCasing';
import { rule as CopyIgnoredFile } from './CopyIgnoredFile';
import { rule as ExposeInvalidFormat } from './ExposeInvalidFormat';
import { rule as ExposeProtoCasing } from './ExposeProtoCasing';
import { rule as FromAsCasing } from './FromAsCasing';
import { rule as FromPlatformFlagConstDisallowed } from './FromPlatformFlagConstDisallowed';
import { rule as InvalidDefaultArgInFrom } from './InvalidDefaultArgInFrom';
import { rule as InvalidDefinitionDescription } from './InvalidDefinitionDescription';
import { rule as LegacyKeyValueFormat } from './LegacyKeyValueFormat';
import { rule as MultipleInstructionsDisallowed } from './MultipleInstructionsDisallowed';
import { rule as NoEmptyContinuation } from './NoEmptyContinuation';
import { rule as SecretsUsedInArgOrEnv } from './SecretsUsedInArgOrEnv';
import { rule as StageNameCasing } from './StageNameCasing';
import { rule as UndefinedArgInFrom } from './UndefinedArgInFrom';
import { rule as UndefinedVar } from './UndefinedVar';
import { rule as WorkdirRelativePath } from './WorkdirRelativePath';

/**
 * BuildKit's build checks (moby/buildkit 73ed682 frontend/dockerfile/linter/ruleset.go). JSONArgsRecommended is
 * hadolint DL3025's alias; MaintainerDeprecated, ReservedStageName and RedundantTargetPlatform are aliases of
 * DL4000, DL3063 and DL3065. InvalidBaseImagePlatform needs the registry and is not implemented (docs/rules/README.md).
 */
export const BUILDKIT_RULES: readonly Rule[] = [
  ConsistentInstructionCasing,
  CopyIgnoredFile,
  ExposeInvalidFormat,
  ExposeProtoCasing,
  FromAsCasing,
  FromPlatformFlagConstDisallowed,
  InvalidDefaultArgInFrom,
  InvalidDefinitionDescription,
  LegacyKeyValueFormat,
  MultipleInstructionsDisallowed,
  NoEmptyContinuation,
  SecretsUsedInArgOrEnv,
  StageNameCasing,
  UndefinedArgInFrom,
  UndefinedVar,
  WorkdirRelativePath,
];
