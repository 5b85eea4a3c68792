/**
 * Request/response size accounting. Excel on the web rejects a request or response over 5 MB
 * (RequestPayloadSizeLimitExceeded); the adapter syncs once per ~4 MB of estimated payload, which
 * is the only way its round trips grow with the table — never one per row or cell.
 */
export const PAYLOAD_BUDGET_BYTES = 4 * 1024 * 1024;

/**
 * Estimated response bytes per cell read (values + formulas + numberFormat as JSON: a number or
 * short text ~10 B each, 'General' ~10 B, separators). Long texts are rarer than numbers.
 */
export const READ_BYTES_PER_CELL = 40;

/** Fixed overhead per queued operation (object path, method name, ids) in the request JSON. */
export const OP_OVERHEAD_BYTES = 120;

const encoder = new TextEncoder();

/** UTF-8 length of the JSON of a value (what travels in the request). */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

/** Counts bytes queued in the current batch; `flushIfOver` syncs when the next op would pass the budget. */
export class PayloadMeter {
  private queued = 0;
  constructor(private readonly budget = PAYLOAD_BUDGET_BYTES) {}
  /** True when adding `bytes` would exceed the budget (and something is already queued). */
  wouldOverflow(bytes: number): boolean {
    return this.queued > 0 && this.queued + bytes > this.budget;
  }
  add(bytes: number): void {
    this.queued += bytes;
  }
  reset(): void {
    this.queued = 0;
  }
}
