/**
 * A worker thread of `check --summary` (its own entry of the CLI bundle: dist-cli/bin/batch-worker.js).
 * Receives one file's bytes at a time (transferred, not copied), checks them and posts the
 * result back; keeps nothing between files.
 */
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { checkWorkbookBytes } from '../batch/check';
import type { ScoringProfile } from '../core/rules/profile';
import { NODE_ZIP_CODEC } from '../hosts/xlsx/file-io';
import type { WorkerRequest, WorkerReply } from './pool';
import { SpoolWriter } from './spool';

const { profile, spoolPrefix } = workerData as { profile: ScoringProfile; spoolPrefix: string };
const port = parentPort!;
// The findings go to this thread's spool file; the main thread gets the rest and where they are.
const spool = new SpoolWriter(`${spoolPrefix}-w${threadId}.jsonl`);

// One file at a time: the pool sends the next file only after this one's reply.
port.on('message', async (m: WorkerRequest) => {
  const { result, ref } = spool.write(await checkWorkbookBytes(m.file, m.bytes, { profile, codec: NODE_ZIP_CODEC }));
  const reply: WorkerReply = { id: m.id, result, spooled: ref };
  port.postMessage(reply);
});
