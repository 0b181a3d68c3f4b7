// Debian's Chromium driven by playwright-core: no browser download is possible here.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { artifactsDir, baseURL } from './config.mjs';
import { adminSession, signInAsAdmin } from './session.mjs';

export { artifactsDir, baseURL };

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launch() {
  if (!existsSync(executablePath)) {
    throw new Error(`${executablePath} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A fresh page on the app, recording console errors and uncaught page errors,
 * and every API response, so a test can assert on what the app did.
 */
export async function openPage(browser) {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
  // Generous: CI shares two cores with the API, PostgreSQL and builds.
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  const consoleErrors = [];
  const apiResponses = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/api/')) {
      apiResponses.push({ method: response.request().method(), url: response.url(), status: response.status() });
    }
  });
  return { context, page, consoleErrors, apiResponses };
}

/** openPage, signed in as the administrator (through the login page, or with the run's shared session). */
export async function openSignedInPage(browser) {
  const opened = await openPage(browser);
  await signInAsAdmin(opened.page);
  return opened;
}

export async function screenshot(page, name, { fullPage = true } = {}) {
  mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

/**
 * The API, called directly as the administrator (for set-up and clean-up, not for what is being tested).
 * `init.token` calls with another bearer token, `init.token: null` without one.
 */
export async function api(pathAndQuery, { token, ...init } = {}) {
  const send = async (bearer) => {
    const response = await fetch(`${baseURL}${pathAndQuery}`, {
      ...init,
      headers: {
        Accept: 'application/json',
        ...(init.body ? { 'Content-Type': 'application/json' } : {}),
        ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}),
        ...init.headers,
      },
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
  };
  if (token !== undefined) return send(token);
  const result = await send((await adminSession()).accessToken);
  // The administrator's sessions end when a test signs the administrator out: sign in again once.
  if (result.status === 401) return send((await adminSession({ renew: true })).accessToken);
  return result;
}

export async function findMember(code) {
  const { body } = await api(`/api/members?page=1&pageSize=200&q=${encodeURIComponent(code)}`);
  const member = body?.items?.find((m) => m.code === code);
  if (!member) throw new Error(`the seeded Member ${code} is not in the API`);
  return member;
}
