import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { api, launch, openPage } from '../lib/browser.mjs';
import { signIn } from '../lib/session.mjs';

/** Console errors other than the browser's own line for a refusal the test provoked (400). */
const unexpected = (errors) => errors.filter((e) => !/Failed to load resource: the server responded with a status of 400/.test(e));

const isApi = (method, pattern) => (r) => r.request().method() === method && pattern.test(new URL(r.url()).pathname);

/** The browser's local day, as the donor form fills "Sent on". */
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('Experts: the profile form and donor release requests', () => {
  let browser;
  let staffUser;
  const stamp = Date.now();
  const staff = { email: `e2e-forms-${stamp}@rocb.test`, password: `E2e-Forms-${stamp}!x`, name: `E2E Forms Staff ${stamp}` };

  before(async () => {
    browser = await launch();
    const response = await api('/api/users', {
      method: 'POST',
      body: JSON.stringify({ email: staff.email, password: staff.password, displayName: staff.name, role: 'Staff', memberId: null, expertId: null }),
    });
    assert.equal(response.status, 201, JSON.stringify(response.body));
    staffUser = response.body;
  });

  after(async () => {
    await browser?.close();
    if (staffUser) {
      await api(`/api/users/${staffUser.id}`, {
        method: 'PUT',
        body: JSON.stringify({ displayName: staffUser.displayName, role: 'Staff', memberId: null, expertId: null, isDisabled: true }),
      });
    }
  });

  it('Staff add an expert (a missing name is shown on its field first), find it on the roster and edit it with If-Match', async () => {
    const expertName = `E2E Form Expert ${stamp}`;
    const side = await openPage(browser);
    try {
      const { page } = side;
      await signIn(page, staff);
      const nav = page.getByRole('navigation', { name: 'Main' });
      await nav.getByRole('link', { name: 'Experts' }).click();
      await page.getByRole('heading', { level: 1, name: 'Experts' }).waitFor();
      await page.getByRole('link', { name: 'New expert', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'New expert' }).waitFor();

      // Everything but the name: the API's message shows next to the Name field.
      await page.getByRole('radio', { name: 'An administration outside the region' }).check();
      await page.getByRole('textbox', { name: /^Administration outside the region/ }).fill('E2E Customs');
      await page.getByRole('combobox', { name: 'Gender', exact: true }).selectOption('female');
      await page.getByRole('textbox', { name: 'Languages' }).fill('en, FR');
      await page.getByRole('textbox', { name: 'Notes' }).fill('Created by the expert form browser test.');
      const [refused] = await Promise.all([
        page.waitForResponse(isApi('POST', /^\/api\/experts$/)),
        page.getByRole('button', { name: 'Add expert' }).click(),
      ]);
      assert.equal(refused.status(), 400);
      await page.getByRole('alert').filter({ hasText: 'The expert was not saved' }).waitFor();
      await page.locator('#expert-name-error').filter({ hasText: "Give the expert's name" }).waitFor();
      assert.equal(await page.getByRole('textbox', { name: /^Name/ }).getAttribute('aria-invalid'), 'true');

      await page.getByRole('textbox', { name: /^Name/ }).fill(expertName);
      const [saved] = await Promise.all([
        page.waitForResponse(isApi('POST', /^\/api\/experts$/)),
        page.getByRole('button', { name: 'Add expert' }).click(),
      ]);
      assert.equal(saved.status(), 201, await saved.text());
      const expert = await saved.json();
      assert.deepEqual(expert.languages, ['en', 'fr']);
      assert.equal(expert.outsideAdministration, 'E2E Customs');
      assert.equal(expert.consentToContact, false);
      await page.waitForURL((url) => url.pathname === `/experts/${expert.id}`);
      await page.getByRole('heading', { level: 1, name: expertName }).waitFor();
      await page.getByRole('status').filter({ hasText: `${expertName} added to the roster.` }).waitFor();

      // On the roster, found by name.
      await nav.getByRole('link', { name: 'Experts' }).click();
      await page.getByRole('heading', { level: 1, name: 'Experts' }).waitFor();
      await page.getByRole('searchbox', { name: 'Name or administration' }).fill(expertName);
      await page.getByRole('button', { name: 'Apply' }).click();
      const roster = page.getByRole('table', { name: 'Experts' });
      await roster.getByRole('rowheader', { name: expertName }).waitFor();
      assert.match(await roster.getByRole('row').filter({ hasText: expertName }).innerText(), /E2E Customs/);

      // Edit: the save carries the version it was read with.
      await roster.getByRole('link', { name: expertName }).click();
      await page.getByRole('heading', { level: 1, name: expertName }).waitFor();
      await page.getByRole('link', { name: `Edit ${expertName}` }).click();
      await page.getByRole('heading', { level: 1, name: `Edit ${expertName}` }).waitFor();
      await page.getByRole('textbox', { name: 'Phone' }).fill('+66 2 000 0000');
      const [updated] = await Promise.all([
        page.waitForResponse(isApi('PUT', new RegExp(`^/api/experts/${expert.id}$`))),
        page.getByRole('button', { name: 'Save changes' }).click(),
      ]);
      assert.equal(updated.status(), 200, await updated.text());
      assert.equal(updated.request().headers()['if-match'], `"${expert.version}"`);
      await page.getByRole('status').filter({ hasText: `${expertName}: profile saved.` }).waitFor();
      await page.getByText('+66 2 000 0000').waitFor();
      assert.deepEqual(unexpected(side.consoleErrors), []);
    } finally {
      await side.context.close();
    }
  });

  it('Staff record a donor release request and set it to released; the summary counts it', async () => {
    const administration = `E2E Donor ${stamp}`;
    const side = await openPage(browser);
    try {
      const { page } = side;
      await signIn(page, staff);
      const nav = page.getByRole('navigation', { name: 'Main' });
      await nav.getByRole('link', { name: 'Donor requests' }).click();
      await page.getByRole('heading', { level: 1, name: 'Donor requests' }).waitFor();
      const summary = page.getByText(/requests? met \(\d+%\)|No request answered yet/);
      await summary.waitFor();
      const [, met, answered] = (await summary.innerText()).match(/^(\d+) of (\d+)/) ?? [null, '0', '0'];

      await page.getByRole('radio', { name: 'Another administration, by name' }).check();
      await page.getByRole('textbox', { name: /^Other administration/ }).fill(administration);
      assert.equal(await page.getByLabel(/^Sent on/).inputValue(), today());
      const [recorded] = await Promise.all([
        page.waitForResponse(isApi('POST', /^\/api\/donor-requests$/)),
        page.getByRole('button', { name: 'Record donor request' }).click(),
      ]);
      assert.equal(recorded.status(), 201, await recorded.text());
      const request = await recorded.json();
      await page.getByRole('status').filter({ hasText: `Request #${request.id} to ${administration} recorded.` }).waitFor();

      const row = page.getByRole('row', { name: `Request #${request.id} to ${administration}` });
      await row.getByRole('cell', { name: 'Waiting' }).waitFor();
      const [released] = await Promise.all([
        page.waitForResponse(isApi('PUT', new RegExp(`^/api/donor-requests/${request.id}/outcome$`))),
        row.getByRole('button', { name: /^Released/ }).click(),
      ]);
      assert.equal(released.status(), 200, await released.text());
      assert.equal(released.request().headers()['if-match'], `"${request.version}"`);
      assert.equal((await released.json()).outcome, 'released');
      await page.getByRole('status').filter({ hasText: `Request #${request.id} to ${administration}: released.` }).waitFor();
      assert.equal(await row.getByRole('button', { name: /^Released/ }).getAttribute('aria-pressed'), 'true');
      const n = Number(met) + 1;
      const m = Number(answered) + 1;
      await page.getByText(`${n} of ${m} ${m === 1 ? 'request' : 'requests'} met (${Math.round((n / m) * 100)}%)`).waitFor();
      assert.deepEqual(unexpected(side.consoleErrors), []);
    } finally {
      await side.context.close();
    }
  });
});
