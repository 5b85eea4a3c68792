/** The meta codes, in catalogue order: reported by many checks (and M01 by recognition). */
import { P01 } from './p01-unparseable-value';
import { M01 } from './m01-unrecognised';
import { I01 } from './i01-not-computable';

export const META_RULES = [P01, M01, I01] as const;
