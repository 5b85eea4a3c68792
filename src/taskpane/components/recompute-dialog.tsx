import { useEffect, useState } from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { RecomputePreview } from '../operations';
import { PANE } from '../phrases';

export interface RecomputeDialogProps {
  readonly preview: RecomputePreview | undefined;
  readonly busy: boolean;
  onApply(): void;
  onCancel(): void;
}

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  cell: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: `2px ${tokens.spacingHorizontalXS}`, textAlign: 'left' },
  scroll: { maxHeight: '50vh', overflowY: 'auto' },
  after: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * Rows listed at first and added per 「再显示」 click. A recompute of a large workbook can change
 * thousands of cells; rendering them all made the dialog open in ≈ 1 s (Fluent's focus trap walks
 * every row). 应用 always writes the whole plan, listed or not; the count says how many.
 */
export const CHANGES_PAGE = 200;

export function RecomputeDialog(p: RecomputeDialogProps) {
  const s = useStyles();
  const r = PANE.recompute;
  const changes = p.preview?.changes ?? [];
  const [shown, setShown] = useState(CHANGES_PAGE);
  useEffect(() => setShown(CHANGES_PAGE), [p.preview]);
  const listed = changes.length > shown ? changes.slice(0, shown) : changes;
  const rest = changes.length - listed.length;
  return (
    <Dialog open={p.preview !== undefined} onOpenChange={(_e, d) => (!d.open ? p.onCancel() : undefined)}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{r.title}</DialogTitle>
          <DialogContent>
            {changes.length === 0 ? (
              <p data-testid="recompute-none">{r.none}</p>
            ) : (
              <>
                <p>{r.count(changes.length)}</p>
                <div className={s.scroll}>
                  <table className={s.table} data-testid="recompute-changes">
                    <thead>
                      <tr>
                        <th className={s.cell}>{r.columns.cell}</th>
                        <th className={s.cell}>{r.columns.before}</th>
                        <th className={s.cell}>{r.columns.after}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {listed.map((c) => (
                        <tr key={`${c.sheet}!${c.address}`} data-testid="change" data-cell={`${c.sheet}!${c.address}`}>
                          <td className={s.cell}>{`${c.sheet}!${c.address}`}</td>
                          <td className={s.cell}>{c.before}</td>
                          <td className={`${s.cell} ${s.after}`}>{c.after}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                {rest > 0 ? (
                  <Button appearance="subtle" size="small" data-testid="recompute-more" onClick={() => setShown((n) => n + CHANGES_PAGE)}>
                    {r.more(Math.min(CHANGES_PAGE, rest), rest)}
                  </Button>
                ) : null}
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={p.onCancel} disabled={p.busy}>
              {changes.length === 0 ? PANE.buttons.close : PANE.buttons.cancel}
            </Button>
            {changes.length > 0 ? (
              <Button appearance="primary" onClick={p.onApply} disabled={p.busy} data-testid="apply">
                {PANE.buttons.apply}
              </Button>
            ) : null}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
