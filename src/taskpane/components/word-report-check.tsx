/**
 * 检查Word报告: a button opening the browser's file picker (.docx only). The chosen file's bytes
 * go to onFile; nothing is uploaded. While a Word report's findings are shown, a line names the
 * document and a button returns to the workbook's findings.
 */
import { useRef } from 'react';
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { WORD_PANE } from '../word-phrases';

export interface WordReportCheckProps {
  readonly busy: boolean;
  onFile(file: File): void;
}

const useStyles = makeStyles({
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', marginBottom: tokens.spacingVerticalS },
  hidden: { display: 'none' },
});

export function WordReportCheck(p: WordReportCheckProps) {
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className={s.bar}>
      <Button size="small" disabled={p.busy} title={WORD_PANE.buttonTitle} onClick={() => input.current?.click()} data-testid="check-word">
        {WORD_PANE.button}
      </Button>
      <input
        ref={input}
        className={s.hidden}
        type="file"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        data-testid="check-word-file"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = ''; // the same file picked again is checked again
          if (file) p.onFile(file);
        }}
      />
    </div>
  );
}

export interface WordReportBannerProps {
  readonly fileName: string;
  /** The 自评表 recognised in the report. */
  readonly tables: number;
  onClose(): void;
}

export function WordReportBanner(p: WordReportBannerProps) {
  const s = useStyles();
  return (
    <div className={s.bar} data-testid="word-report-banner">
      <Caption1>{p.tables > 0 ? WORD_PANE.showing(p.fileName, p.tables) : WORD_PANE.noTable(p.fileName)}</Caption1>
      <Button size="small" appearance="subtle" onClick={p.onClose} data-testid="word-report-close">
        {WORD_PANE.close}
      </Button>
    </div>
  );
}
