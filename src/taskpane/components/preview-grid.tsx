/**
 * The in-browser workbook shown beside the pane in preview mode: sheet tabs and a plain table.
 * Reads the memory host's view (re-rendered on every change); selected cell outlined.
 */
import { useSyncExternalStore } from 'react';
import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import type { MemoryHost } from '../../hosts/memory';
import { columnLetters, toA1 } from '../../core/grid/a1';
import { colCount } from '../../core/grid/types';
import { cellText } from '../cell-text';
import { PANE } from '../phrases';

const MAX_ROWS = 300;
const MAX_COLS = 40;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minWidth: 0, height: '100%' },
  note: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, marginBottom: tokens.spacingVerticalXS },
  scroll: { overflow: 'auto', flexGrow: 1, border: `1px solid ${tokens.colorNeutralStroke1}`, backgroundColor: tokens.colorNeutralBackground1 },
  table: { borderCollapse: 'collapse', fontSize: '12px', fontFamily: '"Noto Sans CJK SC", "Microsoft YaHei", sans-serif' },
  head: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, fontWeight: 'normal', padding: '0 4px', border: `1px solid ${tokens.colorNeutralStroke2}`, position: 'sticky', top: 0 },
  rowHead: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, textAlign: 'right', padding: '0 4px', border: `1px solid ${tokens.colorNeutralStroke2}` },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '1px 4px', maxWidth: '220px', minWidth: '48px', whiteSpace: 'pre-wrap', verticalAlign: 'top' },
  number: { textAlign: 'right' },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
});

export function PreviewGrid({ host }: { readonly host: MemoryHost }) {
  const s = useStyles();
  const view = useSyncExternalStore(host.subscribe, host.view);
  // Hidden sheets (the saved mapping `_jixiao_mapping`) get no tab, as in Excel.
  const sheets = view.workbook.sheets.filter((x) => !view.hiddenSheets.has(x.name));
  const hiddenNames = view.workbook.sheets.filter((x) => view.hiddenSheets.has(x.name)).map((x) => x.name);
  const sheet = sheets.find((x) => x.name === view.activeSheet) ?? sheets[0];
  const rows = sheet ? Math.min(sheet.cells.length, MAX_ROWS) : 0;
  const cols = sheet ? Math.min(colCount(sheet), MAX_COLS) : 0;
  const hidden = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const m of sheet?.merges ?? []) {
    spans.set(`${m.top},${m.left}`, { rowSpan: m.bottom - m.top + 1, colSpan: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) hidden.add(`${r},${c}`);
  }
  return (
    <div className={s.root} data-testid="preview-grid">
      <div className={s.note}>{PANE.preview.note}</div>
      <TabList
        size="small"
        selectedValue={sheet?.name}
        onTabSelect={(_e, d) => host.activateSheet(String(d.value))}
      >
        {sheets.map((x) => (
          <Tab key={x.name} value={x.name} data-testid="sheet-tab">{x.name}</Tab>
        ))}
      </TabList>
      <div className={s.scroll}>
        {sheet ? (
          <table className={s.table} data-sheet={sheet.name}>
            <thead>
              <tr>
                <th className={s.head} />
                {Array.from({ length: cols }, (_, c) => (
                  <th key={c} className={s.head}>{columnLetters(c)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: rows }, (_, r) => (
                <tr key={r}>
                  <th className={s.rowHead}>{r + 1}</th>
                  {Array.from({ length: cols }, (_, c) => {
                    if (hidden.has(`${r},${c}`)) return null;
                    const address = toA1(r, c);
                    const cell = sheet.cells[r]?.[c];
                    const ref = `${sheet.name}!${address}`;
                    const selected = view.selection?.sheet === sheet.name && view.selection.address === address;
                    const fill = view.fills.get(ref);
                    const span = spans.get(`${r},${c}`);
                    return (
                      <td
                        key={c}
                        className={`${s.cell} ${typeof cell?.value === 'number' ? s.number : ''} ${selected ? s.selected : ''}`}
                        style={fill ? { backgroundColor: fill } : undefined}
                        data-cell={ref}
                        data-selected={selected ? 'true' : undefined}
                        title={view.notes.get(ref)}
                        rowSpan={span?.rowSpan}
                        colSpan={span?.colSpan}
                        ref={selected ? (el) => el?.scrollIntoView({ block: 'nearest', inline: 'nearest' }) : undefined}
                      >
                        {cellText(cell?.value, cell?.numFmt)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
      {hiddenNames.length > 0 ? (
        <div className={s.note} data-testid="hidden-sheets" data-names={hiddenNames.join('|')}>
          {PANE.preview.hiddenSheets(hiddenNames.join('、'))}
        </div>
      ) : null}
      {sheet && (sheet.cells.length > MAX_ROWS || colCount(sheet) > MAX_COLS) ? <div className={s.note}>{PANE.preview.truncated(MAX_ROWS, MAX_COLS)}</div> : null}
    </div>
  );
}
