// Small helpers shared by `npm start` (deploy/start.mjs), `npm test` (tests/run-all.mjs)
// and `npm run openapi`: run a command, make sure PostgreSQL and npm packages are there,
// build and start the API. Node built-ins only, so they run before `npm ci`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const apiProject = path.join(root, 'api', 'Rocb.Api', 'Rocb.Api.csproj');
export const apiBin = path.join(root, 'api', 'Rocb.Api', 'bin', 'Release', 'net10.0');
export const spaRoot = path.join(root, 'web', 'dist');

export function log(message) {
  console.log(`\x1b[36m[rocb]\x1b[0m ${message}`);
}

/** Runs a command to completion; throws with its name unless `allowFailure`. Returns { status, stdout }. */
export function run(command, args, { cwd = root, env = {}, capture = false, allowFailure = false } = {}) {
  const result = spawnSync(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
  });
  if (result.error) throw result.error;
  if (result.status !== 0 && !allowFailure) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
  }
  return { status: result.status ?? 1, stdout: result.stdout ?? '' };
}

/** npm packages of the workspaces, installed once on a fresh clone. */
export function ensureNodeModules() {
  if (existsSync(path.join(root, 'node_modules', '.package-lock.json'))) return;
  log('Installing npm packages (first run)…');
  const lock = existsSync(path.join(root, 'package-lock.json'));
  run('npm', [lock ? 'ci' : 'install', '--no-audit', '--no-fund']);
}

/** A running PostgreSQL with the Rocb role and database; returns the connection string. */
export function ensurePostgres(env = {}) {
  const { stdout } = run('bash', [path.join(root, 'deploy', 'ensure-postgres.sh')], { env, capture: true });
  const connectionString = stdout.trim().split('\n').pop();
  if (!connectionString) throw new Error('deploy/ensure-postgres.sh printed no connection string');
  return connectionString;
}

export function buildApi() {
  log('Building the API (Release)…');
  run('dotnet', ['build', apiProject, '-c', 'Release', '--nologo', '-v', 'quiet']);
}

export function buildWeb() {
  log('Building the SPA…');
  run('npm', ['run', 'build', '--workspace', 'web']);
}

function apiEnv(connectionString, extra = {}) {
  return {
    ConnectionStrings__Rocb: connectionString,
    Rocb__SpaRoot: spaRoot,
    Logging__Console__FormatterName: 'simple',
    ...extra,
  };
}

/** Applies the SQL migrations and seeds reference data (the API's own `migrate` command). */
export function migrate(connectionString) {
  log('Applying migrations and seeding reference data…');
  run('dotnet', [path.join(apiBin, 'Rocb.Api.dll'), 'migrate'], { cwd: apiBin, env: apiEnv(connectionString) });
}

/** Starts the API (serving the SPA) in the background; returns the child process. */
export function startApi(connectionString, port, { quiet = false } = {}) {
  return spawn('dotnet', [path.join(apiBin, 'Rocb.Api.dll'), '--urls', `http://127.0.0.1:${port}`], {
    cwd: apiBin,
    env: { ...process.env, ...apiEnv(connectionString) },
    stdio: quiet ? 'ignore' : 'inherit',
  });
}

/** Waits until /health/ready answers 200, or throws after `seconds`. */
export async function waitUntilReady(baseUrl, child, seconds = 120) {
  for (let i = 0; i < seconds * 4; i++) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode} before it was ready`);
    try {
      const response = await fetch(`${baseUrl}/health/ready`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the API did not become ready at ${baseUrl} within ${seconds} s`);
}

/** The same connection string pointing at another database. */
export function withDatabase(connectionString, database) {
  const parts = connectionString.split(';').filter((p) => p.trim() && !/^\s*database\s*=/i.test(p));
  return [...parts, `Database=${database}`].join(';');
}

/** Connection string → the parts psql needs (host, port, user, password, database). */
export function psqlEnv(connectionString) {
  const map = Object.fromEntries(connectionString.split(';').filter(Boolean).map((p) => {
    const i = p.indexOf('=');
    return [p.slice(0, i).trim().toLowerCase(), p.slice(i + 1).trim()];
  }));
  return {
    PGHOST: map.host ?? map.server ?? '127.0.0.1',
    PGPORT: map.port ?? '5432',
    PGUSER: map.username ?? map['user id'] ?? map.user ?? 'rocb',
    PGPASSWORD: map.password ?? '',
    PGDATABASE: map.database ?? 'rocb',
  };
}
