import type { Rule } from '../types';
import { rule as ParseError } from './ParseError';
import { rule as UnknownInstruction } from './UnknownInstruction';
import { rule as NoStages } from './NoStages';
import { rule as ArgumentCount } from './ArgumentCount';
import { rule as InvalidArgument } from './InvalidArgument';
import { rule as UnknownFlag } from './UnknownFlag';
import { rule as DuplicateFlag } from './DuplicateFlag';
import { rule as InvalidFlagValue } from './InvalidFlagValue';
import { rule as InvalidStageName } from './InvalidStageName';
import { rule as InvalidPort } from './InvalidPort';
import { rule as InvalidStopSignal } from './InvalidStopSignal';
import { rule as InvalidImageReference } from './InvalidImageReference';
import { rule as StageReference } from './StageReference';
import { rule as InvalidCheckDirective } from './InvalidCheckDirective';

/** What `docker build` rejects before it builds anything (parser, instruction parsers, conversion): errors. */
export const BUILDER_RULES: readonly Rule[] = [
  ParseError,
  UnknownInstruction,
  NoStages,
  ArgumentCount,
  InvalidArgument,
  UnknownFlag,
  DuplicateFlag,
  InvalidFlagValue,
  InvalidStageName,
  InvalidPort,
  InvalidStopSignal,
  InvalidImageReference,
  StageReference,
  InvalidCheckDirective,
];
