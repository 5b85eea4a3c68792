/** The Excel adapter, over the strict Office.js fake, against the host port's contract. */
import { createExcelHost } from '../../../src/hosts/excel';
import { HostError } from '../../../src/hosts/ports';
import { FakeExcel } from '../excel/fake-excel';
import { describeWorkbookHost } from './workbook-host-contract';

describeWorkbookHost(
  'Excel host (Office.js fake)',
  async (sheets) => {
    const x = new FakeExcel();
    for (const s of sheets) x.addSheet(s.name, s.rows.map((r) => r.map((c) => (c !== null && typeof c === 'object' ? { v: c.value, fmt: c.numFmt } : c))));
    x.activeSheet = sheets[0].name;
    return {
      host: createExcelHost(x.environment()),
      probe: {
        hidden: (name) => x.sheetNamed(name)?.visibility !== 'Visible',
        activeSheet: () => x.activeSheet,
        selection: () => x.selection,
      },
    };
  },
  { planError: HostError, marker: true, textFormat: true },
);
