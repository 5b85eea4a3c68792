// Preloaded with `node -r ./scripts/rss-probe.js …`: writes the process's peak RSS (KiB) to the
// file named by RSS_PROBE_OUT at exit, so the bench can compare peak memory of two programs.
'use strict';
const fs = require('node:fs');
process.on('exit', () => {
  if (process.env.RSS_PROBE_OUT) fs.writeFileSync(process.env.RSS_PROBE_OUT, String(process.resourceUsage().maxRSS));
});
