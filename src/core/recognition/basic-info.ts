/**
 * The template's 基本情况 sheet (docs/TEMPLATE.md, RULES §2.4): label | value pairs read by label
 * family, wherever the rows are. Unknown labels go to `other`, keyed by normalised label.
 */
import { normalizeText } from '../grid/text';
import type { BasicInfo, NumberField, TextField } from '../model';
import type { SheetView } from './sheet-view';

type TextKey = 'departmentName' | 'year' | 'duties' | 'institutions' | 'problems' | 'improvements' | 'disclosure';
type NumberKey = 'staffActive' | 'staffRetired' | 'vehicles';

const TEXT_FIELDS: ReadonlyArray<readonly [TextKey, readonly string[]]> = [
  ['departmentName', ['部门名称', '单位名称', '预算部门名称', '部门(单位)名称']],
  ['year', ['年度', '评价年度', '自评年度']],
  ['duties', ['主要职责', '部门主要职责', '部门职责']],
  ['institutions', ['内设机构', '机构设置']],
  ['problems', ['存在的问题及原因分析', '存在的问题', '存在问题']],
  ['improvements', ['下一步改进措施', '改进措施']],
  ['disclosure', ['自评结果拟应用和公开情况', '公开情况', '结果应用和公开情况']],
];

const NUMBER_FIELDS: ReadonlyArray<readonly [NumberKey, readonly string[]]> = [
  ['staffActive', ['在职人数', '在职人员']],
  ['staffRetired', ['退休人数', '退休人员']],
  ['vehicles', ['公务车辆编制', '车辆编制', '公务用车编制']],
];

const SHEET_TITLE = '基本情况';

function lookup<K extends string>(families: ReadonlyArray<readonly [K, readonly string[]]>, key: string): K | undefined {
  for (const [k, names] of families) if (names.includes(key)) return k;
  return undefined;
}

/** The 基本情况 sheet: named so, or titled so in its first non-blank cell. */
export function isBasicInfoSheet(view: SheetView): boolean {
  if (normalizeText(view.sheet.name) === SHEET_TITLE) return true;
  for (let r = 0; r < view.rows; r++) {
    const cols = view.realCols(r);
    for (let i = 0; i < cols.length; i++) {
      const t = normalizeText(view.text(r, cols[i]));
      if (t !== '') return t === SHEET_TITLE;
    }
  }
  return false;
}

/** Rows whose first non-blank cell is a label; the value is the next real cell to its right. */
export function recogniseBasicInfo(view: SheetView): BasicInfo {
  const out: { -readonly [K in keyof BasicInfo]: BasicInfo[K] } = { sheet: view.sheet.name, other: {} };
  const other: Record<string, TextField> = {};
  const numbers: Partial<Record<NumberKey, NumberField>> = {};
  for (let r = 0; r < view.rows; r++) {
    const cols = view.realCols(r);
    const i = cols.findIndex((c) => view.text(r, c).trim() !== '');
    if (i < 0 || i + 1 >= cols.length) continue;
    const labelCol = cols[i];
    const valueCol = cols[i + 1];
    const key = normalizeText(view.text(r, labelCol)).replace(/:+$/u, '');
    if (key === SHEET_TITLE) continue;
    const textKey = lookup(TEXT_FIELDS, key);
    const numberKey = lookup(NUMBER_FIELDS, key);
    if (textKey) {
      if (out[textKey] === undefined) out[textKey] = view.textField(r, valueCol);
    } else if (numberKey) {
      if (numbers[numberKey] === undefined) numbers[numberKey] = view.numberField(r, valueCol);
    } else if (other[key] === undefined) other[key] = view.textField(r, valueCol);
  }
  return { ...out, ...numbers, other };
}
