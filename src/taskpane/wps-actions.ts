/**
 * WPS only: the ribbon's action buttons reaching the pane, and the pane's 收起 button.
 *
 * The ribbon buttons 插入模板 / 重新计算 / 检查 / 生成报告 run on the add-in's entry page, not in
 * the pane: they leave their action in PluginStorage and show the pane (src/hosts/wps
 * showTaskPane). The pane takes that action (takePendingAction, which also clears it) when it
 * starts, when its window gains focus or becomes visible, and every `pollMs` while it is visible —
 * a ribbon click on a pane that is already showing may neither focus nor show it — and runs it as
 * its own button would: 重新计算 opens its preview and writes nothing until 应用; 插入模板 asks
 * before replacing sheets.
 *
 * An action is taken only while the pane is idle (`canRun`): one left during a running action
 * stays in PluginStorage until the next chance, never dropped.
 */

/** The actions a ribbon button can leave (src/hosts/wps PaneAction). */
export type PaneAction = 'template' | 'recompute' | 'check' | 'report';

export const PANE_ACTIONS: readonly PaneAction[] = ['template', 'recompute', 'check', 'report'];

/** How often a visible pane looks for a ribbon action (ms): one PluginStorage read. */
export const PENDING_POLL_MS = 1000;

/** What the pane does with ribbon actions (App supplies it). */
export interface ActionWatcher {
  /** Run the action as the pane's own button would. */
  run(action: PaneAction): void;
  /** False while an action is running: the ribbon's action then waits in PluginStorage. */
  canRun(): boolean;
  /** Reading PluginStorage failed (reported once until a read succeeds again). */
  onError(error: unknown): void;
}

/** Host-specific controls of the pane; only WPS has them. */
export interface HostPaneControls {
  /** Take a waiting action now and whenever one may have arrived; returns the function that stops watching. */
  watchActions(watcher: ActionWatcher): () => void;
  /** Hide the task pane (the 收起 button). */
  hide(): void;
}

/** The part of src/hosts/wps these controls use (typed structurally, like host-detect's WpsModule). */
export interface WpsPaneApi {
  takePendingAction(app: never): unknown;
  hideTaskPane(app: never): void;
}

type Listener = () => void;

interface EventSource {
  addEventListener(type: string, listener: Listener): void;
  removeEventListener(type: string, listener: Listener): void;
}

/** The window features the watcher uses: the pane's window, or a fake in tests. */
export interface WatchWindow extends EventSource {
  setInterval(handler: Listener, ms: number): unknown;
  clearInterval(id: never): void;
  readonly document?: Partial<EventSource> & { readonly visibilityState?: string };
}

export interface PaneControlDeps {
  /** The waiting action, cleared once read (undefined when none). */
  readonly take: () => unknown;
  readonly hide: () => void;
  readonly win?: WatchWindow;
  /** 0 turns polling off (focus and visibility still look). Default PENDING_POLL_MS. */
  readonly pollMs?: number;
}

export function isPaneAction(v: unknown): v is PaneAction {
  return typeof v === 'string' && (PANE_ACTIONS as readonly string[]).includes(v);
}

function isWatchWindow(v: unknown): v is WatchWindow {
  const w = v as Partial<WatchWindow> | null;
  return (
    typeof w === 'object' &&
    w !== null &&
    typeof w.addEventListener === 'function' &&
    typeof w.removeEventListener === 'function' &&
    typeof w.setInterval === 'function' &&
    typeof w.clearInterval === 'function'
  );
}

export function createPaneControls(deps: PaneControlDeps): HostPaneControls {
  return {
    hide: () => deps.hide(),
    watchActions(watcher) {
      let failing = false;
      const look = () => {
        if (!watcher.canRun()) return;
        let action: unknown;
        try {
          action = deps.take();
          failing = false;
        } catch (e) {
          if (!failing) watcher.onError(e);
          failing = true;
          return;
        }
        if (isPaneAction(action)) watcher.run(action);
      };
      const win = deps.win;
      const doc = win?.document;
      const visible = () => doc?.visibilityState !== 'hidden';
      const onVisibility = () => {
        if (visible()) look();
      };
      const onTick = () => {
        if (visible()) look();
      };
      win?.addEventListener('focus', look);
      doc?.addEventListener?.('visibilitychange', onVisibility);
      const pollMs = deps.pollMs ?? PENDING_POLL_MS;
      const timer = win && pollMs > 0 ? win.setInterval(onTick, pollMs) : undefined;
      look();
      return () => {
        win?.removeEventListener('focus', look);
        doc?.removeEventListener?.('visibilitychange', onVisibility);
        if (timer !== undefined) win?.clearInterval(timer as never);
      };
    },
  };
}

/**
 * The WPS pane's controls over its Application, or undefined when the WPS module lacks the
 * functions (an Excel-only build's stub).
 */
export function wpsPaneControls(wps: Partial<WpsPaneApi>, app: unknown, win: unknown, pollMs?: number): HostPaneControls | undefined {
  const { takePendingAction, hideTaskPane } = wps;
  if (typeof takePendingAction !== 'function' || typeof hideTaskPane !== 'function') return undefined;
  return createPaneControls({
    take: () => takePendingAction(app as never),
    hide: () => hideTaskPane(app as never),
    win: isWatchWindow(win) ? win : undefined,
    pollMs,
  });
}
