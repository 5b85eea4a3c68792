/**
 * The ribbon callbacks of the WPS add-in. WPS calls them by the names written in ribbon.xml
 * (onLoad="OnAddinLoad", onAction="OnAction", getImage="GetImage", getEnabled="OnGetEnabled"),
 * on the add-in's entry page (index.html → main.js) [ET-TPL ribbon.js].
 */
import { getWpsApplication } from '../hosts/wps/detect';
import { showTaskPane, toggleTaskPane } from '../hosts/wps/task-pane';
import type { WpsApplication, WpsRibbonUI } from '../hosts/wps/types';
import { ENTRY_PHRASES } from './phrases';
import type { RibbonCallbackName } from './ribbon-ids';
import { RIBBON_BUTTONS } from './ribbon-ids';

/** What WPS passes to onAction/getImage: the control, with its ribbon.xml id. */
export interface RibbonControl {
  readonly Id: string;
}

export interface EntryEnvironment {
  /** The page's window (for window.Application / wps.EtApplication). */
  readonly win: unknown;
  /** The task pane page, absolute ('…/taskpane.html'). */
  readonly paneUrl: string;
  /** Shows a message to the user (window.alert in WPS, as the templates do). */
  readonly alert: (message: string) => void;
}

export type RibbonCallbacks = Readonly<Record<RibbonCallbackName, (control: never) => unknown>> & {
  OnAddinLoad(ribbonUI: WpsRibbonUI): boolean;
  OnAction(control: RibbonControl): boolean;
  GetImage(control: RibbonControl): string;
  OnGetEnabled(control: RibbonControl): boolean;
};

/** The task pane page next to the entry page: 'https://srv/jixiao/index.html' → 'https://srv/jixiao/taskpane.html'. */
export function paneUrlFrom(entryHref: string): string {
  const base = entryHref.split(/[?#]/)[0];
  return base.slice(0, base.lastIndexOf('/') + 1) + 'taskpane.html';
}

export function createRibbonCallbacks(env: EntryEnvironment): RibbonCallbacks {
  const app = (): WpsApplication | undefined => getWpsApplication(env.win);
  return {
    OnAddinLoad(ribbonUI: WpsRibbonUI): boolean {
      const a = app();
      if (a && typeof a.ribbonUI !== 'object') a.ribbonUI = ribbonUI;
      return true;
    },
    OnAction(control: RibbonControl): boolean {
      const button = RIBBON_BUTTONS[control.Id];
      if (!button) {
        env.alert(ENTRY_PHRASES.unknownButton(control.Id));
        return true;
      }
      const a = app();
      if (!a) {
        env.alert(ENTRY_PHRASES.notInWps);
        return true;
      }
      try {
        if (button.action) showTaskPane(a, env.paneUrl, button.action);
        else toggleTaskPane(a, env.paneUrl);
      } catch (cause) {
        env.alert(ENTRY_PHRASES.paneFailed(cause instanceof Error ? cause.message : String(cause)));
      }
      return true;
    },
    GetImage(control: RibbonControl): string {
      return RIBBON_BUTTONS[control.Id]?.image ?? 'images/pane.svg';
    },
    OnGetEnabled(): boolean {
      return true;
    },
  };
}
