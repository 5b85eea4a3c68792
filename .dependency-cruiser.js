/**
 * The dependency rule of STYLE.md: core imports nothing of ours but core (and decimal.js);
 * report imports core; each host imports core and its own SDK only, never another host;
 * taskpane and cli compose them.
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
      severity: 'error',
      from: { path: '^src/report' },
      to: { path: '^src/(hosts|taskpane|cli|wps-entry)' },
    },
    {
      name: 'hosts-do-not-import-each-other',
      severity: 'error',
      from: { path: '^src/hosts/([^/]+)/' },
      to: { path: '^src/hosts/([^/]+)/', pathNot: '^src/hosts/$1/' },
    },
    {
      name: 'hosts-do-not-import-ui-or-cli',
      severity: 'error',
      from: { path: '^src/hosts' },
      to: { path: '^src/(taskpane|cli|report|wps-entry)' },
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
      comment: 'src/batch (checkWorkbookBytes, the roll-up workbook) runs in worker_threads and in Web Workers: no Node built-in, no Node-only file access, no CLI/pane/report, no exceljs/docx',
      severity: 'error',
      from: { path: '^src/batch/' },
      to: { path: ['^src/(taskpane|cli|report|wps-entry|batch-page)', '^src/hosts/(excel|wps|memory)', '^src/hosts/xlsx/file-io', 'node_modules/(react|react-dom|@fluentui|exceljs|docx)'] },
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
