import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { api, findMember, launch, openSignedInPage } from '../lib/browser.mjs';
import { forgetAdminSession, sessionStorageKey, signIn } from '../lib/session.mjs';

describe('Users and roles', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('an administrator adds a Viewer, who then sees reference data read-only and no administration pages', async () => {
    const stamp = Date.now();
    const viewer = { email: `e2e-viewer-${stamp}@rocb.test`, name: `E2E Viewer ${stamp}`, password: `E2e-Viewer-${stamp}!x` };
    const thailand = await findMember('TH');
    const { context, page, consoleErrors } = await openSignedInPage(browser);
    let viewerId;
    try {
      // The administrator adds the user through the Users page.
      await page.goto('/');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
      await page.getByRole('link', { name: 'Add a user' }).click();
      await page.getByRole('textbox', { name: /^Email/ }).fill(viewer.email);
      await page.getByRole('textbox', { name: /^Name/ }).fill(viewer.name);
      await page.getByRole('combobox', { name: /^Role/ }).selectOption('Viewer');
      assert.equal(await page.getByRole('combobox', { name: /^Member/ }).count(), 0, 'no Member for a Viewer');
      const password = page.getByLabel(/^Initial password/);

      // A weak password is refused by the API, and the reason shows on the field.
      await password.fill('weak');
      const [refused] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/api/users')),
        page.getByRole('button', { name: 'Add user' }).click(),
      ]);
      assert.equal(refused.status(), 400);
      await page.getByRole('alert').filter({ hasText: 'The user was not saved' }).waitFor();
      assert.equal(await password.getAttribute('aria-invalid'), 'true');

      await password.fill(viewer.password);
      await page.getByRole('button', { name: 'Add user' }).click();
      await page.getByRole('status').filter({ hasText: `Added ${viewer.name} (${viewer.email}).` }).waitFor();
      viewerId = new URL(page.url()).pathname.split('/').at(-1);

      await page.goto(`/admin/users?q=${encodeURIComponent(viewer.email)}`);
      const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: viewer.name, exact: true }) });
      await row.waitFor();
      assert.match(await row.innerText(), /Viewer/);

      // Sign out, and in again as the viewer.
      await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL((url) => url.pathname === '/login');
      forgetAdminSession();
      await signIn(page, viewer, { goto: false });
      const viewerToken = JSON.parse(await page.evaluate((key) => sessionStorage.getItem(key), sessionStorageKey)).accessToken;
      consoleErrors.length = 0;

      // The banner fills in once the app has asked who is signed in.
      await page.getByRole('banner').getByText(viewer.name).waitFor();
      const banner = await page.getByRole('banner').innerText();
      assert.match(banner, new RegExp(viewer.name));
      assert.match(banner, /Viewer/);
      const nav = page.getByRole('navigation', { name: 'Main' });
      await nav.getByText('Administration').waitFor();
      for (const name of ['Members', 'Sub-regions']) assert.equal(await nav.getByRole('link', { name, exact: true }).count(), 1, `${name} is offered`);
      for (const name of ['Users', 'API keys', 'Audit log']) assert.equal(await nav.getByRole('link', { name, exact: true }).count(), 0, `${name} is not offered`);

      await nav.getByRole('link', { name: 'Members', exact: true }).click();
      await page.getByRole('link', { name: 'Afghanistan', exact: true }).waitFor();
      assert.equal(await page.getByRole('link', { name: 'Add a Member' }).count(), 0);
      await page.getByRole('link', { name: thailand.name, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: new RegExp(`^${thailand.name}`) }).waitFor();
      for (const name of [/^Edit/, /^Save/, /^Delete/]) assert.equal(await page.getByRole('button', { name }).count(), 0, `no ${name} button`);
      assert.equal(await page.getByRole('textbox').count(), 0, 'nothing to edit');
      assert.equal(await page.getByRole('heading', { name: 'Focal points' }).count(), 0);
      assert.equal(await page.getByRole('heading', { name: 'Change history' }).count(), 0);

      await nav.getByRole('link', { name: 'Sub-regions', exact: true }).click();
      await page.getByRole('rowheader', { name: 'Pacific Islands', exact: true }).waitFor();
      assert.equal(await page.getByRole('button', { name: /^Edit/ }).count(), 0);

      // Typed in directly, an administration page says so kindly; the API refuses anyway.
      await page.goto('/admin/users');
      await page.getByRole('heading', { level: 1, name: "You don't have access" }).waitFor();
      assert.equal((await api('/api/users', { token: viewerToken })).status, 403);
      assert.deepEqual(consoleErrors, []);
    } finally {
      await context.close();
      // Leave no active test account behind.
      if (viewerId) {
        const current = await api(`/api/users/${viewerId}`);
        if (current.status === 200 && !current.body.isDisabled) {
          const { displayName, role, memberId, expertId } = current.body;
          await api(`/api/users/${viewerId}`, { method: 'PUT', body: JSON.stringify({ displayName, role, memberId, expertId, isDisabled: true }) });
        }
      }
    }
  });
});
