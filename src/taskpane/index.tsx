/**
 * Entry of the task pane bundle: paints the shell at once, detects the host (Excel via Office.js,
 * WPS, else the in-browser preview over the bundled sample), composes host + operations and
 * renders the pane. The unsupported-browser check ran before this bundle (taskpane.html).
 */
import { StrictMode, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, webLightTheme } from '@fluentui/react-components';
import { analyseWorkbook } from '../core/analyse';
import { checkWordReport, loadWordCheckModule } from './word-report';
import { createExcelHost } from '../hosts/excel';
import { App } from './components/app';
import { PreviewGrid } from './components/preview-grid';
import type { DetectedHost, WpsModule } from './host-detect';
import { detectHost, officeReadyFromGlobal } from './host-detect';
import { createPaneOperations } from './operations';
import { PANE } from './phrases';
import { loadReportModule } from './report-module';
import { describeError } from './errors';
import type { DeliveryContext, DeliveryRoute } from './delivery';
import { blobDownload, deliverReport, downloadPageUrl } from './delivery';
import { officeUiFromGlobal } from './delivery/office-ui';

const useStyles = makeStyles({
  page: { display: 'flex', height: '100vh', boxSizing: 'border-box' },
  pane: { width: '320px', flexShrink: 0, overflowY: 'auto', borderRight: '1px solid #e0e0e0' },
  // The pane scrolls inside itself (not the page), so the sticky action bar stays in view.
  paneFull: { width: '100%', height: '100vh', overflowY: 'auto', boxSizing: 'border-box' },
  grid: { flexGrow: 1, minWidth: 0, padding: '8px' },
  loading: { padding: '24px' },
});

async function loadWps(): Promise<WpsModule | undefined> {
  // WPS injects `Application` (older builds: `wps`) before add-in pages run; elsewhere (Excel, a
  // plain browser) the WPS chunk is not even fetched, so it does not delay the first paint.
  const w = window as unknown as { Application?: unknown; wps?: unknown };
  if (w.Application === undefined && w.wps === undefined) return undefined;
  return (await import(/* webpackChunkName: "wps" */ '../hosts/wps')) as unknown as WpsModule;
}

/** The template's sheets, fetched on the first 插入模板 (no host needs them to show the pane). */
async function loadTemplateLayouts() {
  const { templateLayouts } = await import(/* webpackChunkName: "template" */ '../core/template/definition');
  return templateLayouts();
}

async function loadPreviewWorkbook() {
  const { loadSampleWorkbook } = await import(/* webpackChunkName: "preview" */ './preview/sample-workbook');
  return loadSampleWorkbook();
}

function Root() {
  const s = useStyles();
  const [detected, setDetected] = useState<DetectedHost | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(undefined);
  useEffect(() => {
    detectHost({
      win: window,
      officeReady: officeReadyFromGlobal,
      createExcelHost: () => createExcelHost(),
      loadWps,
      loadPreviewWorkbook,
    }).then(setDetected, setFailure);
  }, []);
  const operations = useMemo(
    () =>
      detected &&
      createPaneOperations({
        host: detected.host,
        marker: detected.marker,
        analyse: (wb, profile) => analyseWorkbook(wb, profile ? { profile } : {}),
        templateLayouts: loadTemplateLayouts,
        loadReport: loadReportModule,
      }),
    [detected],
  );
  if (failure !== undefined) {
    const e = describeError(failure, PANE.errors.titleDefault);
    return (
      <MessageBar intent="error" layout="multiline" data-testid="error">
        <MessageBarBody>
          <MessageBarTitle>{e.title}</MessageBarTitle>
          {e.causes.map((c, i) => <div key={i}>{PANE.errors.cause(c)}</div>)}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (!detected || !operations) return <Spinner className={s.loading} label={PANE.progress.loading} />;
  const controls = detected.kind === 'wps' ? detected.controls : undefined;
  const delivery: DeliveryContext = {
    kind: detected.kind,
    office: detected.kind === 'excel' ? officeUiFromGlobal() : undefined,
    wps: detected.kind === 'wps' ? detected.saver : undefined,
    blobDownload,
    pageUrl: downloadPageUrl(window.location.href),
  };
  const deliver = (name: string, bytes: Uint8Array, route?: DeliveryRoute) => deliverReport(delivery, name, bytes, route);
  const checkWord = (fileName: string, bytes: Uint8Array) =>
    checkWordReport(fileName, bytes, { analyse: (wb, profile) => analyseWorkbook(wb, profile ? { profile } : {}), loadWord: loadWordCheckModule });
  const app = <App operations={operations} hostLabel={PANE.hostLabel[detected.kind]} deliver={deliver} hostControls={controls} checkWord={checkWord} />;
  if (detected.kind !== 'preview') return <div className={s.paneFull}>{app}</div>;
  return (
    <div className={s.page}>
      <div className={s.pane}>{app}</div>
      <div className={s.grid}>
        <PreviewGrid host={detected.host} />
      </div>
    </div>
  );
}

const unsupported = (window as { __jixiaoUnsupported?: boolean }).__jixiaoUnsupported === true;
const container = document.getElementById('root');
if (!unsupported && container) {
  (window as { __jixiaoStarted?: boolean }).__jixiaoStarted = true;
  createRoot(container).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme} lang="zh-CN">
        <Root />
      </FluentProvider>
    </StrictMode>,
  );
}
