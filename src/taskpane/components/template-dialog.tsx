/**
 * 插入模板 on a workbook that already has a 自评表 or template sheets (issue 12 point 9): offer
 * 补充缺少的工作表 — add only the sheets the workbook lacks, never touching an existing table —
 * before the destructive 全部替换. Shown only when something exists; an empty workbook gets the
 * template at once.
 */
import { Button } from '@fluentui/react-components';
import { PaneDialog } from './pane-dialog';
import type { TemplatePlan } from '../operations';
import { PANE } from '../phrases';
import { TEMPLATE_DIALOG } from './template-dialog-phrases';

export interface TemplateDialogProps {
  /** undefined: closed. */
  readonly plan: TemplatePlan | undefined;
  onAddMissing(names: readonly string[]): void;
  onReplaceAll(): void;
  onCancel(): void;
}

export function TemplateDialog({ plan, onAddMissing, onReplaceAll, onCancel }: TemplateDialogProps) {
  const missing = plan?.missing ?? [];
  return (
    <PaneDialog
      open={plan !== undefined}
      title={TEMPLATE_DIALOG.title(plan?.hasTable ?? false)}
      onDismiss={onCancel}
      testId="template-dialog"
      actions={
        <>
          {missing.length > 0 ? (
            <Button appearance="primary" onClick={() => onAddMissing(missing)} data-testid="template-add-missing">
              {TEMPLATE_DIALOG.addMissing}
            </Button>
          ) : null}
          {plan && plan.existing.length > 0 ? (
            <Button appearance="secondary" onClick={onReplaceAll} data-testid="confirm">
              {TEMPLATE_DIALOG.replaceAll}
            </Button>
          ) : null}
          <Button appearance="secondary" onClick={onCancel} data-testid="template-cancel">
            {PANE.buttons.cancel}
          </Button>
        </>
      }
    >
      <div data-testid="template-dialog-body">
        <p>{TEMPLATE_DIALOG.existing(plan?.existing ?? [], plan?.hasTable ?? false)}</p>
        <p>{missing.length > 0 ? TEMPLATE_DIALOG.missing(missing) : TEMPLATE_DIALOG.nothingMissing}</p>
        {plan && plan.existing.length > 0 ? <p>{TEMPLATE_DIALOG.replaceWarning(plan.existing)}</p> : null}
      </div>
    </PaneDialog>
  );
}
