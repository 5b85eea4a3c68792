/** 确认并保存 / 恢复自动识别 over the in-memory host and the bundled sample (the preview's workbook). */
import { analyseWorkbook } from '../../src/core/analyse';
import type { Analysis } from '../../src/core/analyse';
import { MAPPING_SHEET } from '../../src/core/mapping/types';
import { templateLayouts } from '../../src/core/template/definition';
import { createMemoryHost } from '../../src/hosts/memory';
import { createPaneOperations } from '../../src/taskpane/operations';
import { confirmedMapping, draftOf, withRangeText, withRole } from '../../src/taskpane/components/mapping-panel';
import { sampleWorkbook } from './sample';

function setup() {
  const host = createMemoryHost(sampleWorkbook());
  const ops = createPaneOperations({
    host,
    marker: host,
    analyse: (w) => analyseWorkbook(w),
    templateLayouts,
    loadReport: async () => {
      throw new Error('no report in this test');
    },
  });
  return { host, ops };
}

const keys = (a: Analysis) => a.findings.map((f) => `${f.rule}@${f.cell ?? ''}`);
/** Table and block of the sample (自评表: funds header row 3, indicators header row 15 — docs/TEMPLATE.md). */
const FUNDS = [0, 0] as const;
const INDICATORS = [0, 1] as const;

describe('pane operations: the table mapping', () => {
  const original = analyseWorkbook(sampleWorkbook());

  test('the sample is recognised as one 部门整体 table with funds and indicator blocks, nothing confirmed', () => {
    const d = draftOf(original.recognised);
    expect(d.tables.map((t) => [t.mapping.sheet, t.kind, t.mapping.confirmed, t.mapping.blocks.map((b) => b.kind)])).toEqual([
      ['自评表', 'department', false, ['funds', 'indicators']],
    ]);
    // The hand-worked findings of the sample include the funds score at H4 (F03).
    expect(keys(original)).toContain('F03@H4');
  });

  test('确认并保存 with 得分 (H3) ignored: the hidden sheet is written, F03@H4 is gone, the mapping reads back confirmed', async () => {
    const { host, ops } = setup();
    const d = withRole(draftOf(original.recognised), ...FUNDS, 7, 'ignore');
    const progress: string[] = [];
    const a = await ops.saveMapping(confirmedMapping(d), (l) => progress.push(l));
    expect(progress).toEqual(['正在保存识别映射…', '正在读取工作簿…', '正在分析…']);
    expect((await host.readWorkbook()).sheets.map((s) => s.name)).toEqual(['自评表', '基本情况', '收支明细', MAPPING_SHEET]);
    expect([...host.view().hiddenSheets]).toEqual([MAPPING_SHEET]);
    expect(keys(a)).not.toContain('F03@H4');
    const m = a.recognised.mappings![0];
    expect(m.confirmed).toBe(true);
    expect(m.blocks[0].columns.find((c) => c.address === 'H3')).toMatchObject({ role: 'ignore', source: 'user' });
    // The indicator findings do not depend on the funds score column.
    expect(keys(a).filter((k) => /^(S04|S08|I01)@/u.test(k))).toEqual(keys(original).filter((k) => /^(S04|S08|I01)@/u.test(k)));
  });

  test('a hand range ending the indicators at row 20 leaves rows 21–24 unchecked', async () => {
    const { ops } = setup();
    const d = withRangeText(draftOf(original.recognised), ...INDICATORS, 'A15:I20');
    const a = await ops.saveMapping(confirmedMapping(d));
    const rowOf = (cell: string) => Number(/\d+$/u.exec(cell)![0]);
    const rowFindings = (x: Analysis) => x.findings.filter((f) => /^(S04|S08|I01)$/u.test(f.rule)).map((f) => rowOf(f.cell!));
    expect(rowFindings(original).some((row) => row >= 21 && row <= 24)).toBe(true);
    expect(rowFindings(a).filter((row) => row > 20)).toEqual([]);
    expect(rowFindings(a)).toEqual(rowFindings(original).filter((row) => row <= 20));
    expect(a.recognised.mappings![0].blocks[1].rangeSource).toBe('user');
  });

  test('恢复自动识别 empties the saved mapping: findings as before any mapping', async () => {
    const { host, ops } = setup();
    await ops.saveMapping(confirmedMapping(withRole(draftOf(original.recognised), ...FUNDS, 7, 'ignore')));
    const r = await ops.resetMapping();
    expect(r.removed).toBe(true);
    expect(r.analysis.findings).toEqual(original.findings);
    expect(r.analysis.recognised.mappings![0].confirmed).toBe(false);
    expect(host.view().hiddenSheets.has(MAPPING_SHEET)).toBe(true);
  });

  test('恢复自动识别 without a saved mapping writes nothing', async () => {
    const { host, ops } = setup();
    const before = host.view().version;
    const r = await ops.resetMapping();
    expect(r.removed).toBe(false);
    expect(r.analysis.findings).toEqual(original.findings);
    expect(host.view().version).toBe(before);
  });

  test('a host failure while saving is thrown, not swallowed', async () => {
    const { host, ops } = setup();
    host.writeSheet = async () => {
      throw new Error('磁盘已满');
    };
    await expect(ops.saveMapping(confirmedMapping(draftOf(original.recognised)))).rejects.toThrow('磁盘已满');
  });
});
