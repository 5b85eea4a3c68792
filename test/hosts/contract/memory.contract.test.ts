/** The in-memory host (tests, the pane's browser preview) against the host port's contract. */
import { createMemoryHost } from '../../../src/hosts/memory';
import { HostError } from '../../../src/hosts/ports';
import { sheetFromValues, type Cell } from '../../../src/core/grid/types';
import { describeWorkbookHost, type ContractCell } from './workbook-host-contract';

const toCell = (c: ContractCell): Cell => (c !== null && typeof c === 'object' ? { value: c.value, numFmt: c.numFmt } : { value: c });

describeWorkbookHost(
  'memory host',
  async (sheets) => {
    const host = createMemoryHost({ sheets: sheets.map((s) => sheetFromValues(s.name, s.rows.map((r) => r.map(toCell)))) });
    return {
      host,
      probe: {
        hidden: (name) => host.view().hiddenSheets.has(name),
        activeSheet: () => host.view().activeSheet,
        selection: () => host.view().selection,
      },
    };
  },
  { planError: HostError, marker: true, textFormat: true },
);
