// `npm start`: everything from a fresh clone. npm packages, PostgreSQL, API build, SPA build,
// migrations and seed data, then the API on http://127.0.0.1:5080 serving the SPA.
// ROCB_PORT changes the port; ROCB_DB points at another PostgreSQL (nothing is installed then).
import {
  buildApi, buildWeb, ensureNodeModules, ensurePostgres, log, migrate, startApi, waitUntilReady,
} from './lib/tasks.mjs';

const port = Number(process.env.ROCB_PORT ?? 5080);
const baseUrl = `http://127.0.0.1:${port}`;

ensureNodeModules();
log('Making sure PostgreSQL runs…');
const connectionString = ensurePostgres();
buildApi();
buildWeb();
migrate(connectionString);

log(`Starting the API on ${baseUrl}…`);
const api = startApi(connectionString, port);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => api.kill(signal));
}
api.on('exit', (code) => process.exit(code ?? 0));

await waitUntilReady(baseUrl, api);
log('Rocb is ready:');
log(`  App         ${baseUrl}/`);
log(`  Swagger UI  ${baseUrl}/swagger`);
log(`  OpenAPI     ${baseUrl}/openapi/v1.yaml`);
log(`  Health      ${baseUrl}/health/ready`);
log('Press Ctrl+C to stop.');
