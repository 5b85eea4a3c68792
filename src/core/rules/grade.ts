/**
 * 等级 from 总分 (RULES §3; 财预〔2020〕10号: 90（含）以上为优、80（含）—90为良、60（含）—80为中、60以下为差),
 * read from profile.gradeBands (highest first, inclusive lower bounds) at 2 decimals.
 */
import { Dec, decGte, decOf, roundHalfUp } from '../money/decimal';
import type { ScoringProfile } from './profile';

/** The band of a 总分 (points, rounded half-up to 2 decimals first); undefined when no band fits (negative). */
export function gradeFor(total: Dec, profile: ScoringProfile): string | undefined {
  const t = roundHalfUp(total, 2);
  for (const band of profile.gradeBands) if (decGte(t, decOf(band.min))) return band.grade;
  return undefined;
}

/** A stated grade matches its band: `优` and `优秀`, `良` and `良好`, `中` and `中等`, `差` and `较差`. */
export function gradeMatches(stated: string, band: string): boolean {
  const s = stated.replace(/[\s\u3000]+/g, '').replace(/[。.；;]+$/u, '');
  if (s === band) return true;
  const longForms: Readonly<Record<string, readonly string[]>> = { 优: ['优秀'], 良: ['良好'], 中: ['中等', '一般'], 差: ['较差'] };
  return (longForms[band] ?? []).includes(s);
}
