/**
 * The bureau's batch page (dist/batch.html): pick or drop a folder of workbooks, check every file
 * in Web Workers, show the results as a sortable table, download the roll-up (汇总.xlsx, the
 * CLI's writer). Plain DOM, no framework: the page's own script stays small; the checker is the
 * worker's (inlined, started from a blob: URL — see worker.ts).
 *
 * Nothing leaves the machine: files are read by the workers from the File handles the browser
 * gives; the roll-up is saved through a blob: link. The page makes no request.
 */
import WORKER_SOURCE from 'jixiao-batch-worker-source';
import type { FileResult } from '../batch/types';
import { isUnreadable } from '../batch/types';
import { rollUp } from '../batch/roll-up';
import { BATCH_TEXT, findingPlace } from '../batch/phrases';
import { pickedFromDrop, pickedFromInput, rootsOfDrop, type Picked } from './collect';
import type { SummaryResponse, WorkerResponse } from './messages';
import { PAGE } from './phrases';
import { runPool, type PoolRun, type PoolWorker } from './pool';
import { COLUMNS, DEFAULT_ORDER, rowOf, sortRows, totalsOf, type ColumnKey, type Row, type SortOrder } from './rows';

/** Per-file limit, as the CLI's --timeout default. */
const TIMEOUT_MS = 60_000;
/** Workers beyond this many cost memory (each holds the engine and one workbook) for little gain. */
const MAX_WORKERS = 8;

type Attrs = Record<string, string | boolean | undefined>;

function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) el.append(c);
  return el;
}

/** Element.replaceChildren is Chromium 86 itself: not relied on. */
function setChildren(el: Element, ...children: Node[]): void {
  el.textContent = '';
  for (const c of children) el.appendChild(c);
}

let workerUrl: string | undefined;

/** A worker from the inlined source through a blob: URL (file:// pages cannot start a worker from a file). */
function createWorker(): PoolWorker {
  if (workerUrl === undefined) workerUrl = URL.createObjectURL(new Blob([WORKER_SOURCE], { type: 'text/javascript' }));
  return new Worker(workerUrl) as unknown as PoolWorker;
}

function poolSize(): number {
  const cores = navigator.hardwareConcurrency || 2;
  return Math.max(1, Math.min(cores, MAX_WORKERS));
}

interface State {
  picked: Picked<File>[];
  results: Array<FileResult | undefined>;
  rows: Row[];
  order: SortOrder;
  selected: number;
  run?: PoolRun;
  startedAt: number;
}

function start(root: HTMLElement): void {
  const folderInput = h('input', { type: 'file', multiple: true, webkitdirectory: true, hidden: true, 'data-testid': 'pick-folder-input' });
  const filesInput = h('input', { type: 'file', multiple: true, accept: '.xlsx,.xlsm,.xls,.et,.docx,.doc', hidden: true, 'data-testid': 'pick-files-input' });
  const pickFolder = h('button', { type: 'button', 'data-testid': 'pick-folder' }, PAGE.pickFolder);
  const pickFiles = h('button', { type: 'button', 'data-testid': 'pick-files' }, PAGE.pickFiles);
  const drop = h('div', { class: 'jx-drop', 'data-testid': 'drop-zone' }, h('p', {}, PAGE.dropHint), h('p', {}, pickFolder, ' ', pickFiles), folderInput, filesInput);
  const progress = h('progress', { 'data-testid': 'progress', max: '1', value: '0', hidden: true });
  const progressText = h('p', { class: 'jx-progress-text', 'data-testid': 'progress-text', role: 'status' });
  const stop = h('button', { type: 'button', hidden: true, 'data-testid': 'stop' }, PAGE.stop);
  const download = h('button', { type: 'button', hidden: true, class: 'jx-primary', 'data-testid': 'download' }, PAGE.download);
  const totals = h('p', { class: 'jx-totals', 'data-testid': 'totals' });
  const message = h('p', { class: 'jx-message-line', 'data-testid': 'message', role: 'alert' });
  const table = h('table', { class: 'jx-results', 'data-testid': 'results', hidden: true });
  const details = h('section', { class: 'jx-details', 'data-testid': 'details', hidden: true });
  const hint = h('p', { class: 'jx-hint', hidden: true }, PAGE.sortHint);

  root.append(
    h('h1', {}, PAGE.title),
    h('p', {}, PAGE.intro),
    h('p', { class: 'jx-privacy' }, PAGE.privacy),
    drop,
    h('div', { class: 'jx-bar' }, progress, progressText, stop, download),
    message,
    totals,
    hint,
    h('div', { class: 'jx-table-wrap' }, table),
    details,
  );

  const state: State = { picked: [], results: [], rows: [], order: DEFAULT_ORDER, selected: -1, startedAt: 0 };

  let collecting = false;
  const busy = () => collecting || state.run !== undefined;

  async function begin(getPicked: () => Promise<Picked<File>[]>): Promise<void> {
    if (busy()) {
      message.textContent = PAGE.busy;
      return;
    }
    message.textContent = '';
    totals.textContent = '';
    progressText.textContent = PAGE.reading;
    state.startedAt = Date.now();
    document.documentElement.removeAttribute('data-jx-state');
    table.hidden = true;
    hint.hidden = true;
    details.hidden = true;
    download.hidden = true;
    collecting = true;
    let picked: Picked<File>[];
    try {
      picked = await getPicked();
    } finally {
      collecting = false;
    }
    if (picked.length === 0) {
      progressText.textContent = '';
      message.textContent = PAGE.noWorkbooks;
      return;
    }
    state.picked = picked;
    state.results = new Array(picked.length);
    state.rows = [];
    state.selected = -1;
    state.order = DEFAULT_ORDER; // a new batch starts in the default order
    progress.max = picked.length;
    progress.value = 0;
    progress.hidden = false;
    stop.hidden = false;
    let done = 0;
    progressText.textContent = PAGE.progress(0, picked.length);
    const run = runPool(
      picked,
      {
        size: poolSize(),
        timeoutMs: TIMEOUT_MS,
        onResult: (index, result) => {
          state.results[index] = result;
          done++;
          progress.value = done;
          progressText.textContent = PAGE.progress(done, picked.length);
        },
      },
      { createWorker, setTimeout: (f, ms) => window.setTimeout(f, ms), clearTimeout: (t) => window.clearTimeout(t as number) },
    );
    state.run = run;
    await run.done;
    const stopped = done < picked.length;
    state.run = undefined;
    stop.hidden = true;
    progressText.textContent = stopped ? PAGE.stopped(done, picked.length) : PAGE.progress(done, picked.length);
    const elapsed = Date.now() - state.startedAt;
    const notes = notesByFile(state.results.filter((r): r is FileResult => r !== undefined), modifiedTimes(state.picked));
    state.rows = state.results.map((r, i) => (r === undefined ? undefined : rowOf(i, r, notes.get(r.file)))).filter((r): r is Row => r !== undefined);
    totals.textContent = PAGE.totals(totalsOf(state.rows));
    renderTable();
    download.hidden = state.rows.length === 0;
    // For scripts/bench-batch-page.js and the tests: the batch's wall time (from the pick to the last
    // result), and the end of the batch once the table is shown.
    document.documentElement.setAttribute('data-jx-elapsed-ms', String(elapsed));
    document.documentElement.setAttribute('data-jx-state', stopped ? 'stopped' : 'done');
  }

  function renderTable(): void {
    const sorted = sortRows(state.rows, state.order);
    const headRow = h('tr');
    for (const c of COLUMNS) {
      const active = state.order.column === c;
      const arrow = active ? (state.order.descending ? ' ▼' : ' ▲') : '';
      const btn = h('button', { type: 'button', class: 'jx-sort', 'data-column': c }, PAGE.columns[c] + arrow);
      btn.addEventListener('click', () => {
        state.order = { column: c, descending: active ? !state.order.descending : false };
        renderTable();
      });
      headRow.append(h('th', { 'aria-sort': active ? (state.order.descending ? 'descending' : 'ascending') : undefined, class: `jx-col-${c}` }, btn));
    }
    const body = h('tbody');
    for (const row of sorted) {
      const tr = h('tr', { class: `jx-${row.status}${row.index === state.selected ? ' jx-selected' : ''}`, 'data-index': String(row.index), tabindex: '0' });
      for (const c of COLUMNS) tr.append(h('td', { class: `jx-col-${c}` }, row.text[c]));
      const select = () => {
        state.selected = row.index;
        for (const other of Array.from(body.querySelectorAll('tr.jx-selected'))) other.classList.remove('jx-selected');
        tr.classList.add('jx-selected');
        renderDetails(row.result);
      };
      tr.addEventListener('click', select);
      tr.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          select();
        }
      });
      body.append(tr);
    }
    setChildren(table, h('thead', {}, headRow), body);
    table.hidden = false;
    hint.hidden = false;
  }

  function renderDetails(result: FileResult): void {
    const parts: Node[] = [h('h2', {}, PAGE.details(result.file))];
    if (isUnreadable(result)) parts.push(h('p', { class: 'jx-unreadable-reason' }, PAGE.unreadableReason, result.error.message));
    else {
      if (result.computedTotalReason) parts.push(h('p', { class: 'jx-hint' }, PAGE.totalNotComputed(result.computedTotalReason)));
      if (result.computedGradeReason && result.computedGradeReason !== result.computedTotalReason) parts.push(h('p', { class: 'jx-hint' }, PAGE.gradeNotComputed(result.computedGradeReason)));
      if (result.findings.length === 0) parts.push(h('p', {}, PAGE.noFindings));
      else {
        const cols = PAGE.detailColumns;
        const head = h('tr', {}, h('th', {}, cols.sheet), h('th', {}, cols.cell), h('th', {}, cols.severity), h('th', {}, cols.rule), h('th', {}, cols.message));
        const body = h('tbody');
        for (const f of result.findings) {
          const place = findingPlace(f);
          body.append(
            h(
              'tr',
              { class: `jx-f-${f.severity}` },
              h('td', {}, place.sheet ?? ''),
              h('td', {}, place.cell ?? ''),
              h('td', {}, PAGE.severity[f.severity]),
              h('td', {}, f.rule),
              h('td', { class: 'jx-f-message' }, f.message),
            ),
          );
        }
        parts.push(h('table', { class: 'jx-findings', 'data-testid': 'findings' }, h('thead', {}, head), body));
      }
    }
    setChildren(details, ...parts);
    details.hidden = false;
    details.scrollIntoView({ block: 'nearest' });
  }

  let summaryWorker: Worker | undefined;
  download.addEventListener('click', () => {
    const results = state.results.filter((r): r is FileResult => r !== undefined);
    const modified = modifiedTimes(state.picked);
    message.textContent = PAGE.building;
    download.disabled = true;
    const t0 = Date.now();
    summaryWorker = summaryWorker ?? (createWorker() as unknown as Worker);
    summaryWorker.onmessage = (e: MessageEvent<WorkerResponse>) => {
      const msg = e.data as SummaryResponse;
      download.disabled = false;
      if (msg.type === 'summary-error') {
        message.textContent = PAGE.summaryFailed(msg.message);
        return;
      }
      if (msg.type !== 'summary') return;
      message.textContent = '';
      document.documentElement.setAttribute('data-jx-summary-ms', String(Date.now() - t0));
      save(msg.bytes, PAGE.summaryName);
    };
    summaryWorker.onerror = (e) => {
      download.disabled = false;
      message.textContent = PAGE.summaryFailed(e.message || '');
    };
    summaryWorker.postMessage({ type: 'summary', id: 0, results, meta: { generatedAt: timestamp(new Date()), modified } });
  });

  stop.addEventListener('click', () => state.run?.cancel());
  pickFolder.addEventListener('click', () => folderInput.click());
  pickFiles.addEventListener('click', () => filesInput.click());
  const onInput = (input: HTMLInputElement) => () => {
    const files = input.files ? Array.from(input.files) : [];
    input.value = '';
    void begin(async () => pickedFromInput(files));
  };
  folderInput.addEventListener('change', onInput(folderInput));
  filesInput.addEventListener('change', onInput(filesInput));
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('jx-over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('jx-over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('jx-over');
    // The items must be taken now: the DataTransfer is emptied when this handler returns.
    const roots = e.dataTransfer ? rootsOfDrop(e.dataTransfer.items) : [];
    void begin(async () => (await pickedFromDrop(roots)) as Picked<File>[]);
  });
  // A file dropped beside the zone must not make the browser navigate away to it.
  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => e.preventDefault());
}

/** Last-modified times by path (the newer of two files of one unit is kept, as by the CLI). */
function modifiedTimes(picked: readonly Picked<File>[]): Record<string, number> {
  const modified: Record<string, number> = {};
  for (const p of picked) if (p.file && p.file.lastModified) modified[p.path] = p.file.lastModified;
  return modified;
}

/** The roll-up's 备注 of each file (its flags over all its tables, once each), 无法读取 left out. */
function notesByFile(results: readonly FileResult[], modified: Record<string, number>): Map<string, string[]> {
  const notes = new Map<string, string[]>();
  for (const row of rollUp(results, { modified }).rows) {
    if (row.notSubmitted) continue;
    const list = notes.get(row.file) ?? [];
    for (const f of row.flags) if (f !== BATCH_TEXT.unreadable && f !== BATCH_TEXT.unitFromFileName && !list.includes(f)) list.push(f);
    notes.set(row.file, list);
  }
  return notes;
}

/** 生成时间 as the roll-up shows it: local time, 'YYYY-MM-DD HH:mm'. */
function timestamp(d: Date): string {
  const two = (n: number) => (n < 10 ? `0${n}` : String(n));
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** Save bytes as a download through a blob: link (no request leaves the page). */
function save(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const w = window as unknown as { __jixiaoUnsupported?: boolean; __jixiaoStarted?: boolean };
if (!w.__jixiaoUnsupported) {
  w.__jixiaoStarted = true;
  start(document.getElementById('app')!);
}

