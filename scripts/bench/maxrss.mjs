// Preloaded (`--import`) into every process the process benchmark starts: on exit, writes the process's peak
// resident set size in KiB to file descriptor 3, which the benchmark reads. Every measured process gets it, the
// bare `node` baselines included, so its small cost is in all the figures alike.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  try {
    writeSync(3, String(process.resourceUsage().maxRSS));
  } catch {
    // Not started by the benchmark (no fd 3): nothing to report.
  }
});
