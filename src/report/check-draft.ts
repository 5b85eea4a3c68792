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

/**
 * R01 needs a table to hold the text's figures against: with no 自评表 recognised (a cover letter,
 * a report whose tables are pictures) every figure would be an info "未能对应", a list of the
 * text's numbers rather than a finding, so R01 does not run; R02 and R03 read the text alone.
 */
export function checkDraft(draft: DraftDocument, analysis: Analysis): Finding[] {
  const figures = analysis.recognised.tables.length > 0 ? checkFigures(draft, tableFacts(analysis)) : [];
  const findings = [...figures, ...checkHeadings(draft), ...checkCounts(draft)];
  return sortFindings(findings);
}
