export { createMemoryHost } from './memory-host';
export type { MemoryHost, MemoryView, CellSelection } from './memory-host';
export type { CellMark, MarkResult } from '../ports';
