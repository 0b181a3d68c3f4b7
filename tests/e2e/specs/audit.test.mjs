import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { api, findMember, launch, openSignedInPage } from '../lib/browser.mjs';

/** Puts a Member back as it was, through the API, if the test left it changed. */
async function restore(original) {
  const current = await api(`/api/members/${original.id}`);
  if (current.body?.name === original.name) return;
  const { id, regionCode, subRegionCode, subRegionName, version, ...input } = original;
  await api(`/api/members/${id}`, { method: 'PUT', body: JSON.stringify(input), headers: { 'If-Match': current.headers.get('etag') } });
}

describe('Audit log', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it("records a Member's name change, shown in the audit log and in the Member's change history", async () => {
    const original = await findMember('IN');
    const changed = `${original.name} (audit e2e ${Date.now()})`;
    const me = (await api('/api/auth/me')).body;
    // The audit log names a user by display name or by email (the API records the user name, which is the email).
    const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const actor = new RegExp(`${escape(me.displayName)}|${escape(me.email)}`);
    const { context, page, consoleErrors } = await openSignedInPage(browser);
    try {
      await page.goto('/admin/members');
      await page.getByRole('link', { name: original.name, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: new RegExp(`^${original.name}`) }).waitFor();
      await page.getByRole('textbox', { name: /^Name/ }).fill(changed);
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page.getByRole('status').filter({ hasText: `Saved ${changed}.` }).waitFor();

      // The Member's page lists the change, newest first.
      const history = page.getByRole('region', { name: 'Change history' });
      const latest = history.getByRole('listitem').first();
      await latest.filter({ hasText: /^Updated by/ }).waitFor();
      assert.match(await latest.innerText(), actor);
      const nameRow = latest.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Name', exact: true }) });
      assert.deepEqual(await nameRow.getByRole('cell').allInnerTexts(), [original.name, changed]);

      // The audit log, filtered to this Member, shows it with the values before and after.
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
      await page.getByLabel('Record type').selectOption('Member');
      await page.getByLabel('Record id').fill(String(original.id));
      await page.getByLabel('Action').selectOption('updated');
      await page.getByRole('button', { name: 'Apply filters' }).click();
      await page.waitForURL(/entity=Member/);
      await page.getByText(new RegExp(`^History of Member ${original.id}: Showing`)).waitFor();

      const first = page.locator('.audit-table > tbody > tr').first();
      assert.match(await first.innerText(), actor);
      assert.match(await first.innerText(), /updated/);
      await first.getByRole('button', { name: /Show changes/ }).click();
      const changes = page.getByRole('table', { name: new RegExp(`Changes: updated Member ${original.id}`) }).first();
      const row = changes.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Name', exact: true }) });
      assert.deepEqual(await row.getByRole('cell').allInnerTexts(), [original.name, changed]);

      await first.getByRole('link', { name: `History of Member ${original.id}` }).click();
      await page.waitForURL((url) => url.searchParams.get('entity') === 'Member' && url.searchParams.get('entityId') === String(original.id) && !url.searchParams.has('action'));
      assert.deepEqual(consoleErrors, []);
    } finally {
      await context.close();
      await restore(original);
    }
  });
});
