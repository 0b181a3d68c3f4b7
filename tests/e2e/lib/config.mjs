import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const baseURL = (process.env.ROCB_URL ?? 'http://127.0.0.1:5080').replace(/\/$/, '');
export const artifactsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'artifacts');

/** The administrator the app under test was started with (the orchestrator sets these). */
export function adminCredentials() {
  const email = process.env.ROCB_E2E_ADMIN_EMAIL;
  const password = process.env.ROCB_E2E_ADMIN_PASSWORD;
  if (!email || !password) {
    throw new Error('Set ROCB_E2E_ADMIN_EMAIL and ROCB_E2E_ADMIN_PASSWORD to the administrator the app was started with.');
  }
  return { email, password };
}
