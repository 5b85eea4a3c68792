/**
 * The controls of wps/ribbon.xml and the callbacks they name. The ribbon and this table must
 * agree; test/wps/ribbon.test.ts parses ribbon.xml and checks both ways.
 */
import type { PaneAction } from '../hosts/wps/task-pane';

/** Callback names used in ribbon.xml (onLoad, onAction, getImage). */
export const RIBBON_CALLBACKS = ['OnAddinLoad', 'OnAction', 'GetImage', 'OnGetEnabled'] as const;
export type RibbonCallbackName = (typeof RIBBON_CALLBACKS)[number];

/** Button id → what it does: toggle the pane, or open it for one action. */
export const RIBBON_BUTTONS: Readonly<Record<string, { readonly action?: PaneAction; readonly image: string }>> = {
  btnJixiaoPane: { image: 'images/pane.svg' },
  btnJixiaoTemplate: { action: 'template', image: 'images/template.svg' },
  btnJixiaoRecompute: { action: 'recompute', image: 'images/recompute.svg' },
  btnJixiaoCheck: { action: 'check', image: 'images/check.svg' },
  btnJixiaoReport: { action: 'report', image: 'images/report.svg' },
};
