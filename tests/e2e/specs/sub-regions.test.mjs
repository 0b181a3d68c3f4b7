import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { api, launch, openSignedInPage } from '../lib/browser.mjs';

describe('Sub-regions', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('lists member counts and edits a programme manager inline, shown on the Members list too', async () => {
    const original = (await api('/api/sub-regions')).body.find((s) => s.code === 'SA');
    assert.ok(original, 'the seeded sub-region SA exists');
    const manager = `E2E Manager ${Date.now()}`;
    const { context, page, consoleErrors } = await openSignedInPage(browser);
    try {
      await page.goto('/admin/sub-regions');
      const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: original.name, exact: true }) });
      await row.getByRole('link', { name: `${original.memberCount} Members in ${original.name}` }).waitFor();

      await row.getByRole('button', { name: `Edit ${original.name}` }).click();
      const field = page.getByRole('textbox', { name: /^Programme manager/ });
      await field.fill(manager);
      await page.getByRole('button', { name: 'Save sub-region' }).click();
      await page.getByRole('status').filter({ hasText: `Saved ${original.name}.` }).waitFor();
      await row.getByText(manager).waitFor();

      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members', exact: true }).click();
      const section = page.getByRole('region', { name: `${original.name} (${original.code})` });
      await section.getByText(`Programme manager: ${manager}`).waitFor();
      assert.deepEqual(consoleErrors, []);
    } finally {
      await context.close();
      const current = await api(`/api/sub-regions/${original.id}`);
      if (current.body.programmeManager !== original.programmeManager) {
        const { id, memberCount, version, ...input } = original;
        await api(`/api/sub-regions/${id}`, { method: 'PUT', body: JSON.stringify(input), headers: { 'If-Match': current.headers.get('etag') } });
      }
      assert.equal((await api(`/api/sub-regions/${original.id}`)).body.programmeManager, original.programmeManager);
    }
  });
});
