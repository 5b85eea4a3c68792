/**
 * The JavaScript raw-DEFLATE codec (fflate) for hosts that supply none (the task pane in a
 * browser, tests). zip.ts requires this module on first use only, so the CLI — which passes
 * Node's zlib — never loads fflate (≈ 5 ms and 7 MiB). Named imports keep webpack's tree shaking:
 * the pane's bundle gets fflate's streaming Inflate and deflateSync, not its worker-based API.
 */
import { Inflate, deflateSync } from 'fflate';

export { Inflate, deflateSync };
