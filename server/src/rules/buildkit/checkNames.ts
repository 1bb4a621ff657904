/**
 * BuildKit's build check names (moby/buildkit frontend/dockerfile/linter/ruleset.go, 73ed682). `# check=skip=all`
 * and `# check=error=true` apply to these, whether the rule is reported under a BuildKit name or under a
 * hadolint id that carries the BuildKit name as an alias.
 */
export const BUILDKIT_CHECK_NAMES: ReadonlySet<string> = new Set([
  'ConsistentInstructionCasing', 'CopyIgnoredFile', 'DuplicateStageName', 'ExposeInvalidFormat', 'ExposeProtoCasing',
  'FromAsCasing', 'FromPlatformFlagConstDisallowed', 'InvalidBaseImagePlatform', 'InvalidDefaultArgInFrom',
  'InvalidDefinitionDescription', 'JSONArgsRecommended', 'LegacyKeyValueFormat', 'MaintainerDeprecated',
  'MultipleInstructionsDisallowed', 'NoEmptyContinuation', 'RedundantTargetPlatform', 'ReservedStageName',
  'SecretsUsedInArgOrEnv', 'StageNameCasing', 'UndefinedArgInFrom', 'UndefinedVar', 'WorkdirRelativePath',
]);
