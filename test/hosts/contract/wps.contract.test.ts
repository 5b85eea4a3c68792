/** The WPS 表格 adapter, over the strict ET object-model fake, against the host port's contract. */
import { createWpsHost } from '../../../src/hosts/wps';
import type { WpsApplication } from '../../../src/hosts/wps';
import { HostError } from '../../../src/hosts/ports';
import { FakeWpsApplication } from '../wps/fake-wps';
import { describeWorkbookHost } from './workbook-host-contract';

describeWorkbookHost(
  'WPS host (ET fake)',
  async (sheets) => {
    const fake = new FakeWpsApplication(
      sheets.map((s) => ({
        name: s.name,
        rows: s.rows.map((r) => r.map((c) => (c !== null && typeof c === 'object' ? { value: c.value, numberFormat: c.numFmt } : c))),
      })),
    );
    return {
      host: createWpsHost(fake as unknown as WpsApplication),
      probe: {
        // Worksheet.Visible: -1 xlSheetVisible, 0 xlSheetHidden, 2 xlSheetVeryHidden.
        hidden: (name) => fake.book.sheet(name).visibility !== -1,
        activeSheet: () => fake.book.activeSheet.name,
        selection: () => ({ sheet: fake.book.activeSheet.name, address: fake.book.activeSheet.selection }),
      },
    };
  },
  { planError: HostError, marker: true },
);
