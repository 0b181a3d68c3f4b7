// Fails when src/lib/api/schema.d.ts no longer matches what openapi-typescript makes from ../openapi.yaml.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const spec = resolve(webDir, '../openapi.yaml');
const committed = resolve(webDir, 'src/lib/api/schema.d.ts');

const require = createRequire(import.meta.url);
const pkgPath = require.resolve('openapi-typescript/package.json');
const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
const bin = resolve(dirname(pkgPath), typeof pkg.bin === 'string' ? pkg.bin : pkg.bin['openapi-typescript']);

const dir = mkdtempSync(join(tmpdir(), 'rocb-client-'));
const fresh = join(dir, 'schema.d.ts');
try {
  const run = spawnSync(process.execPath, [bin, spec, '-o', fresh], { cwd: webDir, encoding: 'utf8' });
  if (run.status !== 0) {
    process.stderr.write(run.stdout + run.stderr);
    console.error(`openapi-typescript failed on ${spec}`);
    process.exit(1);
  }
  let current = '';
  try {
    current = readFileSync(committed, 'utf8');
  } catch {
    // a missing file is as stale as an old one
  }
  if (current !== readFileSync(fresh, 'utf8')) {
    console.error('web/src/lib/api/schema.d.ts is stale: run npm run client');
    process.exit(1);
  }
  console.log('web/src/lib/api/schema.d.ts matches openapi.yaml');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
