// `npm run openapi`: regenerates the committed contract openapi.yaml from what the API serves,
// then the SPA's typed client from it. Needs no database.
import path from 'node:path';
import { apiProject, log, root, run } from './lib/tasks.mjs';

log('Writing openapi.yaml from the API…');
run('dotnet', ['run', '--project', apiProject, '--', 'openapi', path.join(root, 'openapi.yaml')], {
  // The document does not touch the database; the API only insists that one is configured.
  env: { ConnectionStrings__Rocb: 'Host=127.0.0.1;Database=unused' },
});
log('Regenerating the TypeScript client…');
run('npm', ['run', 'generate', '--workspace', 'web']);
