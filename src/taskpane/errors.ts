/** Errors the pane shows: a Chinese title plus the chain of causes, never swallowed. */
import { PANE } from './phrases';

/** Misuse or a refused action of the pane itself (stale preview, missing module). */
export class PaneError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PaneError';
  }
}

export interface ShownError {
  readonly title: string;
  /** The causes, outermost first (Office.js messages are shown as given, often in English). */
  readonly causes: readonly string[];
}

function messageOf(e: unknown): string {
  if (e instanceof Error) {
    const code = (e as { code?: unknown }).code;
    return typeof code === 'string' && code !== '' && !e.message.includes(code) ? `${e.message}（${code}）` : e.message;
  }
  if (typeof e === 'string') return e;
  try {
    return JSON.stringify(e) ?? PANE.errors.unknown;
  } catch {
    return String(e);
  }
}

export function describeError(e: unknown, fallbackTitle: string = PANE.errors.titleDefault): ShownError {
  const title = e instanceof Error && (e.name === 'HostError' || e.name === 'PaneError') ? e.message : fallbackTitle;
  const causes: string[] = [];
  let cur: unknown = e instanceof Error && (e.name === 'HostError' || e.name === 'PaneError') ? e.cause : e;
  for (let depth = 0; cur !== undefined && cur !== null && depth < 5; depth++) {
    causes.push(messageOf(cur));
    cur = cur instanceof Error ? cur.cause : undefined;
  }
  return { title, causes };
}
