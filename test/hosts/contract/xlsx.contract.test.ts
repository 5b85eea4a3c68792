/**
 * The .xlsx host (the CLI's) against the host port's contract. The starting file is authored
 * with exceljs (test input only); what the port cannot show is read from the package's XML:
 * `state="hidden"` and `activeTab` in workbook.xml, the active cell of the sheet's selection.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { XlsxWorkbookHost } from '../../../src/hosts/xlsx/host';
import { XlsxMisuseError } from '../../../src/hosts/xlsx/errors';
import { toBytes } from '../xlsx/helpers';
import { describeWorkbookHost, type ContractSheet } from './workbook-host-contract';

async function authored(sheets: readonly ContractSheet[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((r, i) =>
      r.forEach((c, j) => {
        if (c === null) return;
        const target = ws.getCell(i + 1, j + 1);
        if (typeof c === 'object') {
          target.value = c.value;
          target.numFmt = c.numFmt;
        } else target.value = c;
      }),
    );
  }
  return toBytes(wb);
}

/** The package as the host would save it: workbook.xml's sheets and each sheet's XML by name. */
function packageState(host: XlsxWorkbookHost) {
  const files = unzipSync(host.toBytes());
  const text = (n: string) => strFromU8(files[n]);
  const wbXml = text('xl/workbook.xml');
  const rels = text('xl/_rels/workbook.xml.rels');
  const sheets = [...wbXml.matchAll(/<sheet\b[^>]*\/>/g)].map((m) => {
    const tag = m[0];
    const relId = /r:id="([^"]+)"/.exec(tag)![1];
    const rel = new RegExp(`<Relationship\\b[^>]*Id="${relId}"[^>]*/>`).exec(rels)![0];
    const target = /Target="([^"]+)"/.exec(rel)![1].replace(/^\/?(xl\/)?/, 'xl/');
    return { name: /name="([^"]+)"/.exec(tag)![1], hidden: /state="(hidden|veryHidden)"/.test(tag), xml: text(target) };
  });
  const activeTab = Number(/activeTab="(\d+)"/.exec(wbXml)?.[1] ?? 0);
  return { sheets, active: sheets[activeTab] };
}

describeWorkbookHost(
  'xlsx host (package)',
  async (sheets) => {
    const host = XlsxWorkbookHost.open(await authored(sheets));
    return {
      host,
      probe: {
        hidden: (name) => packageState(host).sheets.find((s) => s.name === name)?.hidden ?? false,
        activeSheet: () => packageState(host).active?.name,
        selection: () => {
          const active = packageState(host).active;
          const cell = active && /<selection\b[^>]*activeCell="([A-Z]+\d+)"/.exec(active.xml)?.[1];
          return active && cell ? { sheet: active.name, address: cell } : undefined;
        },
      },
    };
  },
  { planError: XlsxMisuseError, marker: false },
);
