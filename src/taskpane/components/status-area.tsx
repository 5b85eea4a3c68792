import { Button, Field, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar, tokens } from '@fluentui/react-components';
import type { ShownError } from '../errors';
import { PANE } from '../phrases';

export interface StatusAreaProps {
  /** The running step, e.g. 正在读取工作簿…; undefined when idle. */
  readonly busy: string | undefined;
  readonly error: ShownError | undefined;
  readonly notice: string | undefined;
  onDismissError(): void;
  onDismissNotice(): void;
}

const useStyles = makeStyles({
  area: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalS },
  cause: { display: 'block', fontSize: tokens.fontSizeBase200, wordBreak: 'break-word' },
});

export function StatusArea(p: StatusAreaProps) {
  const s = useStyles();
  return (
    <div className={s.area} aria-live="polite">
      {p.busy ? (
        <Field validationMessage={p.busy} validationState="none" data-testid="progress">
          <ProgressBar />
        </Field>
      ) : null}
      {p.error ? (
        <MessageBar intent="error" layout="multiline" data-testid="error">
          <MessageBarBody>
            <MessageBarTitle>{p.error.title}</MessageBarTitle>
            {p.error.causes.map((c, i) => (
              <span key={i} className={s.cause}>{PANE.errors.cause(c)}</span>
            ))}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={p.onDismissError}>{PANE.buttons.close}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {p.notice ? (
        <MessageBar intent="success" layout="multiline" data-testid="notice">
          <MessageBarBody>{p.notice}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={p.onDismissNotice}>{PANE.buttons.close}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
    </div>
  );
}
