/**
 * A 规则.json picked in the pane (the browser reads the file locally; nothing is sent): the same
 * format as the CLI's `--profile FILE.json` — a whole profile or only the fields a locality
 * changes, the rest from the national default (or the built-in set named by `id`). Unknown keys
 * are refused, so a typo never silently falls back to the default.
 */
import { BUILTIN_PROFILES, NATIONAL_PROFILE, type ScoringProfile } from '../core/rules/profile';
import { PANE } from './phrases';

const KEYS = new Set(Object.keys(NATIONAL_PROFILE));

export class ProfileFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProfileFileError';
  }
}

export function profileFromFile(fileName: string, text: string): ScoringProfile {
  const fail = (why: string) => new ProfileFileError(PANE.ruleSet.badFile(fileName, why));
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw fail(e instanceof Error ? e.message : String(e));
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw fail(PANE.ruleSet.notObject);
  const unknown = Object.keys(data).filter((k) => !KEYS.has(k));
  if (unknown.length > 0) throw fail(PANE.ruleSet.unknownKeys(unknown.join('、')));
  const given = data as Partial<ScoringProfile>;
  const base = BUILTIN_PROFILES[given.id ?? ''] ?? NATIONAL_PROFILE;
  return {
    ...base,
    ...given,
    id: `file:${fileName}`,
    name: given.name ?? PANE.ruleSet.fileName(fileName),
    source: given.source ?? PANE.ruleSet.fileSource(fileName),
  };
}
