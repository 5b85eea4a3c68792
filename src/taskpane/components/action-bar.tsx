import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { PANE } from '../phrases';

export interface ActionBarProps {
  readonly busy: boolean;
  readonly canUndo: boolean;
  readonly canMark: boolean;
  onInsertTemplate(): void;
  onRecompute(): void;
  onCheck(): void;
  onReport(): void;
  onMark(): void;
  onUndo(): void;
}

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalS },
});

export function ActionBar(p: ActionBarProps) {
  const s = useStyles();
  const b = PANE.buttons;
  return (
    <div className={s.bar} role="toolbar" aria-label={PANE.appTitle}>
      <Button appearance="primary" disabled={p.busy} onClick={p.onCheck}>{b.check}</Button>
      <Button disabled={p.busy} onClick={p.onRecompute}>{b.recompute}</Button>
      <Button disabled={p.busy || !p.canUndo} onClick={p.onUndo}>{b.undo}</Button>
      <Button disabled={p.busy} onClick={p.onInsertTemplate}>{b.insertTemplate}</Button>
      <Button disabled={p.busy} onClick={p.onReport}>{b.report}</Button>
      <Button disabled={p.busy || !p.canMark} onClick={p.onMark}>{b.mark}</Button>
    </div>
  );
}
