/**
 * xl/workbook.xml: sheet list (order, names, relationship ids), date system; surgical edits for
 * the recalculate-on-open flag, the active tab, a new `<sheet>` and a sheet's `state` (hidden).
 */
import { TOK_EOF, TOK_START, XmlScanner, escapeXml } from './xml-scan';
import { NS_REL } from './opc';
import { childElements, insertChild, prefixFor, prefixForNamespace, prefixFragment, rootElement, setAttribute } from './xml-edit';

export interface WorkbookSheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  /** 'visible' | 'hidden' | 'veryHidden'. */
  readonly state: string;
}

export interface WorkbookInfo {
  readonly sheets: readonly WorkbookSheetEntry[];
  readonly date1904: boolean;
}

export function parseWorkbook(xml: string): WorkbookInfo {
  const sc = new XmlScanner(xml);
  const sheets: WorkbookSheetEntry[] = [];
  let date1904 = false;
  for (let k = sc.next(); k !== TOK_EOF; k = sc.next()) {
    if (k !== TOK_START) continue;
    if (sc.name === 'sheet') {
      sheets.push({
        name: sc.attr('name') ?? '',
        sheetId: Number(sc.rawAttr('sheetId') ?? '0'),
        relId: sc.attr('id') ?? '',
        state: sc.attr('state') ?? 'visible',
      });
    } else if (sc.name === 'workbookPr') {
      const v = sc.rawAttr('date1904');
      date1904 = v === '1' || v === 'true';
    } else if (sc.name === 'definedNames' || sc.name === 'extLst') {
      sc.skipElement();
    }
  }
  return { sheets, date1904 };
}

/** CT_Workbook children after calcPr (schema order). */
const AFTER_CALC_PR = ['oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];
/** CT_Workbook children after bookViews. */
const AFTER_BOOK_VIEWS = ['sheets', 'functionGroups', 'externalReferences', 'definedNames', 'calcPr', ...AFTER_CALC_PR];

/** Set `<calcPr fullCalcOnLoad="1"/>` (amend the element, or add it in schema order). */
export function setFullCalcOnLoad(xml: string): string {
  const root = rootElement(xml);
  const calc = childElements(xml, root).find((e) => e.name === 'calcPr');
  if (calc) return setAttribute(xml, calc, 'fullCalcOnLoad', '1');
  return insertChild(xml, root, prefixFragment('<calcPr fullCalcOnLoad="1"/>', prefixFor(root)), AFTER_CALC_PR);
}

/** Set the first workbookView's activeTab (0-based sheet index). */
export function setActiveTab(xml: string, index: number): string {
  const root = rootElement(xml);
  const views = childElements(xml, root).find((e) => e.name === 'bookViews');
  const pfx = prefixFor(root);
  if (!views) return insertChild(xml, root, prefixFragment(`<bookViews><workbookView activeTab="${index}"/></bookViews>`, pfx), AFTER_BOOK_VIEWS);
  const view = childElements(xml, views).find((e) => e.name === 'workbookView');
  if (!view) return insertChild(xml, views, prefixFragment(`<workbookView activeTab="${index}"/>`, pfx), []);
  let out = setAttribute(xml, view, 'activeTab', String(index));
  // A firstSheet after the active tab would scroll it out of the tab bar.
  const v2 = childElements(out, childElements(out, rootElement(out)).find((e) => e.name === 'bookViews')!).find((e) => e.name === 'workbookView')!;
  const first = /\sfirstSheet\s*=\s*["'](\d+)/.exec(out.slice(v2.start, v2.openEnd));
  if (first && Number(first[1]) > index) out = setAttribute(out, v2, 'firstSheet', String(index));
  return out;
}

/** Set `state` ('hidden' …) on the `<sheet>` at `index` (0-based) of `<sheets>`; no-op when absent. */
export function setSheetState(xml: string, index: number, state: 'hidden' | 'veryHidden'): string {
  const root = rootElement(xml);
  const sheets = childElements(xml, root).find((e) => e.name === 'sheets');
  const el = sheets ? childElements(xml, sheets).filter((e) => e.name === 'sheet')[index] : undefined;
  return el ? setAttribute(xml, el, 'state', state) : xml;
}

/** The first workbookView's activeTab (0 when absent). */
export function activeTabOf(xml: string): number {
  const root = rootElement(xml);
  const views = childElements(xml, root).find((e) => e.name === 'bookViews');
  const view = views ? childElements(xml, views).find((e) => e.name === 'workbookView') : undefined;
  const m = view ? /\sactiveTab\s*=\s*["'](\d+)/.exec(xml.slice(view.start, view.openEnd)) : null;
  return m ? Number(m[1]) : 0;
}

/** Append `<sheet name sheetId r:id>` to `<sheets>`. */
export function addSheetEntry(xml: string, name: string, sheetId: number, relId: string): string {
  const root = rootElement(xml);
  const pfx = prefixFor(root);
  const relPfx = prefixForNamespace(xml, root, NS_REL);
  const idAttr = relPfx ? `${relPfx}id="${escapeXml(relId)}"` : `xmlns:r="${NS_REL}" r:id="${escapeXml(relId)}"`;
  const el = prefixFragment(`<sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${idAttr}/>`, pfx);
  const sheets = childElements(xml, root).find((e) => e.name === 'sheets');
  if (!sheets) return insertChild(xml, root, prefixFragment(`<sheets>`, pfx) + el + `</${pfx}sheets>`, ['functionGroups', 'externalReferences', 'definedNames', 'calcPr', ...AFTER_CALC_PR]);
  return insertChild(xml, sheets, el, []);
}

const PRINT_NAMES = ['_xlnm.Print_Area', '_xlnm.Print_Titles'];

/** 'Sheet1' stays bare; anything else is quoted ('自评报告', 'A B'), quotes doubled. */
function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * Set the sheet's print area and print titles (the workbook-level defined names
 * `_xlnm.Print_Area` / `_xlnm.Print_Titles` with `localSheetId` = the sheet's 0-based position,
 * ECMA-376 Part 1 §18.2.5, §18.2.6): earlier ones of that sheet are replaced, all other names kept.
 * `area` like '$A$1:$I$29', `titleRows` like '$1:$2'; undefined leaves that name out.
 */
export function setPrintNames(xml: string, sheetIndex: number, sheetName: string, area: string | undefined, titleRows: string | undefined): string {
  const root = rootElement(xml);
  const pfx = prefixFor(root);
  let defined = childElements(xml, root).find((e) => e.name === 'definedNames');
  let out = xml;
  if (defined) {
    // Remove this sheet's print names (from the end, so earlier offsets stay valid).
    const stale = childElements(out, defined).filter((e) => {
      if (e.name !== 'definedName') return false;
      const open = out.slice(e.start, e.openEnd);
      const name = /\sname\s*=\s*["']([^"']*)["']/.exec(open)?.[1];
      const local = /\slocalSheetId\s*=\s*["'](\d+)["']/.exec(open)?.[1];
      return name !== undefined && PRINT_NAMES.includes(name) && local !== undefined && Number(local) === sheetIndex;
    });
    for (const e of stale.reverse()) out = out.slice(0, e.start) + out.slice(e.end);
  }
  const ref = sheetRef(sheetName);
  const names =
    (area ? `<definedName name="_xlnm.Print_Area" localSheetId="${sheetIndex}">${escapeXml(`${ref}!${area}`)}</definedName>` : '') +
    (titleRows ? `<definedName name="_xlnm.Print_Titles" localSheetId="${sheetIndex}">${escapeXml(`${ref}!${titleRows}`)}</definedName>` : '');
  if (!names) return out;
  const r2 = rootElement(out);
  defined = childElements(out, r2).find((e) => e.name === 'definedNames');
  if (defined) return insertChild(out, defined, prefixFragment(names, pfx), []);
  return insertChild(out, r2, prefixFragment(`<definedNames>${names}</definedNames>`, pfx), ['calcPr', ...AFTER_CALC_PR]);
}
