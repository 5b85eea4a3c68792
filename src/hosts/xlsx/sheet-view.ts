/**
 * `<sheetViews>` edits for selectCell: the active cell/selection, tabSelected, and a top-left
 * cell that brings the selection into view (panes left alone when frozen).
 */
import { toA1 } from '../../core/grid/a1';
import { childElements, insertChild, prefixFor, prefixFragment, removeAttribute, rootElement, setAttribute, type ElementSpan } from './xml-edit';

/** CT_Worksheet children that follow sheetViews. */
const AFTER_SHEET_VIEWS = ['sheetFormatPr', 'cols', 'sheetData'];

function firstView(xml: string): { views?: ElementSpan; view?: ElementSpan } {
  const root = rootElement(xml);
  const views = childElements(xml, root).find((e) => e.name === 'sheetViews');
  const view = views ? childElements(xml, views).find((e) => e.name === 'sheetView') : undefined;
  return { views, view };
}

function attrOf(xml: string, el: ElementSpan, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(["'])([^"']*)\\1`).exec(xml.slice(el.start, el.openEnd));
  return m ? m[2] : undefined;
}

/** Make `address` (A1, 0-based row/col given) the active cell of the sheet's first view. */
export function selectInSheet(xml: string, row: number, col: number): string {
  const a1 = toA1(row, col);
  const root = rootElement(xml);
  const pfx = prefixFor(root);
  let { views, view } = firstView(xml);
  if (!views) {
    return insertChild(
      xml,
      root,
      prefixFragment(`<sheetViews><sheetView tabSelected="1" workbookViewId="0"><selection activeCell="${a1}" sqref="${a1}"/></sheetView></sheetViews>`, pfx),
      AFTER_SHEET_VIEWS,
    );
  }
  if (!view) {
    return insertChild(xml, views, prefixFragment(`<sheetView tabSelected="1" workbookViewId="0"><selection activeCell="${a1}" sqref="${a1}"/></sheetView>`, pfx), []);
  }
  xml = setAttribute(xml, view, 'tabSelected', '1');
  view = firstView(xml).view!;
  const kids = childElements(xml, view);
  const pane = kids.find((k) => k.name === 'pane');
  if (!pane) {
    xml = setAttribute(xml, view, 'topLeftCell', toA1(Math.max(0, row - 5), Math.max(0, col - 3)));
    view = firstView(xml).view!;
  }
  const activePane = pane ? attrOf(xml, pane, 'activePane') ?? 'topLeft' : 'topLeft';
  const sel = childElements(xml, view).find((k) => k.name === 'selection' && (attrOf(xml, k, 'pane') ?? 'topLeft') === activePane);
  if (!sel) {
    const paneAttr = pane ? ` pane="${activePane}"` : '';
    return insertChild(xml, view, prefixFragment(`<selection${paneAttr} activeCell="${a1}" sqref="${a1}"/>`, pfx), ['pivotSelection', 'extLst']);
  }
  const selStart = sel.start;
  const again = () => childElements(xml, firstView(xml).view!).find((k) => k.start === selStart)!;
  xml = setAttribute(xml, again(), 'activeCell', a1);
  xml = setAttribute(xml, again(), 'sqref', a1);
  xml = removeAttribute(xml, again(), 'activeCellId');
  return xml;
}

/** Clear tabSelected on the sheet's first view (another sheet becomes the selected tab). */
export function unselectTab(xml: string): string {
  const { view } = firstView(xml);
  if (!view) return xml;
  const v = attrOf(xml, view, 'tabSelected');
  return v === '1' || v === 'true' ? removeAttribute(xml, view, 'tabSelected') : xml;
}
