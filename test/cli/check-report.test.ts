/**
 * `check F --report DRAFT`: the seed's own report text, checked against the seed's table as staff
 * pasted it. By hand from the seed: its headings mix 1、 2、 三、 4、 … (R02), and its figures that
 * the table states (962.34, 586.11, 376.23, 224.62, 60.9% of the 962.34 named before it) are right —
 * so no R01 error.
 */
import { resolve } from 'node:path';
import { runCli } from '../../src/cli/run';

const ROOT = resolve(__dirname, '..', '..');

describe('jixiao check --report', () => {
  it('flags the seed report’s mixed heading numbering and raises no R01 error on right figures', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['check', 'samples/seed-hunan-pasted.xlsx', '--report', 'test/fixtures/seed/seed-report.txt', '--json'], {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      cwd: ROOT,
    });
    expect(err).toEqual([]);
    expect(code).toBe(1); // the table itself has errors (F03, S01, S04, S05)
    const findings = JSON.parse(out.join('\n')).files[0].findings as Array<{ rule: string; severity: string; file?: string; paragraph?: number; excerpt?: string }>;
    const r02 = findings.filter((f) => f.rule === 'R02' && f.severity === 'warning');
    expect(r02.map((f) => f.excerpt?.slice(0, 2))).toEqual(expect.arrayContaining(['1、', '2、', '4、', '5、', '6、', '9、']));
    expect(r02.every((f) => f.file === 'seed-report.txt' && typeof f.paragraph === 'number')).toBe(true);
    expect(findings.filter((f) => f.rule === 'R01' && f.severity === 'error')).toEqual([]);
  });

  it('a missing draft is a usage error (exit 2) with a Chinese message', async () => {
    const err: string[] = [];
    const code = await runCli(['check', 'samples/seed-hunan-pasted.xlsx', '--report', 'nope.docx'], { out: () => undefined, err: (l) => err.push(l), cwd: ROOT });
    expect(code).toBe(2);
    expect(err.join('\n')).toContain('找不到报告草稿');
  });
});
