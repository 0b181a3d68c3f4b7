import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { api, baseURL, launch, openSignedInPage } from '../lib/browser.mjs';

const withKey = (key) => fetch(`${baseURL}/api/members?pageSize=1`, { headers: { 'X-Api-Key': key } });

describe('API keys', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('creates a key and shows it once; the key works until it is revoked, and then leaves the list', async () => {
    const name = `E2E key ${Date.now()}`;
    const { context, page, consoleErrors } = await openSignedInPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    try {
      await page.goto('/');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'API keys', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'API keys' }).waitFor();

      await page.getByRole('button', { name: 'Create an API key' }).click();
      await page.getByRole('textbox', { name: /^Name/ }).fill(name);
      await page.getByRole('checkbox', { name: 'reference-data:read' }).check();
      await page.getByRole('button', { name: 'Create key' }).click();

      const panel = page.getByRole('region', { name: `Copy the new key “${name}” now` });
      await panel.waitFor();
      assert.match(await panel.innerText(), /This key will not be shown again\./);
      const key = await panel.getByRole('textbox', { name: 'API key' }).inputValue();
      assert.ok(key.length >= 20, `a key is shown: ${key.length} characters`);
      await panel.getByRole('button', { name: 'Copy' }).click();
      await panel.getByRole('status').filter({ hasText: /Copied the key|press Ctrl\+C/ }).waitFor();
      assert.equal((await withKey(key)).status, 200, 'the key works');

      await panel.getByRole('button', { name: 'I have stored the key' }).click();
      await panel.waitFor({ state: 'detached' });
      const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
      await row.waitFor();
      assert.match(await row.innerText(), /reference-data:read/);
      await page.reload();
      await row.waitFor();
      assert.equal((await page.content()).includes(key), false, 'the key is not shown again');

      await row.getByRole('button', { name: `Revoke ${name}` }).click();
      await page.getByRole('button', { name: `Yes, revoke ${name}` }).click();
      await page.getByRole('status').filter({ hasText: `Revoked the key “${name}”.` }).waitFor();
      await row.waitFor({ state: 'detached' });
      assert.equal((await withKey(key)).status, 401, 'the revoked key no longer works');

      // The box is bound to the URL (?revoked=1), which updates a moment after the click: click, then wait for it.
      await page.getByRole('checkbox', { name: 'Show revoked keys' }).click();
      await page.waitForFunction(() => document.getElementById('show-revoked')?.checked === true);
      await row.waitFor();
      assert.match(await row.innerText(), /Revoked/);
      assert.deepEqual(consoleErrors, []);
    } finally {
      await context.close();
      const left = (await api('/api/api-keys?pageSize=200')).body?.items?.find((k) => k.name === name);
      if (left) await api(`/api/api-keys/${left.id}`, { method: 'DELETE' });
    }
  });
});
