/**
 * The rule lists people read are checked against the registry (issue 14): docs/RULES.md §4's
 * table names every declared code with its name and severity and no other code; the README (but its
 * Extending section's example) names no code that is not declared and points to that table.
 */
import * as fs from 'fs';
import * as path from 'path';
import { RULES, SEVERITY_TITLE, type RuleCode } from '../../../src/core/findings';

const ROOT = path.join(__dirname, '../../..');

/** The rows of the table under `## §4` in docs/RULES.md: code → { name, severity (first word) }. */
function docsTable(): Map<string, { name: string; severity: string }> {
  const text = fs.readFileSync(path.join(ROOT, 'docs/RULES.md'), 'utf8');
  const start = text.indexOf('\n## §4');
  expect(start).toBeGreaterThan(0);
  const end = text.indexOf('\n## ', start + 1);
  const section = text.slice(start, end < 0 ? undefined : end);
  const rows = new Map<string, { name: string; severity: string }>();
  for (const line of section.split('\n')) {
    const m = /^\|\s*([A-Z]\d\d)\s*\|\s*([A-Z0-9_]+)\s*\|\s*([a-z]+)/.exec(line);
    if (!m) continue;
    expect(rows.has(m[1])).toBe(false); // one row per code
    rows.set(m[1], { name: m[2], severity: m[3] });
  }
  return rows;
}

describe('rule lists in the docs', () => {
  it('docs/RULES.md §4: every declared code with its name and severity, and no unknown code', () => {
    const rows = docsTable();
    const declared = Object.keys(RULES) as RuleCode[];
    expect([...rows.keys()].sort()).toEqual([...declared].sort());
    for (const code of declared) expect(rows.get(code)).toEqual({ name: RULES[code].name, severity: RULES[code].severity });
  });

  it('README: every rule code it names is declared, and it points to §4 for the list', () => {
    const whole = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    // The Extending section shows how to add a rule with a code not declared yet (F09).
    const extending = whole.indexOf('\n## Extending');
    const after = extending < 0 ? -1 : whole.indexOf('\n## ', extending + 1);
    const text = extending < 0 ? whole : whole.slice(0, extending) + (after < 0 ? '' : whole.slice(after));
    // Codes, not cell addresses (`自评表!I10`).
    const named = new Set(text.match(/(?<![!\w])[PMIFSR]\d\d\b/g) ?? []);
    expect(named.size).toBeGreaterThan(0);
    for (const code of named) expect(Object.keys(RULES)).toContain(code);
    expect(text).toMatch(/docs\/RULES\.md\)? §4/);
  });

  it('docs/使用说明.md: each rule row it has gives the declared Chinese title and severity (its rows are for users, written by hand)', () => {
    const text = fs.readFileSync(path.join(ROOT, 'docs/使用说明.md'), 'utf8');
    const rows = [...text.matchAll(/^\|\s*([A-Z]\d\d)\s*\|\s*([^|]+?)\s*\|\s*(错误|警告|提示)\s*\|/gmu)];
    expect(rows.length).toBeGreaterThan(0);
    for (const [, code, title, severity] of rows) {
      expect(Object.keys(RULES)).toContain(code);
      expect([code, title, severity]).toEqual([code, RULES[code as RuleCode].title, SEVERITY_TITLE[RULES[code as RuleCode].severity]]);
    }
  });
});
