/**
 * The 下载 Word 报告 button after 生成报告, and — where the host has a second way (an Office
 * dialog page on Windows/Mac, a browser download in WPS) — "没有出现保存提示？" with a button for it.
 * How each host delivers is decided in ../delivery (issue 12 point 11); this only shows it.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { DeliveryOutcome, DeliveryRoute } from '../delivery';
import { DELIVERY_PHRASES } from '../delivery/phrases';
import { PANE } from '../phrases';

export interface ReportDeliveryProps {
  readonly busy: boolean;
  /** The route the last delivery offered as an alternative (undefined: none, or not delivered yet). */
  readonly alternative?: DeliveryRoute;
  onDeliver(route?: DeliveryRoute): void;
}

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalS },
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

export function ReportDelivery({ busy, alternative, onDeliver }: ReportDeliveryProps) {
  const s = useStyles();
  return (
    <div className={s.row}>
      <Button size="small" disabledFocusable={busy} onClick={() => onDeliver()} data-testid="download-docx">
        {PANE.buttons.downloadDocx}
      </Button>
      {alternative ? (
        <>
          <span className={s.hint}>{DELIVERY_PHRASES.alternative}</span>
          <Button size="small" appearance="subtle" disabledFocusable={busy} onClick={() => onDeliver(alternative)} data-testid="download-alternative">
            {alternative === 'download' ? DELIVERY_PHRASES.alternativeDownload : DELIVERY_PHRASES.alternativeButton}
          </Button>
        </>
      ) : null}
    </div>
  );
}

export type { DeliveryOutcome };
