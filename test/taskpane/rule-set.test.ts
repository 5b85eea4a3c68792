/**
 * The rule set in force (issue 12 point 8) through the pane's operations: default national, a
 * built-in set chosen and remembered in the workbook (a later session reads it back, the mapping
 * kept), a 规则.json for this session only, and the report built with the set in force.
 */
import { analyseWorkbook } from '../../src/core/analyse';
import { isMappingSheet, rememberedProfileOf } from '../../src/core/mapping/sheet-codec';
import { NATIONAL_PROFILE, SICHUAN_PROFILE, PLATFORM_CAPS_PROFILE } from '../../src/core/rules/profile';
import type { ScoringProfile } from '../../src/core/rules/profile';
import { templateLayouts } from '../../src/core/template/definition';
import { createMemoryHost } from '../../src/hosts/memory';
import type { MemoryHost } from '../../src/hosts/memory';
import { createPaneOperations } from '../../src/taskpane/operations';
import { profileFromFile, ProfileFileError } from '../../src/taskpane/profile-file';
import { sampleWorkbook } from './sample';

const opsOver = (host: MemoryHost, seen: string[] = []) =>
  createPaneOperations({
    host,
    marker: host,
    analyse: (w, profile) => {
      seen.push(profile?.id ?? 'none');
      return analyseWorkbook(w, profile ? { profile } : {});
    },
    templateLayouts,
    loadReport: async () => ({
      reportOfWorkbook: (_w, o) => {
        seen.push(`report:${o?.profile?.id}`);
        return { draft: false, gaps: [] };
      },
      reportSheetLayout: () => ({ name: '自评报告', cells: [], merges: [], columnWidths: [] }),
      reportDocx: async () => new Uint8Array([1]),
    }),
  });

describe('rule set in force', () => {
  test('national by default; a built-in set chosen is remembered in the workbook and read back by the next session', async () => {
    const host = createMemoryHost(sampleWorkbook());
    const seen: string[] = [];
    const ops = opsOver(host, seen);
    const first = await ops.check();
    expect(first.ruleSet).toMatchObject({ profile: NATIONAL_PROFILE, origin: 'default' });
    const r = await ops.chooseProfile(PLATFORM_CAPS_PROFILE);
    expect(r.remembered).toBe(true);
    expect(r.analysis.ruleSet).toMatchObject({ profile: PLATFORM_CAPS_PROFILE, origin: 'chosen' });
    const wb = await host.readWorkbook();
    expect(rememberedProfileOf(wb.sheets.find((s) => isMappingSheet(s))!)).toBe('platform-caps');
    // The findings are the engine's under that set.
    expect(r.analysis.findings).toEqual(analyseWorkbook(wb, { profile: PLATFORM_CAPS_PROFILE }).findings);
    // A later session (new pane over the same workbook) uses the remembered set.
    const later = await opsOver(host).check();
    expect(later.ruleSet).toMatchObject({ profile: PLATFORM_CAPS_PROFILE, origin: 'remembered' });
    // 保存 of the mapping keeps the remembered set.
    await opsOver(host).saveMapping({ tables: [] });
    expect(rememberedProfileOf((await host.readWorkbook()).sheets.find((s) => isMappingSheet(s))!)).toBe('platform-caps');
    // The report is built with the set in force.
    await ops.generateReport();
    expect(seen).toContain('report:platform-caps');
  });

  test('a 规则.json applies to this session only (not written into the workbook)', async () => {
    const host = createMemoryHost(sampleWorkbook());
    const ops = opsOver(host);
    const p = profileFromFile('湖南.json', JSON.stringify({ lowExecutionThreshold: '0.85' }));
    expect(p).toMatchObject({ name: '规则文件“湖南.json”', source: '分值取自规则文件“湖南.json”', lowExecutionThreshold: '0.85', weightTotal: NATIONAL_PROFILE.weightTotal });
    const r = await ops.chooseProfile(p);
    expect(r.remembered).toBe(false);
    expect(r.analysis.ruleSet?.profile).toBe(p);
    expect((await host.readWorkbook()).sheets.some((s) => isMappingSheet(s))).toBe(false);
  });

  test('a bad 规则.json is refused in Chinese, naming the file and the problem', () => {
    expect(() => profileFromFile('a.json', '{"weight": 1}')).toThrow(new ProfileFileError('规则文件“a.json”无法使用：未知字段 weight'));
    expect(() => profileFromFile('b.json', '[1]')).toThrow('规则文件“b.json”无法使用：不是 JSON 对象');
    expect(() => profileFromFile('c.json', '{')).toThrow(/^规则文件“c.json”无法使用：/);
    const sichuanBased: ScoringProfile = profileFromFile('d.json', JSON.stringify({ id: 'sichuan' }));
    expect(sichuanBased.severities).toEqual(SICHUAN_PROFILE.severities);
  });
});
