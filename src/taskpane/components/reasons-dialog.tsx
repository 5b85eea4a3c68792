/**
 * 起草偏差原因: the drafted reasons, shown for confirmation. Nothing is written until 写入草稿;
 * each draft begins with （草稿） and leaves the cause and the measure for the person to complete.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { ReasonDrafts } from '../operations';
import { PANE } from '../phrases';
import { PaneDialog } from './pane-dialog';

export interface ReasonsDialogProps {
  readonly drafts: ReasonDrafts | undefined;
  readonly busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  item: { padding: `${tokens.spacingVerticalXS} 0`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  name: { fontWeight: tokens.fontWeightSemibold },
  ref: { color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase100, marginLeft: tokens.spacingHorizontalXS },
  text: { whiteSpace: 'pre-wrap', wordBreak: 'break-word' },
});

export function ReasonsDialog(p: ReasonsDialogProps) {
  const s = useStyles();
  const list = p.drafts?.drafts ?? [];
  const r = PANE.reasons;
  return (
    <PaneDialog
      open={p.drafts !== undefined}
      title={list.length > 0 ? r.title(list.length) : r.titleNone}
      onDismiss={p.onCancel}
      testId="reasons-dialog"
      actions={
        <>
          {list.length > 0 ? (
            <Button appearance="primary" onClick={p.onConfirm} disabledFocusable={p.busy} data-testid="reasons-confirm">
              {PANE.buttons.writeDrafts}
            </Button>
          ) : null}
          <Button appearance="secondary" onClick={p.onCancel} data-testid="reasons-cancel">
            {list.length > 0 ? PANE.buttons.cancel : PANE.buttons.close}
          </Button>
        </>
      }
    >
      {list.length === 0 ? (
        <p>{r.none}</p>
      ) : (
        <>
          <p>{r.intro}</p>
          <ul className={s.list}>
            {list.map((d) => (
              <li key={`${d.sheet}!${d.address}`} className={s.item} data-testid="reason-draft" data-cell={`${d.sheet}!${d.address}`}>
                <div>
                  <span className={s.name}>{d.rowName}</span>
                  <span className={s.ref}>{`${d.sheet}!${d.address}`}</span>
                </div>
                <div className={s.text}>{d.value}</div>
              </li>
            ))}
          </ul>
        </>
      )}
    </PaneDialog>
  );
}
