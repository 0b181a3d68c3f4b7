// Runs the browser tests (node:test + playwright-core + Debian's Chromium) against ROCB_URL,
// writes results.json = { passed, failed } and ends with "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const resultsFile = path.join(here, 'results.json');
const baseUrl = (process.env.ROCB_URL ?? 'http://127.0.0.1:5080').replace(/\/$/, '');
const specs = readdirSync(path.join(here, 'specs'))
  .filter((f) => f.endsWith('.test.mjs'))
  .map((f) => path.join('specs', f));

const finish = (passed, failed) => {
  writeFileSync(resultsFile, `${JSON.stringify({ passed, failed })}\n`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
};

rmSync(resultsFile, { force: true });

// The app must already run (the orchestrator starts it); say so plainly when it does not.
try {
  const response = await fetch(`${baseUrl}/health/ready`, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`/health/ready answered ${response.status}`);
} catch (error) {
  console.error(`Rocb is not ready at ${baseUrl} (${error.message}). Start it (npm start) or set ROCB_URL.`);
  finish(0, specs.length);
}

// Tests share one database, so they run one after another.
const run = spawnSync(
  process.execPath,
  [
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    `--test-reporter=${path.join(here, 'lib', 'summary-reporter.mjs')}`,
    `--test-reporter-destination=${resultsFile}`,
    ...specs,
  ],
  { cwd: here, stdio: 'inherit', env: { ...process.env, ROCB_URL: baseUrl } },
);

const summary = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : { passed: 0, failed: 0 };
// A runner that died without reporting a failure still failed.
const failed = run.status !== 0 && summary.failed === 0 ? 1 : summary.failed;
finish(summary.passed, failed);
