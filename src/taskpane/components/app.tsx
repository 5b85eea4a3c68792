/**
 * The pane: actions, status (progress, errors, notices), findings, the 重新计算 preview and the
 * template confirmation. All workbook access goes through `operations` (props); no Excel.* here.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, makeStyles, mergeClasses, shorthands, Subtitle2, tokens } from '@fluentui/react-components';
import type { WorkbookMapping } from '../../core/mapping/types';
import type { PaneAnalysis, PaneOperations, ReasonDrafts, RecomputePreview, ReportOutcome, TemplatePlan, UndoEntry } from '../operations';
import type { ShownError } from '../errors';
import { describeError } from '../errors';
import { PANE } from '../phrases';
import type { HostPaneControls, PaneAction } from '../wps-actions';
import { WPS_PANE } from '../wps-phrases';
import { ActionBar } from './action-bar';
import { TemplateDialog } from './template-dialog';
import type { SeverityFilter } from './findings-panel';
import { FindingsPanel } from './findings-panel';
import { MAPPING_PANE, MappingPanel } from './mapping-panel';
import { RecomputeDialog } from './recompute-dialog';
import { ReportDelivery } from './report-delivery';
import type { DeliveryOutcome, DeliveryRoute } from '../delivery';
import { StatusArea } from './status-area';
import { ConfirmDialog } from './confirm-dialog';
import { ReasonsDialog } from './reasons-dialog';
import { ReportGaps } from './report-gaps';
import { RuleSetBar } from './rule-set-bar';
import type { ScoringProfile } from '../../core/rules/profile';
import { profileFromFile } from '../profile-file';
import { readPickedFile, wordFindingPlace, type WordReportResult } from '../word-report';
import { WORD_PANE } from '../word-phrases';
import { WordReportBanner, WordReportCheck } from './word-report-check';

export interface AppProps {
  readonly operations: PaneOperations;
  readonly hostLabel: string;
  /** Hand the Word report to the user the way this host allows (../delivery); `route` picks the offered alternative. */
  readonly deliver: (name: string, bytes: Uint8Array, route?: DeliveryRoute) => Promise<DeliveryOutcome>;
  /** WPS only: ribbon actions to run, and the 收起 button (wps-actions.ts). */
  readonly hostControls?: HostPaneControls;
  /** 检查Word报告: check a .docx the person picked (bytes read locally); absent = no button. */
  readonly checkWord?: (fileName: string, bytes: Uint8Array) => Promise<WordReportResult>;
}

const useStyles = makeStyles({
  pane: { display: 'flex', flexDirection: 'column', padding: tokens.spacingHorizontalM, minWidth: 0 },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', marginBottom: tokens.spacingVerticalS },
  host: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  headerEnd: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
});

const VIEWS = ['findings', 'mapping'] as const;
type View = (typeof VIEWS)[number];

const useTabStyles = makeStyles({
  list: { display: 'flex', gap: tokens.spacingHorizontalXS, ...shorthands.borderBottom('1px', 'solid', tokens.colorNeutralStroke2), marginBottom: tokens.spacingVerticalS },
  tab: { ...shorthands.borderRadius(0), ...shorthands.borderBottom('2px', 'solid', 'transparent'), fontWeight: tokens.fontWeightRegular },
  selected: { ...shorthands.borderBottom('2px', 'solid', tokens.colorCompoundBrandStroke), fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
});

/**
 * 检查结果 / 识别映射: a plain ARIA tablist (arrow keys move between the tabs, one tab stop).
 * Not Fluent's TabList: its focus manager adds hidden focusable stand-ins that axe reports as
 * aria-hidden-focus (serious).
 */
function ViewTabs({ view, onView }: { readonly view: View; onView(v: View): void }) {
  const s = useTabStyles();
  const onKeyDown = (e: React.KeyboardEvent<HTMLButtonElement>) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft' && e.key !== 'Home' && e.key !== 'End') return;
    e.preventDefault();
    const i = VIEWS.indexOf(view);
    const next = e.key === 'Home' ? 0 : e.key === 'End' ? VIEWS.length - 1 : (i + (e.key === 'ArrowRight' ? 1 : VIEWS.length - 1)) % VIEWS.length;
    onView(VIEWS[next]);
    const list = e.currentTarget.parentElement;
    requestAnimationFrame(() => list?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[next]?.focus());
  };
  return (
    <div role="tablist" aria-label={PANE.viewTabs} className={s.list}>
      {VIEWS.map((v) => (
        <Button
          key={v}
          role="tab"
          appearance="transparent"
          size="small"
          aria-selected={view === v}
          tabIndex={view === v ? 0 : -1}
          className={mergeClasses(s.tab, view === v ? s.selected : undefined)}
          onClick={() => onView(v)}
          onKeyDown={onKeyDown}
          data-testid={`view-${v}`}
        >
          {MAPPING_PANE.tabs[v]}
        </Button>
      ))}
    </div>
  );
}

export function App({ operations, hostLabel, deliver, hostControls, checkWord }: AppProps) {
  const s = useStyles();
  const [busy, setBusy] = useState<string | undefined>(undefined);
  const [error, setError] = useState<ShownError | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [analysis, setAnalysis] = useState<PaneAnalysis | undefined>(undefined);
  const [filter, setFilter] = useState<SeverityFilter>('all');
  const [preview, setPreview] = useState<RecomputePreview | undefined>(undefined);
  const [undo, setUndo] = useState<UndoEntry | undefined>(undefined);
  const [templatePlan, setTemplatePlan] = useState<TemplatePlan | undefined>(undefined);
  const [report, setReport] = useState<ReportOutcome | undefined>(undefined);
  const [view, setView] = useState<'findings' | 'mapping'>('findings');
  const [deliveryAlternative, setDeliveryAlternative] = useState<DeliveryRoute | undefined>(undefined);
  const [confirmReport, setConfirmReport] = useState(false);
  const [reasons, setReasons] = useState<ReasonDrafts | undefined>(undefined);
  const [wordReport, setWordReport] = useState<WordReportResult | undefined>(undefined);
  const running = useRef(false);

  /** Run one action: progress shown, errors shown with their causes — never swallowed. */
  const run = useCallback(async (title: string, action: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setError(undefined);
    setNotice(undefined);
    setBusy(PANE.progress.loading);
    try {
      await action();
    } catch (e) {
      setError(describeError(e, `${title}失败`));
    } finally {
      running.current = false;
      setBusy(undefined);
    }
  }, []);

  const check = () =>
    run(PANE.buttons.check, async () => {
      const a = await operations.check(setBusy);
      setAnalysis(a);
      setWordReport(undefined); // 检查 shows the workbook's findings again
      if (a.marksRefreshed !== undefined) {
        // The marks now follow this check: an older 撤销 of marks no longer applies.
        setUndo((u) => (u?.kind === 'marks' ? undefined : u));
        setNotice(PANE.marks.refreshed(a.marksRefreshed));
      }
    });
  const checkWordFile = (file: File) =>
    run(WORD_PANE.failed, async () => {
      setBusy(WORD_PANE.running);
      const bytes = await readPickedFile(file);
      setWordReport(await checkWord!(file.name, bytes));
      setFilter('all');
      setView('findings');
    });
  const refreshFindings = async () => {
    if (analysis) setAnalysis(await operations.check(setBusy));
  };
  const recompute = () => run(PANE.buttons.recompute, async () => setPreview(await operations.previewRecompute(setBusy)));
  const apply = () =>
    run(PANE.buttons.recompute, async () => {
      const p = preview;
      if (!p) return;
      setPreview(undefined);
      const entry = await operations.applyRecompute(p, setBusy);
      setUndo(entry);
      await refreshFindings();
      setNotice(PANE.recompute.applied(p.writes.length));
    });
  const doUndo = () =>
    run(PANE.buttons.undo, async () => {
      if (!undo) return;
      await operations.undo(undo, setBusy);
      setUndo(undefined);
      if (undo.kind !== 'marks') await refreshFindings();
      setNotice(undo.kind === 'marks' ? PANE.marks.undone : undo.kind === 'drafts' ? PANE.reasons.undone(undo.writes.length) : PANE.recompute.undone(undo.writes.length));
    });
  // 插入模板: an empty workbook gets the template at once; otherwise the dialog offers
  // 补充缺少的工作表 (only what is missing) before 全部替换 (issue 12 point 9).
  const insertTemplate = (choice: 'ask' | 'all' | readonly string[]) =>
    run(PANE.buttons.insertTemplate, async () => {
      if (choice === 'ask') {
        const plan = await operations.templatePlan(setBusy);
        if (plan.existing.length > 0 || plan.hasTable) {
          setTemplatePlan(plan);
          return;
        }
      }
      setTemplatePlan(undefined);
      const names = await operations.insertTemplate(setBusy, choice === 'all' || choice === 'ask' ? undefined : choice);
      setNotice(PANE.template.done(names.join('、')));
    });
  // 生成报告 asks before replacing a 自评报告 sheet it generated before; it always re-reads the workbook.
  const generateReport = (confirmed = false) =>
    run(PANE.buttons.report, async () => {
      if (!confirmed && (await operations.hasReportSheet())) {
        setConfirmReport(true);
        return;
      }
      setConfirmReport(false);
      const r = await operations.generateReport(setBusy);
      setReport(r);
      setDeliveryAlternative(undefined);
      setNotice(PANE.report.done(r.sheet));
    });
  const deliverReport = (route?: DeliveryRoute) =>
    run(PANE.buttons.downloadDocx, async () => {
      if (!report) return;
      // Built from the workbook as it is now (after an 撤销 or an edit), never the earlier bytes.
      const file = await operations.reportFile({ draft: false }, setBusy);
      setReport({ ...report, docx: file.docx, gaps: file.gaps });
      const outcome = await deliver(PANE.report.docxName, file.docx, route);
      setDeliveryAlternative(outcome.alternative);
      setNotice(outcome.notice);
    });
  const downloadDraft = () =>
    run(PANE.buttons.downloadDraft, async () => {
      const file = await operations.reportFile({ draft: true }, setBusy);
      const outcome = await deliver(PANE.report.draftName, file.docx);
      setNotice(outcome.notice);
    });
  const draftReasons = () => run(PANE.buttons.draftReasons, async () => setReasons(await operations.draftReasons(setBusy)));
  const writeReasons = () =>
    run(PANE.buttons.draftReasons, async () => {
      const d = reasons;
      if (!d) return;
      setReasons(undefined);
      const entry = await operations.applyReasons(d.drafts, setBusy);
      setUndo(entry);
      await refreshFindings();
      setNotice(PANE.reasons.written(d.drafts.length));
    });
  const chooseProfile = (profile: ScoringProfile) =>
    run(PANE.ruleSet.switchLabel, async () => {
      const r = await operations.chooseProfile(profile, setBusy);
      setAnalysis(r.analysis);
      setNotice(r.remembered ? PANE.ruleSet.remembered(profile.name) : PANE.ruleSet.fileChosen(profile.name));
    });
  const chooseProfileFile = (name: string, text: string) =>
    run(PANE.ruleSet.switchLabel, async () => {
      const profile = profileFromFile(name, text);
      const r = await operations.chooseProfile(profile, setBusy);
      setAnalysis(r.analysis);
      setNotice(PANE.ruleSet.fileChosen(profile.name));
    });
  const mark = () =>
    run(PANE.buttons.mark, async () => {
      if (!analysis) throw new Error(PANE.mark.needCheck);
      const r = await operations.markWorkbook(analysis.findings, setBusy);
      setUndo(r.undo);
      setNotice(PANE.mark.done(r.filled, r.notesWritten) + PANE.mark.replaced(r.replaced));
    });
  const clearMarks = () =>
    run(PANE.buttons.clearMarks, async () => {
      const r = await operations.clearMarks(setBusy);
      if (r.cleared > 0) setUndo(r.undo);
      setNotice(PANE.marks.cleared(r.cleared));
    });
  const selectCell = (sheet: string, cell: string) => run(PANE.findingCell(sheet, cell), () => operations.selectCell(sheet, cell));
  // 识别映射: the tables of the last 检查 (read at once when the view opens first), saved or reset.
  const showView = (next: 'findings' | 'mapping') => {
    setView(next);
    if (next === 'mapping' && !analysis) check();
  };
  const saveMapping = (mapping: WorkbookMapping) =>
    run(MAPPING_PANE.buttons.save, async () => {
      setAnalysis(await operations.saveMapping(mapping, setBusy));
      setNotice(MAPPING_PANE.saved(mapping.tables.length));
    });
  const resetMapping = () =>
    run(MAPPING_PANE.buttons.reset, async () => {
      const r = await operations.resetMapping(setBusy);
      setAnalysis(r.analysis);
      setNotice(r.removed ? MAPPING_PANE.reset : MAPPING_PANE.nothingToReset);
    });

  // A ribbon button's action (WPS) runs exactly as the pane's own button: the latest handlers.
  const ribbonActions = useRef<Record<PaneAction, () => void> | undefined>(undefined);
  ribbonActions.current = { check, recompute, template: () => insertTemplate('ask'), report: () => generateReport() };
  useEffect(
    () =>
      hostControls?.watchActions({
        run: (action) => ribbonActions.current?.[action](),
        canRun: () => !running.current,
        onError: (e) => setError(describeError(e, WPS_PANE.pendingFailed)),
      }),
    [hostControls],
  );
  // Not through run(): hiding must work while an action runs, and keeps the pane's messages.
  const hide = () => {
    try {
      hostControls?.hide();
    } catch (e) {
      setError(describeError(e, WPS_PANE.hideFailed));
    }
  };

  return (
    <main className={s.pane}>
      <div className={s.header}>
        <Subtitle2 as="h1">{PANE.appTitle}</Subtitle2>
        <span className={s.headerEnd}>
          <span className={s.host} data-testid="host-label">{hostLabel}</span>
          {hostControls ? (
            <Button size="small" appearance="subtle" onClick={hide} title={WPS_PANE.hideTitle} data-testid="hide-pane">
              {WPS_PANE.hide}
            </Button>
          ) : null}
        </span>
      </div>
      <ActionBar
        busy={busy !== undefined}
        canUndo={undo !== undefined}
        canMark={analysis !== undefined}
        onCheck={check}
        onRecompute={recompute}
        onUndo={doUndo}
        onInsertTemplate={() => insertTemplate('ask')}
        onReport={() => generateReport()}
        onMark={mark}
        onClearMarks={clearMarks}
        onDraftReasons={draftReasons}
      />
      {checkWord ? <WordReportCheck busy={busy !== undefined} onFile={checkWordFile} /> : null}
      <StatusArea busy={busy} error={error} notice={notice} onDismissError={() => setError(undefined)} onDismissNotice={() => setNotice(undefined)} />
      {report ? <ReportGaps gaps={report.gaps} busy={busy !== undefined} onSelectCell={selectCell} onDownloadDraft={downloadDraft} /> : null}
      {report ? <ReportDelivery busy={busy !== undefined} alternative={deliveryAlternative} onDeliver={deliverReport} /> : null}
      <ViewTabs view={view} onView={showView} />
      {view === 'mapping' ? (
        <MappingPanel recognised={analysis?.recognised} sheets={analysis?.workbook?.sheets} busy={busy !== undefined} onSave={saveMapping} onReset={resetMapping} onSelectCell={selectCell} />
      ) : (
        <>
          {analysis?.ruleSet ? <RuleSetBar ruleSet={analysis.ruleSet} busy={busy !== undefined} onChoose={chooseProfile} onFile={chooseProfileFile} /> : null}
          {wordReport ? (
            <>
              <WordReportBanner fileName={wordReport.fileName} tables={wordReport.recognisedTables} onClose={() => setWordReport(undefined)} />
              <FindingsPanel
                findings={wordReport.findings}
                filter={filter}
                onFilter={setFilter}
                onSelectCell={selectCell}
                placeOf={(f) => wordFindingPlace(f, wordReport.tables)}
              />
            </>
          ) : (
            <FindingsPanel findings={analysis?.findings} filter={filter} onFilter={setFilter} onSelectCell={selectCell} />
          )}
        </>
      )}
      <RecomputeDialog preview={preview} busy={busy !== undefined} onApply={apply} onCancel={() => setPreview(undefined)} onSelectCell={selectCell} />
      <ReasonsDialog drafts={reasons} busy={busy !== undefined} onConfirm={writeReasons} onCancel={() => setReasons(undefined)} />
      <ConfirmDialog
        open={confirmReport}
        title={PANE.report.confirmTitle}
        body={PANE.report.confirmBody}
        confirmLabel={PANE.buttons.replace}
        testId="report-confirm"
        onConfirm={() => generateReport(true)}
        onCancel={() => setConfirmReport(false)}
      />
      <TemplateDialog
        plan={templatePlan}
        onAddMissing={(names) => insertTemplate(names)}
        onReplaceAll={() => insertTemplate('all')}
        onCancel={() => setTemplatePlan(undefined)}
      />
    </main>
  );
}
