/**
 * Issue 12 point 1 on the seed sample (分值 10 + 100 = 110): one 总分 story. No plan writes 总分
 * (or 等级); the plan says why and names S01; S05 says the as-entered sum and the recomputed one.
 * Hand figures: stated parts 9.94 (H4) + 98.8 (indicator scores as typed) = 108.74; 资金得分
 * recomputed = 10 × 1186.19 ÷ 1186.96 = 9.99351… → 9.99; 9.99 + 98.8 = 108.79.
 */
import { join } from 'node:path';
import { analyseWorkbook } from '../../../src/core/analyse';
import { readXlsxFile } from '../../../src/hosts/xlsx/file-io';

const samples = join(__dirname, '..', '..', '..', 'samples');

describe.each(['seed-template.xlsx', 'seed-hunan-pasted.xlsx'])('%s: 分值 110', (name) => {
  let analysis: ReturnType<typeof analyseWorkbook>;
  beforeAll(async () => {
    analysis = analyseWorkbook((await readXlsxFile(join(samples, name))).workbook);
  });

  it('no write of 总分 or 等级; 总分 is withheld with a reason naming S01', () => {
    expect(analysis.plan.writes.filter((w) => w.kind === 'totalScore' || w.kind === 'grade')).toEqual([]);
    const held = analysis.plan.withheld.find((h) => h.kind === 'totalScore');
    expect(held).toBeDefined();
    expect(held!.value).toBe(108.79);
    expect(held!.reason).toContain('分值合计为110');
    expect(held!.fixFirst?.rule).toBe('S01');
    const s01 = analysis.findings.find((f) => f.rule === 'S01');
    expect(s01?.cell).toBe(held!.fixFirst?.cell);
  });

  it('S05 tells the as-entered sum and the recomputed one, and that 总分 is not written', () => {
    const s05 = analysis.findings.find((f) => f.rule === 'S05');
    expect(s05?.message).toContain('108.74');
    expect(s05?.message).toContain('资金得分更正为9.99后为108.79');
    expect(s05?.message).toContain('不写入总分');
  });
});
