import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { api, findMember, launch, openSignedInPage, screenshot } from '../lib/browser.mjs';

const nameField = (page) => page.getByRole('textbox', { name: /^Name/ });

/** Opens a Member's page the way a person does: from the list. */
async function openMemberFromList(page, name) {
  await page.goto('/admin/members');
  await page.getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(`^${name}`) }).waitFor();
}

/** Puts a Member back as it was, through the API, if a test left it changed. */
async function restore(original) {
  const current = await api(`/api/members/${original.id}`);
  if (current.body?.name === original.name) return;
  const { id, regionCode, subRegionCode, subRegionName, version, ...input } = original;
  await api(`/api/members/${id}`, { method: 'PUT', body: JSON.stringify(input), headers: { 'If-Match': current.headers.get('etag') } });
}

describe('Members', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('lists the seeded Members grouped by sub-region', async () => {
    const { context, page, consoleErrors } = await openSignedInPage(browser);
    try {
      await page.goto('/admin/members');
      await page.getByRole('heading', { level: 1, name: 'Members' }).waitFor();
      await page.getByRole('link', { name: 'Afghanistan', exact: true }).waitFor();

      const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts();
      for (const subRegion of ['East, Central and West Asia (ECWA)', 'Pacific Islands (PI)', 'South Asia (SA)', 'Southeast Asia (SEA)']) {
        assert.ok(headings.includes(subRegion), `a heading for ${subRegion} in ${JSON.stringify(headings)}`);
      }
      for (const name of ['Afghanistan', 'Thailand', 'Fiji', 'India']) {
        assert.equal(await page.getByRole('link', { name, exact: true }).count(), 1, `${name} is listed`);
      }
      // Each Member sits under its own sub-region.
      const southeastAsia = page.getByRole('region', { name: /Southeast Asia/ });
      assert.equal(await southeastAsia.getByRole('link', { name: 'Thailand', exact: true }).count(), 1);
      assert.equal(await southeastAsia.getByRole('link', { name: 'Afghanistan', exact: true }).count(), 0);
      assert.match(await southeastAsia.innerText(), /Programme manager:/);

      const count = await page.getByText(/^Showing 1–\d+ of \d+ Members$/).innerText();
      assert.ok(Number(count.match(/of (\d+) Members/)[1]) >= 33, `all seeded Members counted: ${count}`);

      await screenshot(page, 'members');
      assert.deepEqual(consoleErrors, []);
    } finally {
      await context.close();
    }
  });

  it('filters the list by sub-region and by search text', async () => {
    const { context, page } = await openSignedInPage(browser);
    try {
      await page.goto('/admin/members');
      await page.getByRole('link', { name: 'Afghanistan', exact: true }).waitFor();

      await page.getByLabel('Sub-region').selectOption({ label: 'Pacific Islands (PI)' });
      await page.waitForURL(/subRegionId=\d+/);
      await page.getByRole('link', { name: 'Afghanistan', exact: true }).waitFor({ state: 'detached' });
      assert.equal(await page.getByRole('link', { name: 'Fiji', exact: true }).count(), 1);
      assert.deepEqual(await page.getByRole('heading', { level: 2 }).allInnerTexts(), ['Pacific Islands (PI)']);

      await page.getByRole('button', { name: 'Clear filters' }).click();
      await page.getByRole('searchbox', { name: 'Search by name or code' }).fill('thai');
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await page.waitForURL(/q=thai/);
      await page.getByRole('link', { name: 'Fiji', exact: true }).waitFor({ state: 'detached' });
      assert.equal(await page.getByRole('link', { name: 'Thailand', exact: true }).count(), 1);
      await page.getByText('Showing 1–1 of 1 Members').waitFor();
    } finally {
      await context.close();
    }
  });

  it('shows the server field error next to an invalid field and saves nothing', async () => {
    const original = await findMember('TH');
    const { context, page } = await openSignedInPage(browser);
    try {
      await openMemberFromList(page, original.name);
      const name = nameField(page);
      assert.equal(await name.inputValue(), original.name);

      await name.fill('');
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes(`/api/members/${original.id}`)),
        page.getByRole('button', { name: 'Save changes' }).click(),
      ]);
      assert.equal(response.status(), 400);
      const problem = await response.json();
      const serverMessages = problem.errors?.name ?? problem.errors?.Name;
      assert.ok(serverMessages?.length, `the API names the field: ${JSON.stringify(problem.errors)}`);

      const summary = page.getByRole('alert');
      await summary.waitFor();
      assert.match(await summary.innerText(), /The Member was not saved/);
      assert.equal(await name.getAttribute('aria-invalid'), 'true');
      const describedBy = (await name.getAttribute('aria-describedby')) ?? '';
      const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
      assert.ok(errorId, `aria-describedby points to the error: "${describedBy}"`);
      assert.equal(await page.locator(`[id="${errorId}"]`).innerText(), serverMessages.join(' '));

      await page.reload();
      await nameField(page).waitFor();
      assert.equal(await nameField(page).inputValue(), original.name, 'the old value is still there after a reload');
      assert.equal((await api(`/api/members/${original.id}`)).body.name, original.name);
    } finally {
      await context.close();
      await restore(original);
    }
  });

  it('saves a valid edit, shows it after a reload, and restores the original name', async () => {
    const original = await findMember('TH');
    const changed = `${original.name} (e2e ${Date.now()})`;
    const { context, page, consoleErrors } = await openSignedInPage(browser);
    try {
      await openMemberFromList(page, original.name);

      await nameField(page).fill(changed);
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page.getByRole('status').filter({ hasText: `Saved ${changed}.` }).waitFor();

      await page.reload();
      await page.getByRole('heading', { level: 1, name: new RegExp(changed.replace(/[()]/g, '\\$&')) }).waitFor();
      assert.equal(await nameField(page).inputValue(), changed);

      await nameField(page).fill(original.name);
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page.getByRole('status').filter({ hasText: `Saved ${original.name}.` }).waitFor();
      await page.reload();
      await nameField(page).waitFor();
      assert.equal(await nameField(page).inputValue(), original.name);

      // Two saves through the form changed nothing but the version: no field was lost or mangled.
      const { version: _before, ...expected } = original;
      const { version: _after, ...actual } = (await api(`/api/members/${original.id}`)).body;
      assert.deepEqual(actual, expected);
      assert.deepEqual(consoleErrors, []);
    } finally {
      await context.close();
      await restore(original);
    }
  });

  it('refuses a save over someone else\'s change (412) and reloads their version on request', async () => {
    const original = await findMember('FJ');
    const theirs = `${original.name} (changed elsewhere ${Date.now()})`;
    const { context, page } = await openSignedInPage(browser);
    try {
      await openMemberFromList(page, original.name);

      // Someone else saves a change after this page read the Member.
      const { id, regionCode, subRegionCode, subRegionName, version, ...input } = original;
      const other = await api(`/api/members/${id}`, { method: 'PUT', body: JSON.stringify({ ...input, name: theirs }) });
      assert.equal(other.status, 200);

      await nameField(page).fill(`${original.name} (mine)`);
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes(`/api/members/${id}`)),
        page.getByRole('button', { name: 'Save changes' }).click(),
      ]);
      assert.equal(response.status(), 412);
      await page.getByRole('alert').filter({ hasText: 'Someone else changed this Member; reload to see their version' }).waitFor();

      await page.getByRole('button', { name: 'Reload' }).click();
      await page.getByRole('alert').waitFor({ state: 'detached' });
      assert.equal(await nameField(page).inputValue(), theirs);
      assert.equal((await api(`/api/members/${id}`)).body.name, theirs, 'my change did not overwrite theirs');
    } finally {
      await context.close();
      await restore(original);
    }
  });

  it('adds a Member through the form and deletes it after a confirmation', async () => {
    const code = 'ZQ';
    const name = `E2E Testland ${Date.now()}`;
    const leftover = async () => (await api(`/api/members?page=1&pageSize=200&q=${code}`)).body.items.find((m) => m.code === code);
    const stale = await leftover();
    if (stale) await api(`/api/members/${stale.id}`, { method: 'DELETE' });

    const { context, page, consoleErrors } = await openSignedInPage(browser);
    try {
      await page.goto('/admin/members');
      await page.getByRole('link', { name: 'Add a Member' }).click();
      await page.getByRole('textbox', { name: /^Code/ }).fill(code);
      await nameField(page).fill(name);
      await page.getByRole('combobox', { name: /^Sub-region/ }).selectOption({ label: 'Pacific Islands (PI)' });
      await page.getByRole('checkbox', { name: 'Small island economy' }).check();
      await page.getByRole('button', { name: 'Add Member' }).click();

      await page.getByRole('status').filter({ hasText: `Added ${name} (${code}).` }).waitFor();
      assert.match(page.url(), /\/admin\/members\/\d+$/);
      const created = await leftover();
      assert.equal(created?.name, name);
      assert.equal(created?.isSmallIslandEconomy, true);

      await page.getByRole('button', { name: 'Delete Member' }).click();
      await page.getByRole('button', { name: `Yes, delete ${name}` }).click();
      await page.getByRole('status').filter({ hasText: `${name} (${code}) was deleted.` }).waitFor();
      assert.equal(new URL(page.url()).pathname, '/admin/members');
      assert.equal(await page.getByRole('link', { name, exact: true }).count(), 0);
      assert.equal(await leftover(), undefined);
      assert.deepEqual(consoleErrors, []);
    } finally {
      await context.close();
      const left = await leftover();
      if (left) await api(`/api/members/${left.id}`, { method: 'DELETE' });
    }
  });
});
