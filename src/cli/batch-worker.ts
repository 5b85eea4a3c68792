/**
 * A worker thread of `check --summary` (its own entry of the CLI bundle: dist-cli/bin/batch-worker.js).
 * Receives one file's bytes at a time (transferred, not copied), checks them and posts the
 * result back; keeps nothing between files.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkWorkbookBytes } from '../batch/check';
import type { ScoringProfile } from '../core/rules/profile';
import { NODE_ZIP_CODEC } from '../hosts/xlsx/file-io';
import type { WorkerRequest, WorkerReply } from './pool';

const { profile } = workerData as { profile: ScoringProfile };
const port = parentPort!;

port.on('message', (m: WorkerRequest) => {
  const result = checkWorkbookBytes(m.file, m.bytes, { profile, codec: NODE_ZIP_CODEC });
  const reply: WorkerReply = { id: m.id, result};
  port.postMessage(reply);
});
