/**
 * Stand-in for an optional module not present in this checkout (webpack.config.js swaps it in):
 * any use throws, so the pane reports the missing part instead of failing to build.
 */
export function getWpsApplication(): undefined {
  return undefined;
}

function absent(): never {
  throw new Error('module not included in this build');
}

export const createWpsHost = absent;
export const reportSheetLayout = absent;
export const reportDocx = absent;
