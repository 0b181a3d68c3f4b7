import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { api, baseURL, findMember, launch, openPage } from '../lib/browser.mjs';
import { adminSession, signIn } from '../lib/session.mjs';

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** A Staff user made through the API (disabled again afterwards). */
async function createStaff(stamp) {
  const staff = { email: `e2e-needs-staff-${stamp}@rocb.test`, password: `E2e-Staff-${stamp}!x`, name: `E2E Needs Staff ${stamp}` };
  const created = await api('/api/users', {
    method: 'POST',
    body: JSON.stringify({ email: staff.email, password: staff.password, displayName: staff.name, role: 'Staff', memberId: null, expertId: null }),
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return { ...staff, id: created.body.id };
}

async function disable(user) {
  if (!user?.id) return;
  await api(`/api/users/${user.id}`, {
    method: 'PUT',
    body: JSON.stringify({ displayName: user.name, role: 'Staff', memberId: null, expertId: null, isDisabled: true }),
  });
}

describe('Needs analysis and the draft work plan, as Staff', () => {
  let browser;
  let staff;
  before(async () => {
    browser = await launch();
    staff = await createStaff(Date.now());
  });
  after(async () => {
    await browser?.close();
    await disable(staff);
  });

  it('the seeded example cycle shows its heat map, gap chart and high-impact list', async () => {
    const cycles = (await api('/api/needs-cycles?page=1&pageSize=100')).body.items;
    const example = cycles.find((c) => c.isExample);
    assert.ok(example, 'the example needs cycle is seeded');
    const { context, page, consoleErrors } = await openPage(browser);
    try {
      await signIn(page, staff);
      await page.goto('/needs');
      const row = page.getByRole('row').filter({ hasText: example.name });
      await row.getByText('Example data', { exact: true }).waitFor();
      await row.getByRole('link', { name: example.name, exact: true }).click();
      await page.getByRole('navigation', { name: 'This survey' }).getByRole('link', { name: 'Analysis' }).click();
      await page.getByRole('heading', { level: 1, name: new RegExp(`^Analysis: ${escape(example.name)}`) }).waitFor();

      const heat = page.getByRole('img', { name: 'Weighted demand by topic and sub-region' });
      await heat.waitFor();
      // Figures in the cells: "weighted (Members)".
      assert.match(await heat.innerHTML(), /\d+ \(\d+\)/);
      const gap = page.getByRole('img', { name: 'Demand versus supply per topic' });
      await gap.waitFor();
      assert.match(await gap.getAttribute('aria-describedby'), /.+/);
      const high = page.getByRole('table', { name: 'High-impact needs' });
      await high.waitFor();
      assert.ok((await high.getByRole('row').count()) > 1, 'the example has at least one high-impact need');

      // The table alternatives hold the same figures as the charts.
      await page.getByText('Weighted demand by topic and sub-region: the figures as a table').click();
      await page.getByRole('table', { name: /Weighted demand by topic and sub-region/ }).waitFor();

      // The export comes as a file (fetched with the session's token).
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the analysis (CSV)' }).click()]);
      assert.equal(download.suggestedFilename(), `needs-analysis-${example.id}.csv`);
      const csv = await readFile(await download.path(), 'utf8');
      assert.ok(csv.split(/\r?\n/).length > 10, 'the CSV export has the analysis rows');

      // The sub-region filter goes into the address and is applied by the API.
      const subRegion = page.getByRole('combobox', { name: 'Sub-region' });
      const option = await subRegion.locator('option').nth(1).getAttribute('value');
      const [response] = await Promise.all([
        page.waitForResponse((r) => new URL(r.url()).pathname.endsWith('/analysis') && new URL(r.url()).searchParams.get('subRegionId') === option),
        subRegion.selectOption(option),
      ]);
      assert.equal(response.status(), 200);
      assert.equal(new URL(page.url()).searchParams.get('subRegionId'), option);
      assert.deepEqual(consoleErrors, []);
    } finally {
      await context.close();
    }
  });

  it('generates a draft work plan from uploaded answers, shows the evidence of a line, and adopts it into planned activities', async () => {
    const stamp = Date.now();
    const thailand = await findMember('TH');
    const topic = (await api('/api/topics')).body[0];
    const created = await api('/api/needs-cycles', {
      method: 'POST',
      body: JSON.stringify({
        name: `E2E work plan ${stamp}`,
        fiscalYear: 2070 + (stamp % 20),
        opensOn: day(-1),
        closesOn: day(20),
        memberIds: [thailand.id],
        coordinators: ['ROCB A/P'],
        topicIds: [topic.id],
        customQuestions: [],
      }),
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const cycle = created.body;
    assert.equal((await api(`/api/needs-cycles/${cycle.id}/open`, { method: 'POST' })).status, 200);
    // Thailand's answer, as the survey spreadsheet brings it (set-up: the upload itself is not what is tested here).
    const csv = `member,topic,implementationStatus,needLevel,preferredDelivery,preferredQuarter,nationalPlanLink,remarks,priority\r\nTH,${topic.code},planning,3,national-workshop,3,,E2E ${stamp},1\r\n`;
    const session = await adminSession();
    const upload = await fetch(`${baseURL}/api/needs-cycles/${cycle.id}/responses/upload?dryRun=false`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/csv', Authorization: `Bearer ${session.accessToken}`, Accept: 'application/json' },
      body: csv,
    });
    const report = await upload.json();
    assert.equal(upload.status, 200, JSON.stringify(report));
    assert.deepEqual(report.problems, []);
    assert.equal(report.committed, true);

    const { context, page, consoleErrors } = await openPage(browser);
    const activityIds = [];
    try {
      await signIn(page, staff);
      await page.goto(`/needs/${cycle.id}/work-plan`);
      await page.getByText('No draft work plan yet.').waitFor();
      await page.getByRole('button', { name: 'Generate the draft work plan' }).click();
      const table = page.getByRole('table', { name: 'The lines of the draft work plan' });
      await table.waitFor();
      const line = table.getByRole('row').filter({ hasText: thailand.name }).first();
      assert.match(await line.innerText(), new RegExp(escape(topic.name)));
      await line.getByRole('button', { name: /^Why \(1 answer\)/ }).click();
      const evidence = page.locator('[id^="evidence-"]').first();
      assert.match(await evidence.innerText(), new RegExp(`${thailand.name}: .*need 3 – High, prefers national workshop`));

      // Adopt asks first; Cancel leaves it a draft.
      await page.getByRole('button', { name: 'Adopt the work plan' }).click();
      await page.getByRole('button', { name: 'Cancel' }).click();
      assert.equal((await api(`/api/needs-cycles/${cycle.id}/work-plan`)).body.status, 'draft');
      await page.getByRole('button', { name: 'Adopt the work plan' }).click();
      await page.getByRole('button', { name: 'Yes, adopt it' }).click();
      await page.getByText(/^Adopted /).waitFor();
      const adopted = (await api(`/api/needs-cycles/${cycle.id}/work-plan`)).body;
      assert.equal(adopted.status, 'adopted');
      for (const item of adopted.items) activityIds.push(item.activityId);
      const first = adopted.items[0];
      const link = table.getByRole('link', { name: first.title });
      assert.equal(await link.getAttribute('href'), `/activities/${first.activityId}`);
      await link.click();
      await page.getByRole('heading', { level: 1, name: first.title }).waitFor();
      assert.equal((await api(`/api/activities/${first.activityId}`)).body.status, 'planned');
      assert.deepEqual(consoleErrors.filter((e) => !/status of 404/.test(e)), []);
    } finally {
      await context.close();
      // The planned activities made here are removed; the cycle stays (cycles are not deleted), closed.
      for (const id of activityIds) if (id) await api(`/api/activities/${id}`, { method: 'DELETE' });
      await api(`/api/needs-cycles/${cycle.id}/close`, { method: 'POST' });
    }
  });
});
