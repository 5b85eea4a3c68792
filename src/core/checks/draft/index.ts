/** The draft rules (R01–R03): declared here, evaluated over a report's text in src/report (checkDraft). */
import { R01 } from './r01-text-figure-mismatch';
import { R02 } from './r02-heading-numbering';
import { R03 } from './r03-count-mismatch';

export const DRAFT_RULES = [R01, R02, R03] as const;
