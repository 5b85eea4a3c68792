/**
 * `jixiao check 报告.docx` on the seed report built as Word lays it out (test/fixtures/docx/
 * seed-report.docx, from scripts/build-docx-fixtures.js) and the same document re-saved by
 * LibreOffice. The expectations are hand-derived in test/fixtures/docx/expected-findings.json: the
 * table findings are those of samples/seed-hunan-pasted.xlsx (samples/expected-findings.json),
 * named by the Word table's own grid (表1!D3 …, one row above the workbook's since the table title
 * is a paragraph), plus the report text's R findings.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runCli } from '../../src/cli/run';

const ROOT = resolve(__dirname, '..', '..');
const DIR = 'test/fixtures/docx';

interface Expected {
  table: Array<{ rule: string; cell: string; severity: string }>;
  text: Array<{ rule: string; severity: string; paragraphStartsWith: string }>;
  r01: { infoOnlyOn: string[] };
}
interface Found {
  rule: string;
  severity: string;
  sheet?: string;
  cell?: string;
  paragraph?: number;
  excerpt?: string;
  actual?: string;
}

const EXPECTED = (JSON.parse(readFileSync(resolve(ROOT, DIR, 'expected-findings.json'), 'utf8')) as Record<string, Expected>)['seed-report.docx'];

/** `表1!D3` whether the reader states the table as `sheet` beside `cell` or inside `cell`. */
function place(f: Found): string | undefined {
  if (f.cell === undefined) return undefined;
  if (f.cell.includes('!')) return f.cell;
  return f.sheet === undefined ? f.cell : `${f.sheet}!${f.cell}`;
}

async function check(file: string): Promise<{ code: number; err: string[]; findings: Found[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['check', `${DIR}/${file}`, '--json'], { out: (l) => out.push(l), err: (l) => err.push(l), cwd: ROOT });
  const parsed = out.length > 0 ? (JSON.parse(out.join('\n')) as { files: Array<{ findings: Found[] }> }) : { files: [] };
  return { code, err, findings: parsed.files.flatMap((f) => f.findings) };
}

describe.each(['seed-report.docx', 'seed-report.lo.docx'])('jixiao check %s (the seed report as a Word document)', (file) => {
  let result: Awaited<ReturnType<typeof check>>;
  beforeAll(async () => {
    result = await check(file);
  });

  it('reads the document without a message and fails on the table’s errors (exit 1)', () => {
    expect(result.err).toEqual([]);
    expect(result.code).toBe(1);
  });

  it('gives the pasted workbook’s table findings, each named by its Word table cell', () => {
    const got = result.findings.filter((f) => !f.rule.startsWith('R')).map((f) => `${f.rule} ${place(f)} ${f.severity}`);
    const want = EXPECTED.table.map((f) => `${f.rule} ${f.cell} ${f.severity}`);
    expect([...got].sort()).toEqual([...want].sort());
  });

  it('flags the text’s heading numbering on the paragraphs worked out by hand', () => {
    const got = result.findings
      .filter((f) => f.rule === 'R02')
      .map((f) => {
        const hit = EXPECTED.text.find((e) => (f.excerpt ?? '').startsWith(e.paragraphStartsWith.slice(0, Math.min(8, e.paragraphStartsWith.length))));
        return `${f.severity} ${hit ? hit.paragraphStartsWith : `UNEXPECTED: ${f.excerpt}`}`;
      });
    const want = EXPECTED.text.filter((e) => e.rule === 'R02').map((e) => `${e.severity} ${e.paragraphStartsWith}`);
    expect([...got].sort()).toEqual([...want].sort());
    for (const f of result.findings.filter((x) => x.rule === 'R02')) expect(typeof f.paragraph).toBe('number');
  });

  it('finds no figure of the text at odds with the table (R01 at most info, only on figures the table lacks)', () => {
    const r01 = result.findings.filter((f) => f.rule === 'R01');
    expect(r01.filter((f) => f.severity !== 'info')).toEqual([]);
    for (const f of r01) expect(EXPECTED.r01.infoOnlyOn).toContain(f.actual);
    expect(result.findings.filter((f) => f.rule === 'R03')).toEqual([]);
  });
});
