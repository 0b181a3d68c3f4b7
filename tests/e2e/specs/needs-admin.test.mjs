import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { api, launch, openPage } from '../lib/browser.mjs';
import { signIn } from '../lib/session.mjs';

describe('Needs survey administration, as Staff', () => {
  let browser;
  let staff;
  before(async () => {
    browser = await launch();
    const stamp = Date.now();
    staff = { email: `e2e-needs-admin-${stamp}@rocb.test`, password: `E2e-Admin-${stamp}!x`, name: `E2E Needs Admin ${stamp}` };
    const created = await api('/api/users', {
      method: 'POST',
      body: JSON.stringify({ email: staff.email, password: staff.password, displayName: staff.name, role: 'Staff', memberId: null, expertId: null }),
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    staff.id = created.body.id;
  });
  after(async () => {
    await browser?.close();
    if (staff?.id) {
      await api(`/api/users/${staff.id}`, {
        method: 'PUT',
        body: JSON.stringify({ displayName: staff.name, role: 'Staff', memberId: null, expertId: null, isDisabled: true }),
      });
    }
  });

  it('starts a cycle as a copy of the example, adds a custom question, opens it and records a reminder on the tracker', async () => {
    const stamp = Date.now();
    const name = `E2E copied survey ${stamp}`;
    const example = (await api('/api/needs-cycles?page=1&pageSize=100')).body.items.find((c) => c.isExample);
    assert.ok(example, 'the example needs cycle is seeded');
    const source = (await api(`/api/needs-cycles/${example.id}`)).body;
    const { context, page, consoleErrors } = await openPage(browser);
    let cycleId;
    try {
      await signIn(page, staff);
      await page.goto('/needs');
      await page.getByRole('link', { name: 'New survey cycle' }).click();
      await page.getByRole('heading', { level: 1, name: 'New needs survey' }).waitFor();
      await page.getByRole('textbox', { name: /^Name/ }).fill(name);
      await page.getByRole('radio', { name: /Copy an earlier cycle/ }).check();
      await page.getByRole('combobox', { name: 'Copy from' }).selectOption(String(example.id));
      await page.getByRole('button', { name: 'Create the survey (as a draft)' }).click();
      await page.getByRole('heading', { level: 1, name }).waitFor();
      cycleId = Number(new URL(page.url()).pathname.split('/')[2]);
      await page.getByText(`${name} was created as a draft.`).waitFor();
      await page.getByRole('heading', { level: 2, name: `Questionnaire (${source.questions.length} questions)` }).waitFor();
      await page.getByRole('heading', { level: 2, name: `Members asked (${source.members.length})` }).waitFor();

      // The questionnaire editor: one more custom question, saved whole.
      await page.getByRole('textbox', { name: 'Add a custom question' }).fill(`E2E question ${stamp}?`);
      await page.getByRole('button', { name: 'Add the question' }).click();
      await page.getByRole('button', { name: 'Save the questionnaire' }).click();
      await page.getByRole('heading', { level: 2, name: `Questionnaire (${source.questions.length + 1} questions)` }).waitFor();
      const saved = (await api(`/api/needs-cycles/${cycleId}`)).body;
      assert.equal(saved.questions.at(-1).text, `E2E question ${stamp}?`);
      assert.equal(saved.questions.at(-1).kind, 'custom');

      // Open asks first.
      await page.getByRole('button', { name: 'Open the survey' }).click();
      await page.getByRole('button', { name: 'Yes, open it' }).click();
      await page.getByRole('button', { name: 'Close the survey' }).waitFor();
      assert.equal((await api(`/api/needs-cycles/${cycleId}`)).body.status, 'open');

      // The tracker: every Member asked, none started; a reminder recorded for the first.
      await page.getByRole('navigation', { name: 'This survey' }).getByRole('link', { name: 'Responses' }).click();
      const first = [...source.members].sort((a, b) => a.name.localeCompare(b.name))[0];
      const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: first.name, exact: true }) });
      await row.waitFor();
      assert.match(await row.innerText(), /Not started/);
      await row.getByRole('checkbox', { name: `Select ${first.name}` }).check();
      await page.getByRole('button', { name: 'Record a reminder for 1 Member' }).click();
      await page.getByRole('status').filter({ hasText: /eminder/ }).first().waitFor();
      await row.getByText(/^1, last /).waitFor();
      const tracker = (await api(`/api/needs-cycles/${cycleId}/tracker`)).body;
      assert.equal(tracker.rows.find((r) => r.member.id === first.id).reminders.count, 1);

      // Upload from the survey spreadsheet: a dry run names the bad row and offers no import; a good file is imported whole.
      const topics = saved.questions.filter((q) => q.kind === 'topic').map((q) => q.topic.code);
      const header = 'member,topic,implementationStatus,needLevel,preferredDelivery,preferredQuarter,nationalPlanLink,remarks,priority';
      const rows = topics.map((code, i) => `${first.code},${code},planning,${i === 0 ? 3 : 0},${i === 0 ? 'expert-mission' : ''},${i === 0 ? 2 : ''},,,${i === 0 ? 1 : ''}`);
      const file = page.getByLabel('Spreadsheet to upload (CSV or XLSX)');
      await file.setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from([header, ...rows, `${first.code},no-such-topic,planning,2,,,,,`].join('\r\n')) });
      await page.getByRole('button', { name: 'Check the file (dry run)' }).click();
      const problems = page.getByRole('table', { name: 'Problems found in the file' });
      await problems.waitFor();
      assert.match(await problems.innerText(), new RegExp(`${rows.length + 2}\\s+topic`));
      assert.equal(await page.getByRole('button', { name: 'Import the responses' }).isDisabled(), true);
      assert.equal((await api(`/api/needs-cycles/${cycleId}/responses/${first.id}`)).body.status, 'not-started');

      await file.setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from([header, ...rows].join('\r\n')) });
      await page.getByRole('button', { name: 'Check the file (dry run)' }).click();
      await page.getByText(/The file is ready: /).waitFor();
      await page.getByRole('button', { name: 'Import the responses' }).click();
      await page.getByText(/^Imported /).waitFor();
      await row.getByText('Submitted').waitFor();
      assert.equal((await api(`/api/needs-cycles/${cycleId}/responses/${first.id}`)).body.status, 'submitted');
      assert.deepEqual(consoleErrors, []);
    } finally {
      await context.close();
      if (cycleId) await api(`/api/needs-cycles/${cycleId}/close`, { method: 'POST' });
    }
  });
});
