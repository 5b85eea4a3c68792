/**
 * A Word report in a bureau batch (`check DIR --summary`, the bureau page) is checked as
 * `check X.docx` checks it: its tables with every rule and its text against them with the R rules.
 * Before, the batch ran the table rules only, so the same report counted fewer findings in the
 * roll-up than on its own. Expectations: the hand-derived test/fixtures/docx/expected-findings.json
 * (as test/cli/docx-seed.test.ts reads it), not this code's output.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { buildSummaryWorkbook, checkWorkbookBytes, type CheckedFile, type FileResult } from '../../src/batch';
import { findingPlace } from '../../src/batch/phrases';
import type { Finding } from '../../src/core/findings';
import { docxOf } from '../hosts/docx/build';

const DIR = resolve(__dirname, '..', 'fixtures', 'docx');

interface Expected {
  table: Array<{ rule: string; cell: string; severity: string }>;
  text: Array<{ rule: string; severity: string; paragraphStartsWith: string }>;
  r01: { infoOnlyOn: string[] };
}
const EXPECTED = (JSON.parse(readFileSync(resolve(DIR, 'expected-findings.json'), 'utf8')) as Record<string, Expected>)['seed-report.docx'];

function checked(r: FileResult): CheckedFile {
  if (r.error) throw new Error(`unexpected error ${r.error.message}`);
  return r;
}

describe.each(['seed-report.docx', 'seed-report.lo.docx'])('the batch check of %s', (file) => {
  let result: CheckedFile;
  beforeAll(async () => {
    result = checked(await checkWorkbookBytes(`报告/${file}`, new Uint8Array(readFileSync(resolve(DIR, file)))));
  });

  it('gives the table findings worked out by hand', () => {
    const got = result.findings.filter((f) => !f.rule.startsWith('R')).map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.severity}`);
    expect([...got].sort()).toEqual(EXPECTED.table.map((f) => `${f.rule} ${f.cell} ${f.severity}`).sort());
  });

  it('and the text’s R02 heading findings on the paragraphs worked out by hand', () => {
    const r02 = result.findings.filter((f) => f.rule === 'R02');
    const got = r02.map((f) => {
      const hit = EXPECTED.text.find((e) => (f.excerpt ?? '').startsWith(e.paragraphStartsWith.slice(0, Math.min(8, e.paragraphStartsWith.length))));
      return `${f.severity} ${hit ? hit.paragraphStartsWith : `UNEXPECTED: ${f.excerpt}`}`;
    });
    expect([...got].sort()).toEqual(EXPECTED.text.filter((e) => e.rule === 'R02').map((e) => `${e.severity} ${e.paragraphStartsWith}`).sort());
    for (const f of r02) expect(typeof f.paragraph).toBe('number');
  });

  it('R01 at most info, and only on the figures the table lacks', () => {
    const r01 = result.findings.filter((f) => f.rule === 'R01');
    expect(r01.length).toBeGreaterThan(0);
    for (const f of r01) {
      expect(f.severity).toBe('info');
      expect(EXPECTED.r01.infoOnlyOn).toContain(f.actual);
    }
  });

  it('takes 年度 from the title paragraph above the table (2024年度部门整体支出绩效自评表), the unit from the table’s own label', () => {
    expect(result.year).toBe(2024);
    expect(result.unit).toBe('岳阳市信访局');
    expect(result.unitFromFileName).toBe(false);
  });

  it('counts every finding, the text’s included', () => {
    const count = (s: Finding['severity']) => result.findings.filter((f) => f.severity === s).length;
    expect(result.counts).toEqual({ error: count('error'), warning: count('warning'), info: count('info') });
    const tableWarnings = EXPECTED.table.filter((f) => f.severity === 'warning').length;
    const textWarnings = EXPECTED.text.filter((e) => e.severity === 'warning').length;
    expect(result.counts.warning).toBe(tableWarnings + textWarnings);
    expect(result.counts.error).toBe(EXPECTED.table.filter((f) => f.severity === 'error').length + EXPECTED.text.filter((e) => e.severity === 'error').length);
  });

  it('the roll-up’s 问题清单 places a text finding at 正文 and its paragraph', () => {
    const bytes = buildSummaryWorkbook([result], { generatedAt: '2026-12-07 09:00', profile: { id: 'national', name: '全国默认' } });
    const parts = unzipSync(bytes);
    const names = strFromU8(parts['xl/workbook.xml']);
    expect(names).toContain('name="问题清单"');
    const sheet2 = strFromU8(parts['xl/worksheets/sheet2.xml']);
    const firstR02 = result.findings.find((f) => f.rule === 'R02')!;
    expect(sheet2).toContain(`<t>第${firstR02.paragraph}段</t>`);
    expect(sheet2).toContain('<t>正文</t>');
  });
});

describe('the title paragraph above a Word report’s table', () => {
  const SEED_XML = strFromU8(unzipSync(new Uint8Array(readFileSync(resolve(DIR, 'seed-report.docx'))))['word/document.xml']);
  const TITLE = '2024年度部门整体支出绩效自评表';
  /** The seed report with its table's title paragraph replaced (and, optionally, the 部门名称 cell emptied). */
  function variant(title: string, keepUnitLabel = true): Uint8Array {
    const parts = unzipSync(new Uint8Array(readFileSync(resolve(DIR, 'seed-report.docx'))));
    let xml = SEED_XML.replace(`>${TITLE}<`, `>${title}<`);
    if (!keepUnitLabel) xml = xml.replace(/>岳阳市信访局</gu, '><');
    parts['word/document.xml'] = strToU8(xml);
    return zipSync(parts);
  }
  const rowOf = async (bytes: Uint8Array) => checked(await checkWorkbookBytes('报告.docx', bytes));

  it('the fixture has that title once, as a paragraph of its own', () => {
    expect(SEED_XML.split(`>${TITLE}<`)).toHaveLength(2);
  });

  it('“附件2：岳阳市信访局2024年度…自评表（单位：万元）”: 年度 2024, and the unit from the title when the table names none', async () => {
    const r = await rowOf(variant('附件2：岳阳市信访局2024年度部门整体支出绩效自评表（单位：万元）', false));
    expect([r.year, r.unit, r.unitFromFileName]).toEqual([2024, '岳阳市信访局', false]);
  });

  it('a sentence that mentions a 自评表 is no title: no 年度 from it', async () => {
    const r = await rowOf(variant('本单位按要求填报了2023年度自评表，详见下表。'));
    expect(r.year).toBeNull();
    expect(r.unit).toBe('岳阳市信访局');
  });
});

describe('findingPlace', () => {
  it('a cell finding keeps its sheet and cell; a text finding is 正文 and its paragraph; a file-wide one has neither', () => {
    expect(findingPlace({ sheet: '自评表', cell: 'G26' })).toEqual({ sheet: '自评表', cell: 'G26' });
    expect(findingPlace({ paragraph: 18 })).toEqual({ sheet: '正文', cell: '第18段' });
    expect(findingPlace({ sheet: '自评表' })).toEqual({ sheet: '自评表', cell: null });
    expect(findingPlace({})).toEqual({ sheet: null, cell: null });
  });
});

describe('a damaged Word report in a batch is one row with the reader’s message, never 程序出错 (INTERNAL)', () => {
  const SEED = new Uint8Array(readFileSync(resolve(DIR, 'seed-report.docx')));
  const seen = { checked: 0, refused: 0 };
  /** Checked, or refused with the docx reader's own code and a message naming the file. */
  async function checkedOrRefused(bytes: Uint8Array): Promise<void> {
    const r = await checkWorkbookBytes('各单位/样本.docx', bytes);
    if (!r.error) {
      seen.checked += 1;
      expect(r.counts.error + r.counts.warning + r.counts.info).toBe(r.findings.length);
      return;
    }
    seen.refused += 1;
    expect(r.error.code).not.toBe('INTERNAL');
    expect(r.error.message).toContain('“样本.docx”');
  }
  // Not vacuous: both ways out are taken (seeded: 43 of the 400 cases are read and checked).
  afterAll(() => {
    expect(seen.checked).toBeGreaterThan(20);
    expect(seen.refused).toBeGreaterThan(10);
  });

  it('random byte flips and truncations of the seed report (200 cases), tables and text checked', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), fc.option(fc.nat()), async (flips, cut) => {
        const b = new Uint8Array(SEED);
        for (const [i, v] of flips) b[i % b.length] = v;
        await checkedOrRefused(cut === null ? b : b.subarray(0, cut % b.length));
      }),
      { seed: 20261207, numRuns: 200 },
    );
  });

  const FRAGMENTS = ['<w:tbl>', '</w:tbl>', '<w:tr>', '</w:tr>', '<w:tc>', '</w:tc>', '<w:p>', '</w:p>', '<w:r><w:t>12.5万元</w:t></w:r>', '<w:r><w:t>一、</w:t></w:r>', '<w:r><w:t>（1）</w:t></w:r>', '<w:r><w:t>98.5%</w:t></w:r>', '<w:br/>', '<w:tcPr><w:vMerge/></w:tcPr>', '<w:tcPr><w:gridSpan w:val="3"/></w:tcPr>', '<w:numPr><w:numId w:val="9"/><w:ilvl w:val="12"/></w:numPr>', '&bogus;', '<'];
  it('tag soup in document.xml, with figures and heading numbers in the text (200 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }), async (parts) => {
        await checkedOrRefused(docxOf(parts.join('')));
      }),
      { seed: 20261208, numRuns: 200 },
    );
  });
});
