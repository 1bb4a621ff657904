import type { Rule } from '../types';
import { rule as TutorAddUrlChecksum } from './TutorAddUrlChecksum';
import { rule as TutorCacheOrder } from './TutorCacheOrder';
import { rule as TutorEntrypointIgnoresCmd } from './TutorEntrypointIgnoresCmd';
import { rule as TutorExposeInBuildStage } from './TutorExposeInBuildStage';
import { rule as TutorPackageUpgrade } from './TutorPackageUpgrade';
import { rule as TutorSecretInLayer } from './TutorSecretInLayer';

/** Dockerfile Tutor's own teaching rules. */
export const TUTOR_RULES: readonly Rule[] = [TutorCacheOrder, TutorSecretInLayer, TutorEntrypointIgnoresCmd, TutorPackageUpgrade, TutorExposeInBuildStage, TutorAddUrlChecksum];
