import type { Rule } from '../types';
import { rule as DL3030 } from './DL3030';
import { rule as DL3032 } from './DL3032';
import { rule as DL3033 } from './DL3033';
import { rule as DL3034 } from './DL3034';
import { rule as DL3035 } from './DL3035';
import { rule as DL3036 } from './DL3036';
import { rule as DL3037 } from './DL3037';
import { rule as DL3038 } from './DL3038';
import { rule as DL3040 } from './DL3040';
import { rule as DL3041 } from './DL3041';
import { rule as DL3042 } from './DL3042';
import { rule as DL3043 } from './DL3043';
import { rule as DL3044 } from './DL3044';
import { rule as DL3045 } from './DL3045';
import { rule as DL3046 } from './DL3046';
import { rule as DL3047 } from './DL3047';
import { rule as DL3048 } from './DL3048';
import { rule as DL3049 } from './DL3049';
import { rule as DL3050 } from './DL3050';
import { rule as DL3051 } from './DL3051';
import { rule as DL3052 } from './DL3052';
import { rule as DL3053 } from './DL3053';
import { rule as DL3054 } from './DL3054';
import { rule as DL3055 } from './DL3055';
import { rule as DL3056 } from './DL3056';
import { rule as DL3057 } from './DL3057';
import { rule as DL3058 } from './DL3058';
import { rule as DL3059 } from './DL3059';
import { rule as DL3060 } from './DL3060';
import { rule as DL3061 } from './DL3061';
import { rule as DL3062 } from './DL3062';
import { rule as DL3063 } from './DL3063';
import { rule as DL3064 } from './DL3064';
import { rule as DL3065 } from './DL3065';
import { rule as DL3066 } from './DL3066';
import { rule as DL3067 } from './DL3067';
import { rule as DL4000 } from './DL4000';
import { rule as DL4001 } from './DL4001';
import { rule as DL4003 } from './DL4003';
import { rule as DL4004 } from './DL4004';
import { rule as DL4005 } from './DL4005';
import { rule as DL4006 } from './DL4006';

/** hadolint's rules DL3030–DL3067 and DL4000–DL4006, in id order (DL1001 and DL3000–DL3029 are in index.ts). */
export const HADOLINT_RULES_2: readonly Rule[] = [
  DL3030, DL3032, DL3033, DL3034, DL3035, DL3036, DL3037, DL3038, DL3040, DL3041, DL3042, DL3043, DL3044,
  DL3045, DL3046, DL3047, DL3048, DL3049, DL3050, DL3051, DL3052, DL3053, DL3054, DL3055, DL3056, DL3057,
  DL3058, DL3059, DL3060, DL3061, DL3062, DL3063, DL3064, DL3065, DL3066, DL3067, DL4000, DL4001, DL4003,
  DL4004, DL4005, DL4006,
];
