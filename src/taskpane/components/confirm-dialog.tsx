import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { PANE } from '../phrases';

export interface ConfirmDialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly body: string;
  readonly confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmDialog(p: ConfirmDialogProps) {
  return (
    <Dialog open={p.open} onOpenChange={(_e, d) => (!d.open ? p.onCancel() : undefined)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{p.title}</DialogTitle>
          <DialogContent>{p.body}</DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={p.onCancel}>{PANE.buttons.cancel}</Button>
            <Button appearance="primary" onClick={p.onConfirm} data-testid="confirm">{p.confirmLabel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
