// The collector's pauses in a process, for performance work: `node -r ./bench/gc-record.js …` (e.g. the server, through
// bench/lsp-quick.ts's SERVER_NODE_ARGS="-r ./bench/gc-record.js"). Writes GC_FILE (default gc-<pid>.txt in the system's
// temporary folder) once a second and at exit: a line `origin <performance.timeOrigin>`, then one line per collection with
// when it started (ms since the epoch), its kind and how long it took (ms). Nothing goes to stdout, which the server
// talks over.
const { PerformanceObserver, performance } = require('node:perf_hooks');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const KINDS = { 1: 'minor', 2: 'major', 4: 'incremental', 8: 'weakcb' };
const lines = [`origin ${performance.timeOrigin}`];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    const kind = e.detail === undefined ? 'unknown' : KINDS[e.detail.kind] ?? String(e.detail.kind);
    lines.push(`${(performance.timeOrigin + e.startTime).toFixed(1)} ${kind} ${e.duration.toFixed(2)}`);
  }
}).observe({ entryTypes: ['gc'] });
const file = process.env.GC_FILE ?? path.join(os.tmpdir(), `gc-${process.pid}.txt`);
const save = () => fs.writeFileSync(file, lines.join('\n') + '\n');
process.on('exit', save);
setInterval(save, 1000).unref();
