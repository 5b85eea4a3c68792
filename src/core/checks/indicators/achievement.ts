/**
 * What a qualitative 实际完成值 states (RULES §4 S10, S12, S15): 达成… / 部分达成… / 未达成…;
 * an actual equal to its target (after normalising) is 达成.
 */
import { normalizeText } from '../../grid/text';

export type StatedBand = 'met' | 'partial' | 'missed';

export interface Achievement {
  readonly band: StatedBand;
  /** 'equal': actual equals target; 'words': the actual's own words say so. */
  readonly basis: 'equal' | 'words';
}

const MISSED = /(未|没有|没|尚未|未能)(全部|全面|按时|如期)?(达成|完成|达到|实现)/u;
const PARTIAL = /(部分|基本|大部分|大部)(达成|完成|达到|实现)/u;
const MET = /(达成|完成|达到|实现|达标)/u;

export function statedAchievement(actual: string, target: string): Achievement | undefined {
  const a = normalizeText(actual);
  if (a === '') return undefined;
  if (a === normalizeText(target)) return { band: 'met', basis: 'equal' };
  if (MISSED.test(a)) return { band: 'missed', basis: 'words' };
  if (PARTIAL.test(a)) return { band: 'partial', basis: 'words' };
  if (MET.test(a)) return { band: 'met', basis: 'words' };
  return undefined;
}
