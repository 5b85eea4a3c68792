/**
 * Issue 12 point 8: a recognised Sichuan layout proposes the Sichuan rule set; other layouts
 * propose nothing; the choice is remembered on the settings sheet and read back.
 */
import { recogniseWorkbook } from '../../../src/core/recognition';
import { proposeProfile } from '../../../src/core/rules/profile-propose';
import { NATIONAL_PROFILE, SICHUAN_PROFILE, profileById } from '../../../src/core/rules/profile';
import { mappingSheetLayout, readMappingSheet, rememberedProfileOf } from '../../../src/core/mapping/sheet-codec';
import type { Sheet } from '../../../src/core/grid/types';
import { CORPUS } from '../recognition/corpus/layouts';

const tablesOf = (name: string) => {
  const c = CORPUS.find((x) => x.name.startsWith(name))!;
  return recogniseWorkbook({ sheets: c.build({ permute: false, reword: false }).sheets }).tables;
};

describe('proposeProfile', () => {
  it('the Sichuan 项目支出 layout proposes 四川省, naming the sheet and why', () => {
    const p = proposeProfile(tablesOf('03 Sichuan'), NATIONAL_PROFILE);
    expect(p?.profile.id).toBe('sichuan');
    expect(p?.sheet).toBe('四川');
    expect(p?.reason).toContain('四川省项目支出绩效自评表');
  });

  it('nothing once Sichuan is in force, and nothing for the national or Beijing layouts', () => {
    expect(proposeProfile(tablesOf('03 Sichuan'), SICHUAN_PROFILE)).toBeUndefined();
    expect(proposeProfile(tablesOf('01 national'), NATIONAL_PROFILE)).toBeUndefined();
    expect(proposeProfile(tablesOf('02 Beijing'), NATIONAL_PROFILE)).toBeUndefined();
  });
});

describe('the remembered rule set on _jixiao_mapping', () => {
  const toSheet = (profile?: string): Sheet => {
    const layout = mappingSheetLayout({ tables: [], ...(profile ? { profile } : {}) });
    const cells: { value: unknown }[][] = [];
    for (const c of layout.cells) (cells[c.row] ??= [])[c.col] = { value: c.value };
    return { name: layout.name, cells } as unknown as Sheet;
  };
  it('round-trips the id; an unknown id resolves to no profile', () => {
    expect(rememberedProfileOf(toSheet('sichuan'))).toBe('sichuan');
    expect(readMappingSheet(toSheet('sichuan')).mapping.profile).toBe('sichuan');
    expect(rememberedProfileOf(toSheet())).toBeUndefined();
    expect(profileById('sichuan')).toBe(SICHUAN_PROFILE);
    expect(profileById('toString')).toBeUndefined();
  });
});
