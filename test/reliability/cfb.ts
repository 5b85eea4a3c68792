/**
 * A minimal OLE Compound File holding the given stream names: what an encrypted .xlsx, an .xls or
 * a WPS .et is on disk. The one builder is scripts/bench-workbooks.js's (the bench's bad files use
 * it too); this gives it a type.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const { cfb } = require('../../scripts/bench-workbooks.js') as { cfb: (names: readonly string[]) => Uint8Array };
