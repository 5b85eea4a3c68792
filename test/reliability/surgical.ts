/**
 * The surgical-write proof as one function: given a package before and after a write plan, list
 * every difference the guarantee does not allow (empty = surgical). Allowed: the worksheet parts
 * of the written sheets (only the written cells inside sheetData), sharedStrings, calcChain
 * (dropped — then its content-type override and workbook relationship go too), styles.xml (only
 * numFmts/xfs appended), workbook.xml (only calcPr). Every part must stay well-formed XML.
 */
import { SaxesParser } from 'saxes';
import { strFromU8 } from 'fflate';
import type { CellWrite } from '../../src/core/plan/write-plan';
import { cellsOf, changed, childrenOf, outsideSheetData, sheetParts, stylesRest, text, unzip, workbookWithoutCalcPr, type Entries } from './zip-diff';

export function wellFormedProblems(e: Entries): string[] {
  const out: string[] = [];
  for (const [name, data] of Object.entries(e)) {
    if (!/\.(xml|rels|vml)$/.test(name)) continue;
    const p = new SaxesParser({ xmlns: true });
    let problem: string | undefined;
    p.on('error', (err) => {
      problem ??= `${name}: ${err.message}`;
    });
    try {
      p.write(strFromU8(data)).close();
    } catch (err) {
      problem ??= `${name}: ${(err as Error).message}`;
    }
    if (problem) out.push(problem);
  }
  return out;
}

export interface SurgicalOptions {
  /** Sheets the user asked to create/replace (report, 检查结果): their parts may be new. */
  readonly newSheets?: readonly string[];
}

export function surgicalProblems(beforeBytes: Uint8Array, afterBytes: Uint8Array, writes: readonly CellWrite[], options: SurgicalOptions = {}): string[] {
  const a = unzip(beforeBytes);
  const b = unzip(afterBytes);
  const problems: string[] = [...wellFormedProblems(b)];
  const partsA = sheetParts(a);
  const partsB = sheetParts(b);
  const written = new Map<string, Set<string>>();
  for (const w of writes) {
    const part = partsA.get(w.sheet);
    if (!part) {
      problems.push(`write to unknown sheet ${w.sheet}`);
      continue;
    }
    if (!written.has(part)) written.set(part, new Set());
    written.get(part)!.add(w.address);
  }
  const newParts = new Set((options.newSheets ?? []).map((s) => partsB.get(s)).filter((p): p is string => !!p));
  const calcChainDropped = !!a['xl/calcChain.xml'] && !b['xl/calcChain.xml'];
  const structural = newParts.size > 0 || calcChainDropped;
  for (const name of changed(a, b)) {
    if (written.has(name)) {
      const xa = text(a, name);
      const xb = text(b, name);
      if (outsideSheetData(xa) !== outsideSheetData(xb)) problems.push(`${name}: changed outside sheetData`);
      const ca = cellsOf(xa);
      const cb = cellsOf(xb);
      const addresses = written.get(name)!;
      for (const ref of new Set([...ca.keys(), ...cb.keys()])) {
        if (addresses.has(ref)) continue;
        if (ca.get(ref) !== cb.get(ref)) problems.push(`${name}!${ref}: an unwritten cell changed (${ca.get(ref) ?? '—'} → ${cb.get(ref) ?? '—'})`);
      }
      for (const ref of addresses) if (!cb.has(ref)) problems.push(`${name}!${ref}: written cell missing`);
    } else if (newParts.has(name)) {
      // a sheet the user asked for
    } else if (name === 'xl/sharedStrings.xml' || name === 'xl/calcChain.xml') {
      if (name === 'xl/calcChain.xml' && b[name] && a[name]) problems.push('calcChain.xml changed instead of being dropped or left alone');
    } else if (name === 'xl/styles.xml') {
      const sa = text(a, name);
      const sb = text(b, name);
      // A recompute appends number formats and cell formats; a new (layout) sheet may also append fonts, fills, borders.
      const appendable = newParts.size > 0 ? ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs'] : ['numFmts', 'cellXfs'];
      if (stylesRest(sa, appendable) !== stylesRest(sb, appendable)) problems.push(`styles.xml changed outside ${appendable.join('/')}`);
      const fa = childrenOf(sa, 'numFmts');
      const fb = childrenOf(sb, 'numFmts');
      if (!fa.every((x) => fb.includes(x))) problems.push('styles.xml: an existing numFmt changed');
      for (const c of appendable.filter((x) => x !== 'numFmts')) {
        const xa = childrenOf(sa, c);
        const xb = childrenOf(sb, c);
        if (xb.length < xa.length || !xa.every((x, i) => xb[i] === x)) problems.push(`styles.xml: existing ${c} entries are not a prefix of the new ones`);
      }
    } else if (name === 'xl/workbook.xml') {
      const wa = workbookWithoutCalcPr(text(a, name));
      const wb = workbookWithoutCalcPr(text(b, name));
      // Besides calcPr, only <sheet> entries for the sheets asked for may be added.
      const added = (options.newSheets ?? []).map((n) => new RegExp(`<(?:\\w+:)?sheet\\b[^>]*name="${n}"[^>]*/>`));
      // …and the new sheets' own print area / print titles (defined names scoped to them).
      const esc = (n: string) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "(?:''|&apos;)");
      const printNames = (options.newSheets ?? []).map(
        (n) => new RegExp(`<(?:\\w+:)?definedName\\b[^>]*name="_xlnm\\.Print_(?:Area|Titles)"[^>]*>(?:'|&apos;)?${esc(n)}(?:'|&apos;)?![^<]*</(?:\\w+:)?definedName>`, 'g'),
      );
      const strip = (x: string) => {
        let y = [...added, ...printNames].reduce((acc, re) => acc.replace(re, ''), x);
        if (!/<(?:\w+:)?definedNames>/.test(wa)) y = y.replace(/<(?:\w+:)?definedNames><\/(?:\w+:)?definedNames>/, '');
        return y;
      };
      if (strip(wa) !== strip(wb)) problems.push('workbook.xml changed beyond calcPr and the <sheet> entries (and print names) of new sheets');
      if (added.some((re) => !re.test(wb))) problems.push('workbook.xml lacks a <sheet> entry for a new sheet');
    } else if ((name === '[Content_Types].xml' || name === 'xl/_rels/workbook.xml.rels' || name === 'docProps/app.xml') && structural) {
      // structural bookkeeping for a dropped calcChain or an added sheet
    } else {
      problems.push(`${name}: changed but must be byte-identical`);
    }
  }
  return problems;
}
