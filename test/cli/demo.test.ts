/**
 * The bundled samples give exactly the findings worked out by hand in samples/expected-findings.json
 * (rule, cell, severity — from the seed's figures and RULES §3/§4, not from the engine), and
 * `jixiao demo` runs end to end with exit 0.
 */
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../../src/cli/run';
import { analyseWorkbook } from '../../src/core/analyse';
import { readXlsx } from '../../src/hosts/xlsx/reader';

const SAMPLES = resolve(__dirname, '..', '..', 'samples');
const expected = JSON.parse(readFileSync(join(SAMPLES, 'expected-findings.json'), 'utf8')) as Record<
  string,
  Array<{ rule: string; cell: string; severity: string }>
>;

const key = (f: { rule: string; cell?: string; severity: string }) => `${f.rule}@${f.cell}:${f.severity}`;

describe.each(['seed-template.xlsx', 'seed-hunan-pasted.xlsx'])('sample %s', (name) => {
  const wb = readXlsx(new Uint8Array(readFileSync(join(SAMPLES, name))));
  const analysis = analyseWorkbook(wb);

  it('gives exactly the hand-worked findings', () => {
    const got = analysis.findings.map(key).sort();
    const want = expected[name].map(key).sort();
    expect(got).toEqual(want);
  });

  it('is recognised as one table on 自评表', () => {
    expect(analysis.recognised.tables.map((t) => t.sheet)).toEqual(['自评表']);
  });
});

describe('jixiao demo', () => {
  it('writes the template, the recomputed samples and the report into out/, exit 0', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'jixiao-demo-'));
    const out: string[] = [];
    const code = await runCli(['demo'], { out: (l) => out.push(l), err: (l) => out.push(l), cwd });
    expect(code).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('F03');
    expect(text).toContain('自评表!H4: 9.94 → 9.99');
    for (const f of ['template.xlsx', 'seed-template.recomputed.xlsx', 'seed-hunan-pasted.recomputed.xlsx', 'seed-template.自评报告.docx', 'seed-template.自评报告.xlsx'])
      expect(existsSync(join(cwd, 'out', f))).toBe(true);
  });
});
