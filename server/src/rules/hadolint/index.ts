import type { Rule } from '../types';
import { rule as DL1001 } from './DL1001';
import { rule as DL3000 } from './DL3000';
import { rule as DL3001 } from './DL3001';
import { rule as DL3002 } from './DL3002';
import { rule as DL3003 } from './DL3003';
import { rule as DL3004 } from './DL3004';
import { rule as DL3006 } from './DL3006';
import { rule as DL3007 } from './DL3007';
import { rule as DL3008 } from './DL3008';
import { rule as DL3009 } from './DL3009';
import { rule as DL3010 } from './DL3010';
import { rule as DL3011 } from './DL3011';
import { rule as DL3012 } from './DL3012';
import { rule as DL3013 } from './DL3013';
import { rule as DL3014 } from './DL3014';
import { rule as DL3015 } from './DL3015';
import { rule as DL3016 } from './DL3016';
import { rule as DL3018 } from './DL3018';
import { rule as DL3019 } from './DL3019';
import { rule as DL3020 } from './DL3020';
import { rule as DL3021 } from './DL3021';
import { rule as DL3022 } from './DL3022';
import { rule as DL3023 } from './DL3023';
import { rule as DL3024 } from './DL3024';
import { rule as DL3025 } from './DL3025';
import { rule as DL3026 } from './DL3026';
import { rule as DL3027 } from './DL3027';
import { rule as DL3028 } from './DL3028';
import { rule as DL3029 } from './DL3029';

/** hadolint's DL rules, in id order. */
export const HADOLINT_RULES: readonly Rule[] = [
  DL1001,
  DL3000,
  DL3001,
  DL3002,
  DL3003,
  DL3004,
  DL3006,
  DL3007,
  DL3008,
  DL3009,
  DL3010,
  DL3011,
  DL3012,
  DL3013,
  DL3014,
  DL3015,
  DL3016,
  DL3018,
  DL3019,
  DL3020,
  DL3021,
  DL3022,
  DL3023,
  DL3024,
  DL3025,
  DL3026,
  DL3027,
  DL3028,
  DL3029,
];
