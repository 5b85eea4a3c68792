/**
 * Every dialog of the pane (重新计算 preview, confirmations, 插入模板, 起草偏差原因): a modal
 * dialog that keeps the keyboard inside it and gives it back where it came from.
 *
 * Fluent's Dialog leans on tabster's modalizer, which in this pane (React 19, StrictMode, a task
 * pane web view) let Tab walk to the buttons behind the dialog, ignored Esc and set aria-hidden on
 * the open dialog itself. This one is plain and deterministic:
 * - role="dialog", aria-modal, labelled by its title, described by its body; never aria-hidden;
 * - on open, focus goes to the first control (or the one marked data-autofocus);
 * - Tab from the last control goes to the first, Shift+Tab from the first to the last (handled
 *   before tabster sees the key: see onKeyDownCapture);
 * - Esc closes (as 取消); a click on the backdrop does nothing (no accidental dismissal);
 * - on close, focus returns to the element that opened it (the pane's action buttons stay
 *   focusable while busy, so it is still there), else to the first action of the pane;
 * - the title and the action buttons stay in view: only the body scrolls (a 320 px pane with a
 *   long list keeps 应用/取消 on screen).
 */
import { useEffect, useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { makeStyles, mergeClasses, shorthands, tokens, useThemeClassName, useUncontrolledFocus } from '@fluentui/react-components';

export interface PaneDialogProps {
  readonly open: boolean;
  readonly title: string;
  onDismiss(): void;
  readonly children: ReactNode;
  /** The action buttons (kept in view under the scrolling body). */
  readonly actions: ReactNode;
  readonly testId?: string;
  /** Where focus goes back on close (default: what had focus when the dialog opened). */
  readonly returnFocus?: () => HTMLElement | null | undefined;
}

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

const useStyles = makeStyles({
  backdrop: {
    position: 'fixed',
    inset: 0,
    backgroundColor: 'rgba(0, 0, 0, 0.4)',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    zIndex: 1000,
  },
  surface: {
    display: 'flex',
    flexDirection: 'column',
    boxSizing: 'border-box',
    width: 'min(560px, calc(100vw - 16px))',
    maxHeight: 'calc(100vh - 16px)',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    ...shorthands.borderRadius(tokens.borderRadiusXLarge),
    boxShadow: tokens.shadow64,
    ...shorthands.padding(tokens.spacingVerticalL, tokens.spacingHorizontalL),
    gap: tokens.spacingVerticalS,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase400 },
  body: { overflowY: 'auto', minHeight: 0, flexShrink: 1 },
  actions: { display: 'flex', flexWrap: 'wrap', justifyContent: 'flex-end', gap: tokens.spacingHorizontalS, flexShrink: 0, paddingTop: tokens.spacingVerticalS },
});

function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((e) => e.getAttribute('aria-hidden') !== 'true' && e.offsetParent !== null);
}

/** Focus `el` once it can take focus (a button disabled while the pane is busy), for up to 3 s. */
export function focusWhenReady(el: HTMLElement | null | undefined, fallback?: () => HTMLElement | null | undefined): void {
  const started = Date.now();
  const attempt = () => {
    const target = el && el.isConnected ? el : fallback?.();
    if (!target) return;
    if ((target as HTMLButtonElement).disabled) {
      if (Date.now() - started < 3000) setTimeout(attempt, 50);
      return;
    }
    // Another dialog took the focus meanwhile: leave it there.
    if (document.activeElement?.closest('[role="dialog"]')) return;
    target.focus();
  };
  attempt();
}

/** Open dialogs, the top one last: it owns Tab and Esc. */
const openDialogs: Array<{ readonly surface: () => HTMLElement | null; readonly dismiss: () => void }> = [];

/**
 * Tab and Esc while a dialog is open. Registered on window in the capture phase when this module
 * loads — before Fluent's tabster, which otherwise moves Tab itself (out of the dialog, through
 * its phantom "dummy" inputs) before any handler of ours runs.
 */
function onKeyDownCapture(e: KeyboardEvent): void {
  const top = openDialogs[openDialogs.length - 1];
  const root = top?.surface();
  if (!top || !root) return;
  if (e.key === 'Escape') {
    e.preventDefault();
    e.stopImmediatePropagation();
    top.dismiss();
    return;
  }
  if (e.key !== 'Tab' || e.altKey || e.ctrlKey || e.metaKey) return;
  e.preventDefault();
  e.stopImmediatePropagation();
  const list = focusables(root);
  if (list.length === 0) {
    root.focus();
    return;
  }
  const at = list.indexOf(document.activeElement as HTMLElement);
  const next = e.shiftKey ? (at <= 0 ? list.length - 1 : at - 1) : at === -1 || at === list.length - 1 ? 0 : at + 1;
  list[next].focus();
}
if (typeof window !== 'undefined') window.addEventListener('keydown', onKeyDownCapture, true);

export function PaneDialog(p: PaneDialogProps) {
  const s = useStyles();
  const titleId = useId();
  const bodyId = useId();
  const surface = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const dismiss = useRef(p.onDismiss);
  dismiss.current = p.onDismiss;
  const returnFocus = useRef(p.returnFocus);
  returnFocus.current = p.returnFocus;
  // Inside the dialog the keyboard is ours, not tabster's.
  const uncontrolled = useUncontrolledFocus();

  useLayoutEffect(() => {
    if (!p.open) return undefined;
    const active = document.activeElement;
    opener.current = returnFocus.current?.() ?? (active instanceof HTMLElement && active !== document.body ? active : null);
    const root = surface.current;
    if (root) {
      const first = root.querySelector<HTMLElement>('[data-autofocus]') ?? focusables(root)[0] ?? root;
      first.focus();
    }
    return () => {
      const back = opener.current;
      opener.current = null;
      focusWhenReady(back, () => document.querySelector<HTMLElement>('[role="toolbar"] button'));
    };
  }, [p.open]);

  useLayoutEffect(() => {
    if (!p.open) return undefined;
    const entry = { surface: () => surface.current, dismiss: () => dismiss.current() };
    openDialogs.push(entry);
    return () => {
      const i = openDialogs.indexOf(entry);
      if (i >= 0) openDialogs.splice(i, 1);
    };
  }, [p.open]);

  useEffect(() => {
    if (!p.open) return undefined;
    // Focus that leaves the dialog (a click elsewhere, a script) is brought back.
    const onFocusIn = (e: FocusEvent) => {
      const root = surface.current;
      if (root && e.target instanceof Node && !root.contains(e.target)) (focusables(root)[0] ?? root).focus();
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, [p.open]);

  // Portaled to <body>, outside FluentProvider's element: carry its theme class so the tokens
  // (CSS variables: surface background, shadow, fonts) resolve — else the surface is transparent.
  const themeClass = useThemeClassName();
  if (!p.open) return null;
  return createPortal(
    <div className={mergeClasses(themeClass, s.backdrop)} data-testid="dialog-backdrop">
      <div
        ref={surface}
        className={s.surface}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        tabIndex={-1}
        data-testid={p.testId}
        {...uncontrolled}
      >
        <h2 id={titleId} className={s.title}>{p.title}</h2>
        <div id={bodyId} className={s.body}>{p.children}</div>
        <div className={s.actions}>{p.actions}</div>
      </div>
    </div>,
    document.body,
  );
}
