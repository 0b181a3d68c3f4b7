// `npm test`: every suite, then one line "N passed, N failed" totalling them all.
//   .NET     unit and integration tests (real PostgreSQL, one database per test class)
//   contract openapi.yaml = served document (inside the .NET suite); TS client = openapi.yaml
//   web      type check, lint, Vitest
//   browser  playwright-core + Debian's Chromium against the app started the way `npm start` does
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import {
  ensureNodeModules, ensurePostgres, log, psqlEnv, root, run, waitUntilReady, withDatabase,
} from '../deploy/lib/tasks.mjs';

const results = [];
const record = (suite, passed, failed, note = '') => {
  results.push({ suite, passed, failed, note });
  log(`${failed ? '\x1b[31mFAIL\x1b[0m' : '\x1b[32mok\x1b[0m'}   ${suite}: ${passed} passed, ${failed} failed ${note}`);
};
const check = (suite, command, args, options = {}) => {
  const { status } = run(command, args, { ...options, allowFailure: true });
  record(suite, status === 0 ? 1 : 0, status === 0 ? 0 : 1);
};
const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

// Chromium and PostgreSQL from Debian's packages, where they are missing and we may install them.
run('bash', [path.join(root, 'deploy', 'install-prerequisites.sh')]);
ensureNodeModules();
const connectionString = ensurePostgres();

// .NET: unit + integration + OpenAPI drift.
{
  const resultsDir = path.join(root, '.rocb', 'test-results');
  rmSync(resultsDir, { recursive: true, force: true });
  log('Running the .NET tests…');
  const { status } = run('dotnet', ['test', path.join(root, 'Rocb.sln'), '--nologo',
    '--logger', 'trx;LogFileName=dotnet.trx', '--logger', 'console;verbosity=minimal', '--results-directory', resultsDir],
  { env: { ROCB_TEST_DB: connectionString }, allowFailure: true });
  const trx = existsSync(resultsDir) ? readdirSync(resultsDir).filter((f) => f.endsWith('.trx')) : [];
  let passed = 0;
  let failed = 0;
  for (const file of trx) {
    const counters = readFileSync(path.join(resultsDir, file), 'utf8').match(/<Counters [^>]*>/)?.[0] ?? '';
    passed += Number(counters.match(/ passed="(\d+)"/)?.[1] ?? 0);
    failed += Number(counters.match(/ failed="(\d+)"/)?.[1] ?? 0);
  }
  // A build failure produces no results: count it as a failure, never as "nothing to run".
  if (status !== 0 && failed === 0) failed = 1;
  record('.NET tests', passed, failed);
}

// Web: generated client in sync, types, lint, unit tests.
check('TS client matches openapi.yaml', 'npm', ['run', '--silent', 'check:client', '--workspace', 'web']);
check('web type check', 'npm', ['run', '--silent', 'typecheck', '--workspace', 'web']);
check('web lint', 'npm', ['run', '--silent', 'lint', '--workspace', 'web']);
{
  const file = path.join(root, 'web', 'test-results.json');
  rmSync(file, { force: true });
  const { status } = run('npm', ['run', '--silent', 'test', '--workspace', 'web'], { allowFailure: true });
  const vitest = readJson(file);
  const passed = vitest?.numPassedTests ?? 0;
  let failed = vitest?.numFailedTests ?? 0;
  if (status !== 0 && failed === 0) failed = 1;
  record('web unit tests (Vitest)', passed, failed);
}

// Browser: a fresh database, the app started by deploy/start.mjs (as `npm start` does), Chromium.
{
  const port = Number(process.env.ROCB_E2E_PORT ?? 5081);
  const baseUrl = `http://127.0.0.1:${port}`;
  // A run on another port (another checkout) gets a database of its own.
  const database = port === 5081 ? 'rocb_e2e' : `rocb_e2e_${port}`;
  const pg = { ...psqlEnv(connectionString), PGDATABASE: 'postgres' };
  run('psql', ['-v', 'ON_ERROR_STOP=1', '-q', '-c', `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`, '-c', `CREATE DATABASE ${database}`], { env: pg });

  // The fresh database gets its first administrator from these (a new password every run).
  const admin = { ROCB_ADMIN_EMAIL: 'e2e-admin@rocb.test', ROCB_ADMIN_PASSWORD: `${randomBytes(12).toString('base64url')}-Aa1!` };

  log(`Starting the app for the browser tests on ${baseUrl}…`);
  const app = spawn('node', [path.join(root, 'deploy', 'start.mjs')], {
    cwd: root,
    // The browser tests sign in more often than a person would: lift the per-IP sign-in limit for this app only.
    env: {
      ...process.env, ...admin, ROCB_PORT: String(port), ROCB_DB: withDatabase(connectionString, database),
      Rocb__RateLimits__SignInPerMinute: '1000',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  const file = path.join(root, 'tests', 'e2e', 'results.json');
  rmSync(file, { force: true });
  try {
    await waitUntilReady(baseUrl, app, 600);
    const { status } = run('npm', ['run', '--silent', 'test', '--workspace', 'tests/e2e'], {
      env: { ROCB_URL: baseUrl, ROCB_E2E_ADMIN_EMAIL: admin.ROCB_ADMIN_EMAIL, ROCB_E2E_ADMIN_PASSWORD: admin.ROCB_ADMIN_PASSWORD },
      allowFailure: true,
    });
    const e2e = readJson(file);
    const passed = e2e?.passed ?? 0;
    let failed = e2e?.failed ?? 0;
    if (status !== 0 && failed === 0) failed = 1;
    record('browser tests (Chromium)', passed, failed);
  } catch (error) {
    record('browser tests (Chromium)', 0, 1, `(${error.message})`);
  } finally {
    // Stop the app and wait for it, so that its shutdown lines come before the summary.
    const exited = new Promise((resolve) => (app.exitCode !== null ? resolve() : app.once('exit', resolve)));
    try { process.kill(-app.pid, 'SIGTERM'); } catch { /* already gone */ }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10000))]);
  }
}

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log('');
for (const r of results) console.log(`  ${r.failed ? 'FAIL' : 'ok  '} ${r.suite}: ${r.passed} passed, ${r.failed} failed ${r.note}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
