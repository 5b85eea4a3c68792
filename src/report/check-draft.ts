/**
 * checkDraft: R01–R03 on a report staff wrote by hand, located by paragraph (RULES §4).
 */
import type { Analysis } from '../core/analyse';
import type { Finding } from '../core/findings';
import { sortFindings } from '../core/findings';
import type { DraftDocument } from './draft-read';
import { checkFigures } from './draft-figures';
import { checkHeadings } from './draft-headings';
import { checkCounts } from './draft-counts';
import { tableFacts } from './draft-facts';

export function checkDraft(draft: DraftDocument, analysis: Analysis): Finding[] {
  const findings = [...checkFigures(draft, tableFacts(analysis)), ...checkHeadings(draft), ...checkCounts(draft)];
  return sortFindings(findings);
}
