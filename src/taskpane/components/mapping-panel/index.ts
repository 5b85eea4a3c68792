export { MappingPanel } from './mapping-panel';
export type { MappingPanelProps } from './mapping-panel';
export { MAPPING_PANE } from './phrases';
export { addableSheetNames, withAddedTable } from './add-table';
export { AddTableForm } from './add-table-form';
export type { AddTableFormProps } from './add-table-form';
export type { ConfidenceLevel } from './phrases';
export {
  blockRange,
  confidenceLevel,
  confirmedMapping,
  draftOf,
  draftProblems,
  duplicateRoles,
  isLowConfidence,
  parseRangeText,
  withRangeText,
  withRole,
} from './draft';
export type { DraftTable, MappingDraft, RecognisedTables } from './draft';
