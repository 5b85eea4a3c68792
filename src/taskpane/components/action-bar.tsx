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
  onClearMarks(): void;
  onDraftReasons(): void;
  onUndo(): void;
}

/**
 * The pane's actions, kept at the top while the findings scroll (a 320 px pane with a long list).
 * Buttons stay focusable while an action runs (aria-disabled, not disabled): focus stays on the
 * button that was clicked, and a dialog it opens gives the focus back to it.
 */
const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalS,
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

export function ActionBar(p: ActionBarProps) {
  const s = useStyles();
  const b = PANE.buttons;
  return (
    <div className={s.bar} role="toolbar" aria-label={PANE.appTitle} data-testid="action-bar">
      <Button appearance="primary" disabledFocusable={p.busy} onClick={p.onCheck}>{b.check}</Button>
      <Button disabledFocusable={p.busy} onClick={p.onRecompute}>{b.recompute}</Button>
      <Button disabledFocusable={p.busy || !p.canUndo} onClick={p.onUndo}>{b.undo}</Button>
      <Button disabledFocusable={p.busy} onClick={p.onDraftReasons}>{b.draftReasons}</Button>
      <Button disabledFocusable={p.busy} onClick={p.onInsertTemplate}>{b.insertTemplate}</Button>
      <Button disabledFocusable={p.busy} onClick={p.onReport}>{b.report}</Button>
      <Button disabledFocusable={p.busy || !p.canMark} onClick={p.onMark}>{b.mark}</Button>
      <Button disabledFocusable={p.busy} onClick={p.onClearMarks}>{b.clearMarks}</Button>
    </div>
  );
}
