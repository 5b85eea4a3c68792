/** Chinese texts of the 插入模板 dialog (template-dialog.tsx). */
const list = (names: readonly string[]) => names.map((n) => `“${n}”`).join('、');

export const TEMPLATE_DIALOG = {
  title: (hasTable: boolean) => (hasTable ? '工作簿中已有自评表' : '工作簿中已有模板工作表'),
  existing: (names: readonly string[], hasTable: boolean) =>
    names.length > 0 ? `已有工作表：${list(names)}。` : hasTable ? '工作簿中已有一张自评表（不在名为“自评表”的工作表中）。' : '',
  missing: (names: readonly string[]) => `“补充缺少的工作表”只添加 ${list(names)}，不改动已有的任何工作表和表格。`,
  nothingMissing: '模板的工作表都已存在，无需补充。',
  replaceWarning: (names: readonly string[]) => `“全部替换”会清空并重写 ${list(names)}，其中已填写的内容会丢失。`,
  addMissing: '补充缺少的工作表',
  replaceAll: '全部替换',
} as const;
