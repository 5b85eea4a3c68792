/**
 * Each rule is declared once (issue 14): one module per code under src/core/checks/{funds,
 * indicators,meta,draft}, named `<code>-<name in kebab case>.ts`, exporting its declaration as
 * the code; every table rule module is registered; the catalogue, the Chinese titles and the
 * 汇总 meanings are those declarations. The expected sets here are read from the directory, not
 * from the registry under test.
 */
import * as fs from 'fs';
import * as path from 'path';
import { RULES, ruleTitle, finding } from '../../../src/core/findings';
import { RULE_DECLARATIONS } from '../../../src/core/checks/rule-list';
import { TABLE_RULES } from '../../../src/core/checks/registry';
import { FUNDS_RULES } from '../../../src/core/checks/funds';
import { INDICATOR_RULES } from '../../../src/core/checks/indicators';
import { META_RULES } from '../../../src/core/checks/meta';
import { DRAFT_RULES } from '../../../src/core/checks/draft';
import { RULE_MEANINGS } from '../../../src/batch/rule-catalogue';
import { NATIONAL_PROFILE } from '../../../src/core/rules/profile';
import { INDICATOR_PHRASES } from '../../../src/core/checks/phrases-indicators';
import { fundsPhrases } from '../../../src/core/checks/phrases-funds';

const CHECKS_DIR = path.join(__dirname, '../../../src/core/checks');
const PARTS = ['funds', 'indicators', 'meta', 'draft'] as const;

/** Every module of the rule folders whose file name starts with a rule code (`f04-…`, `p01-…`). */
function codeModules(): { part: (typeof PARTS)[number]; file: string; code: string; exports: Record<string, unknown> }[] {
  const out = [];
  for (const part of PARTS) {
    for (const file of fs.readdirSync(path.join(CHECKS_DIR, part)).sort()) {
      const m = /^([a-z]\d\d)-[a-z0-9-]+\.ts$/.exec(file);
      if (!m) continue;
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      out.push({ part, file, code: m[1].toUpperCase(), exports: require(path.join(CHECKS_DIR, part, file)) as Record<string, unknown> });
    }
  }
  return out;
}

const kebab = (name: string) => name.toLowerCase().replace(/_/g, '-');

describe('rule registry', () => {
  const modules = codeModules();
  /** Modules named after their rule: <code>-<kebab(name)>.ts, exporting the declaration as <CODE>. */
  const declarationModules = modules.filter((m) => {
    const d = m.exports[m.code] as { name?: string } | undefined;
    return d !== undefined && m.file === `${m.code.toLowerCase()}-${kebab(d.name ?? '')}.ts`;
  });

  it('one declaration per code, each in a module named <code>-<name>.ts exporting it as <CODE>, id = code', () => {
    const codes = RULE_DECLARATIONS.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(declarationModules.map((m) => m.code).sort());
    for (const d of RULE_DECLARATIONS) {
      const m = declarationModules.find((x) => x.code === d.code)!;
      expect(m.exports[d.code]).toBe(d);
      expect(Object.keys(m.exports)).toEqual([d.code]); // one export: the declaration
      expect(d.id).toBe(d.code);
      expect(d.codes).toEqual([d.code]);
      expect(d.kind).toBe(m.part);
      expect(d.code).toMatch(/^[PMIFSR]\d\d$/);
      expect(d.name).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(d.title).toMatch(/^[\u4e00-\u9fff]/);
      expect(d.meaning).toMatch(/[\u4e00-\u9fff]/);
      for (const p of d.params) expect(Object.keys(NATIONAL_PROFILE)).toContain(p);
    }
    expect(new Set(RULE_DECLARATIONS.map((d) => d.name)).size).toBe(codes.length);
    expect(new Set(RULE_DECLARATIONS.map((d) => d.title)).size).toBe(codes.length);
  });

  it('every table rule module is registered once, and only the meta codes have checks of their own', () => {
    const tableModules = modules.filter((m) => m.part === 'funds' || m.part === 'indicators');
    const registered = TABLE_RULES.map((r) => r.id).sort();
    // Each code module exports exactly one entry, registered under its export name.
    const exported = tableModules.map((m) => {
      const names = Object.keys(m.exports);
      expect(names).toHaveLength(1);
      // A declaration is exported as its code (f04-over-execution.ts → F04); a check of a meta
      // code as its file name (p01-funds-cells.ts → P01_FUNDS_CELLS).
      const stem = m.file.replace(/\.ts$/, '').replace(/-/g, '_').toUpperCase();
      expect([m.file, names[0] === m.code || names[0] === stem]).toEqual([m.file, true]);
      expect((m.exports[names[0]] as { id: string }).id).toBe(names[0]);
      return names[0];
    });
    expect(registered).toEqual([...exported].sort());
    expect(new Set(registered).size).toBe(registered.length);
    for (const r of FUNDS_RULES) expect(r.kind).toBe('funds');
    for (const r of INDICATOR_RULES) expect(r.kind).toBe('indicators');
    for (const r of TABLE_RULES) expect(typeof r.evaluate).toBe('function');
    // A module that is not its rule's declaration is a check of a meta code (P01_FUNDS_CELLS, I01_TEMPLATE_ROWS …).
    const checks = TABLE_RULES.filter((r) => r.id !== r.codes[0]);
    for (const c of checks) expect(META_RULES.map((d) => d.code)).toContain(c.codes[0]);
    expect(META_RULES.every((d) => d.evaluate === undefined)).toBe(true);
    expect(DRAFT_RULES.every((d) => d.kind === 'draft' && d.evaluate === undefined)).toBe(true);
  });

  it('the catalogue, the titles and the 汇总 meanings are the declarations; the count is that of the rule modules', () => {
    expect(Object.keys(RULES)).toHaveLength(declarationModules.length);
    expect(Object.keys(RULE_MEANINGS).sort()).toEqual(Object.keys(RULES).sort());
    for (const d of RULE_DECLARATIONS) {
      expect(RULES[d.code]).toEqual({ name: d.name, severity: d.severity, title: d.title });
      expect(ruleTitle(d.code)).toBe(d.title);
      expect(RULE_MEANINGS[d.code]).toBe(d.meaning);
      // Both builders give the same finding (the catalogue's and the declaration's own).
      expect(d.finding({ sheet: 'S', cell: 'A1', message: 'm' })).toEqual(finding({ rule: d.code, sheet: 'S', cell: 'A1', message: 'm' }));
    }
    // Catalogue order: the meta codes, then F…, S… by number, then the draft rules.
    const order = Object.keys(RULES);
    expect(order.slice(0, 3)).toEqual(['P01', 'M01', 'I01']);
    const table = order.filter((c) => /^[FS]/.test(c));
    expect(table).toEqual([...table].sort());
    expect(order.slice(-DRAFT_RULES.length)).toEqual(DRAFT_RULES.map((d) => d.code));
  });

  it('every message template of the rule phrase modules is declared by a rule that uses it', () => {
    const declared = new Set<unknown>(RULE_DECLARATIONS.flatMap((d) => Object.values(d.messages)));
    // rowFallbackName names a row in any rule's message (facts.ts rowName), not a message of its own.
    const helpers = new Set(['rowFallbackName']);
    const missing = [
      ...Object.entries(INDICATOR_PHRASES).filter(([k, v]) => !helpers.has(k) && !declared.has(v)).map(([k]) => `INDICATOR_PHRASES.${k}`),
      ...Object.entries(fundsPhrases).filter(([, v]) => !declared.has(v)).map(([k]) => `fundsPhrases.${k}`),
    ];
    expect(missing).toEqual([]);
  });

  it('every ScoringProfile field a rule module reads itself is among its declared params (for a check: those of its code)', () => {
    const profileKeys = new Set(Object.keys(NATIONAL_PROFILE));
    for (const m of modules) {
      const source = fs.readFileSync(path.join(CHECKS_DIR, m.part, m.file), 'utf8');
      const read = [...source.matchAll(/\bprofile\.(\w+)/g)].map((x) => x[1]).filter((k) => profileKeys.has(k));
      const declaration = RULE_DECLARATIONS.find((d) => d.code === m.code)!;
      for (const k of read) expect([m.file, k, declaration.params.includes(k as never)]).toEqual([m.file, k, true]);
    }
  });
});
