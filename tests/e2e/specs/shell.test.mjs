import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch, openSignedInPage } from '../lib/browser.mjs';

describe('app shell', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('loads the dashboard with its landmarks, keyboard skip link and no console errors', async () => {
    const { context, page, consoleErrors } = await openSignedInPage(browser);
    try {
      await page.goto('/');
      await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();

      const banner = await page.getByRole('banner').innerText();
      assert.match(banner, /Rocb/);
      assert.match(banner, /Administrator/, 'the header shows the role of the signed-in user');
      assert.equal(await page.getByRole('main').count(), 1, 'one main landmark');
      const nav = page.getByRole('navigation', { name: 'Main' });
      for (const name of ['Dashboard', 'Plans', 'Activities', 'Needs', 'Experts', 'Members', 'Sub-regions', 'Users', 'API keys', 'Audit log']) {
        assert.equal(await nav.getByRole('link', { name, exact: true }).count(), 1, `navigation links to ${name}`);
      }

      // The first Tab lands on the skip link, and following it moves focus to the main content.
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to main content');
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'main-content');

      // Client-side navigation through the menu works and stays error-free.
      await nav.getByRole('link', { name: 'Plans', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Plans' }).waitFor();
      await nav.getByRole('link', { name: 'Members', exact: true }).click();
      await page.getByRole('link', { name: 'Afghanistan', exact: true }).waitFor();

      assert.deepEqual(consoleErrors, [], 'no console errors or uncaught page errors');
    } finally {
      await context.close();
    }
  });

  it('shows the 404 page, inside the shell, for an unknown address', async () => {
    const { context, page, consoleErrors } = await openSignedInPage(browser);
    try {
      await page.goto('/no/such/page');
      await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
      assert.match(await page.getByRole('main').innerText(), /\/no\/such\/page/);
      assert.equal(await page.getByRole('navigation', { name: 'Main' }).count(), 1);
      await page.getByRole('link', { name: 'Go to the dashboard' }).click();
      await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
      assert.deepEqual(consoleErrors, []);
    } finally {
      await context.close();
    }
  });
});
