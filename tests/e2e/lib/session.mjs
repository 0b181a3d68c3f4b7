// Sessions for the browser tests: signing in through the login page, and the administrator's
// session shared by the spec files of one run (the API allows only a few sign-ins per minute
// from one address, so each file does not sign in again while the last session still works).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { adminCredentials, artifactsDir, baseURL } from './config.mjs';

/** Where the SPA keeps its session (src/lib/auth/session.ts). */
export const sessionStorageKey = 'rocb.session';
const cacheFile = path.join(artifactsDir, 'admin-session.json');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Seconds to wait from a 429's Retry-After (or its "Wait N seconds" message), plus a margin. */
function waitSeconds(value) {
  const n = Number(String(value ?? '').match(/\d+/)?.[0]);
  return (Number.isFinite(n) && n > 0 ? n : 60) + 1;
}

function readCache() {
  try {
    return JSON.parse(readFileSync(cacheFile, 'utf8'));
  } catch {
    return undefined;
  }
}

function writeCache(session) {
  mkdirSync(artifactsDir, { recursive: true });
  writeFileSync(cacheFile, JSON.stringify(session));
}

/** Shares an administrator session signed in by a test with the rest of the run. */
export function shareAdminSession(session) {
  current = session;
  writeCache(session);
}

/** Forgets the shared administrator session (after it was signed out). */
export function forgetAdminSession() {
  current = undefined;
  rmSync(cacheFile, { force: true });
}

async function isValid(session) {
  if (!session?.accessToken) return false;
  const response = await fetch(`${baseURL}/api/auth/me`, { headers: { Authorization: `Bearer ${session.accessToken}` } });
  return response.ok;
}

/** Signs in through the API (set-up only: what is tested signs in through the login page). Waits out a 429. */
export async function signInThroughApi({ email, password }) {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const response = await fetch(`${baseURL}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (response.status === 429) {
      await sleep(waitSeconds(response.headers.get('retry-after')) * 1000);
      continue;
    }
    if (!response.ok) throw new Error(`sign-in as ${email} failed: ${response.status} ${await response.text()}`);
    const tokens = await response.json();
    return { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, expiresAt: Date.now() + tokens.expiresIn * 1000 };
  }
  throw new Error(`sign-in as ${email} was rate-limited three times`);
}

let current;

/** The administrator's session: the shared one while it works, else a new one (through the API). */
export async function adminSession({ renew = false } = {}) {
  if (!renew) {
    // Trusted once known: a caller that gets a 401 asks again with renew.
    if (current) return current;
    const cached = readCache();
    if (await isValid(cached)) return (current = cached);
  }
  current = await signInThroughApi(adminCredentials());
  writeCache(current);
  return current;
}

/**
 * Signs in through the login page: fills Email and Password, presses "Sign in" and waits until the
 * app has left the login page. When the API rate-limits sign-ins (429), waits as the page says and tries again.
 * Returns the session the app stored.
 */
export async function signIn(page, { email, password } = adminCredentials(), { goto = true } = {}) {
  if (goto) await page.goto('/login');
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await page.getByRole('textbox', { name: /^Email/ }).fill(email);
    await page.getByLabel(/^Password/).fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    const outcome = await Promise.race([
      page.waitForURL((url) => url.pathname !== '/login').then(() => 'signed-in'),
      page.getByRole('alert').waitFor().then(() => 'alert'),
    ]);
    if (outcome === 'signed-in') {
      const raw = await page.evaluate((key) => sessionStorage.getItem(key), sessionStorageKey);
      return JSON.parse(raw);
    }
    const message = await page.getByRole('alert').innerText();
    if (!/Too many sign-in attempts/.test(message)) throw new Error(`sign-in as ${email} failed: ${message}`);
    await page.waitForTimeout(waitSeconds(message.match(/Wait (\d+)/)?.[1]) * 1000);
  }
  throw new Error(`sign-in as ${email} was rate-limited three times`);
}

/** Gives a browser context a session before any page of it loads (as if the user had signed in in that tab). */
export async function useSession(context, session) {
  await context.addInitScript(
    ([key, value]) => {
      try {
        // Once per tab: a later sign-out must not be undone by a reload.
        if (!sessionStorage.getItem('rocb.e2e.session-given')) {
          sessionStorage.setItem(key, value);
          sessionStorage.setItem('rocb.e2e.session-given', '1');
        }
      } catch {
        // about:blank has no storage.
      }
    },
    [sessionStorageKey, JSON.stringify(session)],
  );
}

/**
 * Makes a page signed in as the administrator: with the shared session when it still works,
 * else by signing in through the login page (and sharing that session).
 */
export async function signInAsAdmin(page) {
  const cached = current ?? readCache();
  if (await isValid(cached)) {
    current = cached;
    await useSession(page.context(), cached);
    return cached;
  }
  current = await signIn(page);
  writeCache(current);
  return current;
}
