import type { SheetLayout } from '../grid/layout';

/** PLACEHOLDER (being written): the template sheets of docs/TEMPLATE.md. */
export function templateLayouts(): SheetLayout[] {
  return [];
}
