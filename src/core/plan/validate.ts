/**
 * The write-plan checks every host runs before it writes anything (the host port's contract,
 * src/hosts/ports.ts): each write names an existing sheet, its A1 address agrees with its row
 * and column and lies inside a worksheet, its value is a finite number or text. And the one
 * formula-text guard: text starting with = + - @ is written as text, never a formula.
 *
 * Core returns the problems; each host turns the first one into its own error (HostError in the
 * pane's hosts, XlsxMisuseError in the xlsx package), so messages stay the host's.
 */
import { fromA1 } from '../grid/a1';
import type { CellWrite } from './write-plan';

/** A worksheet's size in Excel, WPS 表格 and OOXML: 1,048,576 rows × 16,384 columns (A–XFD). */
export const MAX_SHEET_ROWS = 1048576;
export const MAX_SHEET_COLUMNS = 16384;

export type WritePlanProblemKind = 'unknownSheet' | 'badAddress' | 'badValue';

export interface WritePlanProblem {
  readonly kind: WritePlanProblemKind;
  /** The write's position in the plan. */
  readonly index: number;
  readonly write: CellWrite;
  /** badAddress: the parse error when the address is not A1 at all. */
  readonly cause?: unknown;
}

export interface WritePlanContext {
  /**
   * Whether the workbook has a sheet of this name, as the host resolves names. Omitted: sheets
   * are not checked (a host that must ask its application first checks them in a second call).
   */
  readonly sheetExists?: (name: string) => boolean;
}

/**
 * Every problem of the plan, in plan order, at most one per write (the first of: unknown sheet,
 * bad address, bad value). Empty: the plan may be written. Pure; reads nothing but the plan.
 */
export function validateWritePlan(writes: readonly CellWrite[], context: WritePlanContext = {}): WritePlanProblem[] {
  const problems: WritePlanProblem[] = [];
  const known = new Map<string, boolean>();
  const exists = context.sheetExists;
  writes.forEach((write, index) => {
    if (exists) {
      let ok = known.get(write.sheet);
      if (ok === undefined) {
        ok = exists(write.sheet);
        known.set(write.sheet, ok);
      }
      if (!ok) {
        problems.push({ kind: 'unknownSheet', index, write });
        return;
      }
    }
    const address = addressProblem(write);
    if (address) {
      problems.push({ kind: 'badAddress', index, write, ...(address.cause !== undefined ? { cause: address.cause } : {}) });
      return;
    }
    if (!isWritableValue(write.value)) problems.push({ kind: 'badValue', index, write });
  });
  return problems;
}

/** The first problem of the plan, or undefined (what a host that throws at once needs). */
export function firstWritePlanProblem(writes: readonly CellWrite[], context: WritePlanContext = {}): WritePlanProblem | undefined {
  return validateWritePlan(writes, context)[0];
}

function addressProblem(w: CellWrite): { cause?: unknown } | undefined {
  let pos: { row: number; col: number };
  try {
    pos = fromA1(w.address);
  } catch (cause) {
    return { cause };
  }
  if (pos.row !== w.row || pos.col !== w.col) return {};
  if (pos.row < 0 || pos.col < 0 || pos.row >= MAX_SHEET_ROWS || pos.col >= MAX_SHEET_COLUMNS) return {};
  return undefined;
}

/** A finite number or a string (a plan never writes booleans, errors, NaN or ±Infinity). */
function isWritableValue(value: unknown): boolean {
  return typeof value === 'number' ? Number.isFinite(value) : typeof value === 'string';
}

/**
 * The formula-text guard: true for text an office host would read as a formula (or a signed
 * formula) if assigned raw — text starting with = + - @. Hosts write such text as text (Excel and
 * the memory host with the text format '@', WPS with the apostrophe prefix, the .xlsx file as an
 * inline string), for write plans and for sheets written from a layout alike.
 */
export function isFormulaLikeText(value: unknown): boolean {
  return typeof value === 'string' && FORMULA_LEAD.test(value);
}

const FORMULA_LEAD = /^[=+\-@]/;
