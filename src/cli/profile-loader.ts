import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { BUILTIN_PROFILES, NATIONAL_PROFILE, type ScoringProfile } from '../core/rules/profile';
import { CLI_TEXT } from './phrases';

export class ProfileError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ProfileError';
  }
}

const KEYS = new Set(Object.keys(NATIONAL_PROFILE));

/**
 * `--profile national|NAME|FILE.json`. A JSON file may give a whole profile or only the fields
 * a locality changes; the rest comes from the national default. Unknown keys are refused so a
 * typo never silently falls back to the default.
 */
export function loadProfile(spec: string | undefined): ScoringProfile {
  if (!spec) return NATIONAL_PROFILE;
  const builtin = BUILTIN_PROFILES[spec];
  if (builtin) return builtin;
  if (!/\.json$/i.test(spec)) throw new ProfileError(CLI_TEXT.unknownProfile(spec));
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(spec, 'utf8'));
  } catch (e) {
    throw new ProfileError(CLI_TEXT.badProfileFile(spec, e instanceof Error ? e.message : String(e)), { cause: e });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new ProfileError(CLI_TEXT.badProfileFile(spec, '不是 JSON 对象'));
  const unknown = Object.keys(data).filter((k) => !KEYS.has(k));
  if (unknown.length > 0) throw new ProfileError(CLI_TEXT.badProfileFile(spec, `未知字段 ${unknown.join('、')}`));
  const base = BUILTIN_PROFILES[(data as { id?: string }).id ?? ''] ?? NATIONAL_PROFILE;
  const given = data as Partial<ScoringProfile>;
  // A file's rule set is named as the file unless it names itself; its source is the file (S02 says so).
  const file = basename(spec);
  return { ...base, ...given, name: given.name ?? `规则文件“${file}”`, source: given.source ?? `分值取自规则文件“${file}”` };
}
