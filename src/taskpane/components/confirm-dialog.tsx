import { Button } from '@fluentui/react-components';
import { PANE } from '../phrases';
import { PaneDialog } from './pane-dialog';

export interface ConfirmDialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly body: string;
  readonly confirmLabel: string;
  readonly testId?: string;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmDialog(p: ConfirmDialogProps) {
  return (
    <PaneDialog
      open={p.open}
      title={p.title}
      onDismiss={p.onCancel}
      testId={p.testId ?? 'confirm-dialog'}
      actions={
        <>
          <Button appearance="primary" onClick={p.onConfirm} data-testid="confirm">{p.confirmLabel}</Button>
          <Button appearance="secondary" onClick={p.onCancel} data-testid="confirm-cancel">{PANE.buttons.cancel}</Button>
        </>
      }
    >
      <p>{p.body}</p>
    </PaneDialog>
  );
}
