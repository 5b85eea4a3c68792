/**
 * Entry script of the WPS add-in (main.js, loaded by index.html, the wpsjs convention). WPS looks
 * the ribbon callbacks up as globals of this page, so they are put on `window`.
 */
import { createRibbonCallbacks, paneUrlFrom } from './callbacks';

const callbacks = createRibbonCallbacks({
  win: window,
  paneUrl: paneUrlFrom(window.location.href),
  alert: (message) => window.alert(message),
});

Object.assign(window as unknown as Record<string, unknown>, callbacks);
