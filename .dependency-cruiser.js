/**
 * The architecture's dependency rules: core imports nothing of ours but core (and decimal.js);
 * report imports core; each host imports core and its own SDK only, never another host;
 * taskpane and cli compose them (the cli never imports the pane; the pane reads an .xlsx only in
 * its lazy preview chunk). Every rule is an error: `npm run lint` (part of `npm test`) fails on it.
 */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'src/core may import only src/core and decimal.js',
      severity: 'error',
      from: { path: '^src/core' },
      to: { pathNot: ['^src/core', 'node_modules/decimal\\.js'] },
    },
    {
      name: 'report-imports-core-only',
      comment: 'src/report builds on core (and the neutral src/ooxml walk): no host, no front end, no batch',
      severity: 'error',
      from: { path: '^src/report' },
      to: { path: '^src/(hosts|taskpane|cli|wps-entry|batch|batch-page)/' },
    },
    {
      name: 'hosts-do-not-import-each-other',
      severity: 'error',
      from: { path: '^src/hosts/([^/]+)/' },
      to: { path: '^src/hosts/([^/]+)/', pathNot: '^src/hosts/$1/' },
    },
    {
      name: 'hosts-do-not-import-ui-or-cli',
      comment: 'a host imports core, its own folder, ports.ts (and src/ooxml for docx): never a front end, the report or the batch',
      severity: 'error',
      from: { path: '^src/hosts' },
      to: { path: '^src/(taskpane|cli|report|wps-entry|batch|batch-page)/' },
    },
    {
      name: 'port-is-host-neutral',
      comment: 'src/hosts/ports.ts is the one interface every host implements: it names core types only, never a host',
      severity: 'error',
      from: { path: '^src/hosts/ports\\.ts$' },
      to: { path: '^src/(hosts|taskpane|cli|report|wps-entry|batch|batch-page)/' },
    },
    {
      name: 'pane-reads-xlsx-only-in-preview',
      comment:
        'The pane reaches the xlsx host (the browser-safe reader) in one place only: the preview chunk, ' +
        'src/taskpane/preview/sample-workbook.ts, which reads the bundled sample for `npm run preview`. ' +
        'Every other pane module talks to the workbook through the Excel/WPS host and the port.',
      severity: 'error',
      from: { path: '^src/taskpane/', pathNot: '^src/taskpane/preview/sample-workbook\\.ts$' },
      to: { path: '^src/hosts/xlsx/' },
    },
    {
      name: 'preview-imports-only-the-xlsx-reader',
      comment: 'the exception above covers the reader entry (readXlsx) only: no package/patch/file-io code in the pane',
      severity: 'error',
      from: { path: '^src/taskpane/preview/sample-workbook\\.ts$' },
      to: { path: '^src/hosts/xlsx/', pathNot: '^src/hosts/xlsx/reader\\.ts$' },
    },
    {
      name: 'preview-is-a-lazy-chunk',
      comment: 'the preview module (and with it the xlsx reader) is loaded with import() so it stays out of the pane\'s main bundle',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/taskpane/preview/' },
      to: { path: '^src/taskpane/preview/sample-workbook\\.ts$', dependencyTypesNot: ['dynamic-import'] },
    },
    {
      name: 'cli-does-not-import-the-pane',
      comment: 'the command line composes core, hosts, report and batch; the pane, the WPS entry and the bureau page are browser front ends it never loads',
      severity: 'error',
      from: { path: '^src/cli/' },
      to: { path: '^src/(taskpane|wps-entry|batch-page)/' },
    },
    {
      name: 'ooxml-is-neutral',
      comment: 'src/ooxml (the Word body walk, numbering, XML walk) is shared by report and the docx host: it imports nothing of ours outside src/ooxml',
      severity: 'error',
      from: { path: '^src/ooxml' },
      to: { path: '^src/(?!ooxml/)' },
    },
    {
      name: 'exceljs-only-authors-fresh-files',
      comment: 'exceljs may render a brand-new template in the CLI; it never reads or rewrites users\' workbooks',
      severity: 'error',
      from: { path: '^src', pathNot: '^src/cli/exceljs-layout\\.ts$' },
      to: { path: 'node_modules/exceljs' },
    },
    {
      name: 'batch-core-runs-anywhere',
      comment: 'src/batch (checkWorkbookBytes, the roll-up workbook) runs in worker_threads and in Web Workers: no Node built-in, no Node-only file access, no CLI/pane, of the report only the pure draft check (check-draft, draft-*, figures, phrases: a Word report in a batch is checked as `check X.docx` checks it), no exceljs/docx',
      severity: 'error',
      from: { path: '^src/batch/' },
      to: { path: ['^src/(taskpane|cli|wps-entry|batch-page)', '^src/report/(?!(check-draft|draft-[a-z-]+|figures|phrases)\\.ts$)', '^src/hosts/(excel|wps|memory)', '^src/hosts/xlsx/file-io', 'node_modules/(react|react-dom|@fluentui|exceljs|docx)'] },
    },
    {
      name: 'batch-core-no-node',
      severity: 'error',
      from: { path: '^src/batch/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'batch-page-stays-small',
      comment: 'the bureau page (dist/batch.html) is plain DOM over the batch API: not the pane, no React/Fluent, no exceljs/docx, no Node-only file access',
      severity: 'error',
      from: { path: '^src/batch-page' },
      to: { path: ['^src/(taskpane|cli|report|wps-entry)', '^src/hosts/(excel|wps|memory)', '^src/hosts/xlsx/file-io', 'node_modules/(react|react-dom|@fluentui|exceljs|docx)'] },
    },
    {
      name: 'batch-page-no-node',
      comment: 'the bureau page runs in a browser: no Node built-in module',
      severity: 'error',
      from: { path: '^src/batch-page' },
      to: { dependencyTypes: ['core'] },
    },
    {
      // A module nothing imports and that imports nothing is dead code or a forgotten file. The
      // exceptions are files used by other means than an import: ambient declarations (.d.ts),
      // the boot checks webpack inlines as text into the HTML pages (their SHA-256 goes into the
      // CSP), and config files. Entry points (taskpane/index.tsx, cli/main.ts, wps-entry/main.ts,
      // batch-page/main.ts, workers) import modules of ours, so they are not orphans.
      name: 'no-orphans',
      severity: 'error',
      from: {
        orphan: true,
        pathNot: [
          '(^|/)\\.[^/]+\\.(js|cjs|mjs|ts|json)$',
          '\\.d\\.ts$',
          '(^|/)tsconfig\\.json$',
          '(^|/)(webpack|jest|babel)[.a-z-]*[.]config[.](js|cjs|mjs|ts)$',
          '^src/(taskpane|batch-page)/boot-check\\.js$',
        ],
      },
      to: {},
    },
    {
      // A cycle that runs at load time. Cycles closed only by `import type` (erased by the
      // compiler: e.g. recognition's row classes naming the SheetView type that uses them) are
      // not cycles of the running program.
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.test\\.tsx?$' },
  },
};
