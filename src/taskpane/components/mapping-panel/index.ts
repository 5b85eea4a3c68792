export { MappingPanel } from './mapping-panel';
export type { MappingPanelProps } from './mapping-panel';
export { MAPPING_PANE } from './phrases';
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
