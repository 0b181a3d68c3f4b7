import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { api, launch, openPage, openSignedInPage } from '../lib/browser.mjs';
import { adminCredentials } from '../lib/config.mjs';
import { forgetAdminSession, sessionStorageKey, shareAdminSession, signIn, useSession } from '../lib/session.mjs';

const storedSession = (page) => page.evaluate((key) => sessionStorage.getItem(key), sessionStorageKey);

describe('Signing in and out', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('shows the error on the login page for a wrong password, and signs in with the right one', async () => {
    const admin = adminCredentials();
    const { context, page } = await openPage(browser);
    try {
      await page.goto('/login');
      await page.getByRole('heading', { level: 1, name: 'Sign in to Rocb' }).waitFor();
      await page.getByRole('textbox', { name: /^Email/ }).fill(admin.email);
      await page.getByLabel(/^Password/).fill(`${admin.password}-wrong`);
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/auth/sign-in')),
        page.getByRole('button', { name: 'Sign in', exact: true }).click(),
      ]);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      if (response.status() === 429) {
        // Rate-limited by earlier runs: the page must say so plainly.
        assert.match(await alert.innerText(), /Too many sign-in attempts/);
      } else {
        assert.equal(response.status(), 401);
        assert.match(await alert.innerText(), /The email or password is incorrect\./);
      }
      assert.equal(new URL(page.url()).pathname, '/login');
      assert.equal(await storedSession(page), null, 'no session after a failed sign-in');

      // The right password works (and resets the failed-attempt count towards a lockout).
      const session = await signIn(page, admin, { goto: false });
      assert.equal(new URL(page.url()).pathname, '/');
      await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
      shareAdminSession(session);
    } finally {
      await context.close();
    }
  });

  it('sends an unauthenticated visit to the login page and back after sign-in, without console errors (CSP included)', async () => {
    const { context, page, consoleErrors, apiResponses } = await openPage(browser);
    try {
      await page.goto('/admin/members?q=thai');
      await page.waitForURL((url) => url.pathname === '/login');
      assert.equal(new URL(page.url()).searchParams.get('returnTo'), '/admin/members?q=thai');
      await page.getByRole('heading', { level: 1, name: 'Sign in to Rocb' }).waitFor();
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'sign-in-email', 'focus starts on Email');
      assert.deepEqual(apiResponses, [], 'nothing is asked of the API without a session');
      assert.deepEqual(consoleErrors, [], 'the login page logs no errors and no CSP violations');

      shareAdminSession(await signIn(page, adminCredentials(), { goto: false }));
      await page.waitForURL((url) => url.pathname === '/admin/members' && url.search === '?q=thai');
      await page.getByRole('link', { name: 'Thailand', exact: true }).waitFor();

      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
      const me = await api('/api/auth/me');
      const banner = await page.getByRole('banner').innerText();
      assert.match(banner, new RegExp(me.body.displayName));
      assert.match(banner, /Administrator/);
      assert.deepEqual(consoleErrors, [], 'the dashboard logs no errors and no CSP violations');
      assert.deepEqual(apiResponses.filter((r) => r.status >= 400), []);
    } finally {
      await context.close();
    }
  });

  it('says the session has expired when its tokens no longer work, and keeps the page to return to', async () => {
    const { context, page } = await openPage(browser);
    try {
      await useSession(context, { accessToken: 'not-a-token', refreshToken: 'not-a-refresh-token', expiresAt: Date.now() + 60_000 });
      await page.goto('/admin/sub-regions');
      await page.waitForURL((url) => url.pathname === '/login');
      await page.getByText('Your session has expired. Sign in again.').waitFor();
      const search = new URL(page.url()).searchParams;
      assert.equal(search.get('expired'), '1');
      assert.equal(search.get('returnTo'), '/admin/sub-regions');
      assert.equal(await storedSession(page), null);
    } finally {
      await context.close();
    }
  });

  it('signs out: back to the login page, the old token stops working, and pages need a new sign-in', async () => {
    const { context, page, consoleErrors } = await openSignedInPage(browser);
    try {
      await page.goto('/');
      await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
      const token = JSON.parse(await storedSession(page)).accessToken;
      // Nothing of the dashboard may still be on its way when the session ends (it would be answered 401).
      await page.waitForLoadState('networkidle');

      await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL((url) => url.pathname === '/login');
      await page.getByRole('status').filter({ hasText: 'You have signed out.' }).waitFor();
      assert.equal(await storedSession(page), null);
      assert.equal((await api('/api/auth/me', { token })).status, 401, 'signing out ended the session on the server');

      await page.goto('/admin/members');
      await page.waitForURL((url) => url.pathname === '/login');
      assert.equal(new URL(page.url()).searchParams.get('returnTo'), '/admin/members');
      assert.deepEqual(consoleErrors, []);
    } finally {
      // Every session of the administrator ended: the next ones sign in again.
      forgetAdminSession();
      await context.close();
    }
  });
});
