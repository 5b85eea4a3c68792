/** Sheets for the WPS adapter tests, built on the fake object model. */
import type { FakeCellInit, FakeSheetInit, FakeValue } from './fake-wps';

const pct = (value: number): FakeCellInit => ({ value, numberFormat: '0.00%' });
const amt = (value: number): FakeCellInit => ({ value, numberFormat: '0.00' });

/**
 * A funds-like table of `n` body rows from row 3: A1:I1 merged title, row 2 headers, A3:A(n+2)
 * merged vertically (only A3 holds text), B label, C–E amounts '0.00', F weight '0.00', G rate
 * '0.00%', H reason left blank in every row, I share '0.00%'. Every body row has the same shape,
 * so the adapter's host-call count must not depend on n.
 */
export function bodyTable(n: number): FakeSheetInit {
  const rows: (FakeValue | FakeCellInit | undefined)[][] = [
    ['部门整体支出绩效自评表'],
    ['类别', '资金类别', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '原因', '占比'],
  ];
  for (let i = 0; i < n; i++) {
    rows.push([i === 0 ? '年度预算申请（万元）' : undefined, `资金${i + 1}`, amt(100 + i), amt(120 + i), amt(110 + i), amt(10), pct(0.9167), undefined, pct(0.5)]);
  }
  return { name: '自评表', rows, merges: ['A1:I1', `A3:A${n + 2}`] };
}
