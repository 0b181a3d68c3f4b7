import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { api, findMember, launch, openPage } from '../lib/browser.mjs';
import { signIn } from '../lib/session.mjs';

/** A member-coverage KPI of SAP 2024-2026 that Thailand does not count towards yet, with its milestone. */
async function kpiThailandMisses(plan, thailand) {
  const { body: progress } = await api(`/api/plans/${plan.id}/progress`);
  const { body: detail } = await api(`/api/plans/${plan.id}`);
  for (const kpi of progress.pillars.flatMap((p) => p.kpis)) {
    if (kpi.kind !== 'member-coverage' || !kpi.milestoneCode || kpi.value === null) continue;
    const { body } = await api(`/api/kpis/${kpi.kpiId}/progress`);
    const th = body.members.find((m) => m.memberId === thailand.id);
    if (th && !th.counts) {
      const milestone = detail.milestones.find((m) => m.code === kpi.milestoneCode);
      return { kpi: body.progress, milestone };
    }
  }
  throw new Error('every member-coverage KPI already counts Thailand');
}

describe('Milestone updates: a focal point reports, Staff approve, the KPI moves', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('a Thailand focal point drafts and submits an update; an administrator approves it and the KPI value changes', async () => {
    const stamp = Date.now();
    const thailand = await findMember('TH');
    const plan = (await api('/api/plans')).body.find((p) => p.code === 'SAP-2024-2026');
    const { kpi, milestone } = await kpiThailandMisses(plan, thailand);
    const before = kpi.value;
    const focal = { email: `e2e-focal-th-${stamp}@rocb.test`, password: `E2e-Focal-${stamp}!x`, name: `E2E Focal TH ${stamp}` };
    const evidence = `E2E evidence ${stamp}: implemented nationwide`;

    const created = await api('/api/users', {
      method: 'POST',
      body: JSON.stringify({ email: focal.email, password: focal.password, displayName: focal.name, role: 'MemberFocalPoint', memberId: thailand.id, expertId: null }),
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const { context, page, consoleErrors } = await openPage(browser);
    let recordId;
    try {
      // The focal point signs in, drafts the update and submits it.
      await signIn(page, focal);
      const nav = page.getByRole('navigation', { name: 'Main' });
      assert.equal(await nav.getByRole('link', { name: 'Review queue' }).count(), 0, 'a focal point does not review');
      await nav.getByRole('link', { name: 'Milestone updates', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Milestone updates' }).waitFor();
      assert.match(await page.locator('.lead').first().innerText(), new RegExp(thailand.name));

      const milestoneSelect = page.getByRole('combobox', { name: /^Milestone/ });
      await page.waitForFunction(() => !document.querySelector('#milestone-update-milestoneId')?.disabled);
      await milestoneSelect.selectOption(String(milestone.id));
      await page.getByRole('combobox', { name: /^Status/ }).selectOption('achieved');
      await page.getByRole('textbox', { name: /^Evidence$/ }).fill(evidence);
      await page.getByRole('textbox', { name: /^Source document/ }).fill('E2E browser test');
      const [draftResponse] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/milestone-statuses'),
        page.getByRole('button', { name: 'Save draft' }).click(),
      ]);
      assert.equal(draftResponse.status(), 201, await draftResponse.text());
      recordId = (await draftResponse.json()).id;
      await page.getByRole('status').filter({ hasText: `Draft #${recordId} saved for ${thailand.name}` }).waitFor();

      const drafts = page.getByRole('region', { name: /^Drafts/ });
      await drafts.getByText(evidence).waitFor();
      await drafts.getByRole('button', { name: `Submit update #${recordId} for review` }).click();
      await page.getByRole('status').filter({ hasText: `Update #${recordId} (${milestone.code}) was submitted for review.` }).waitFor();
      await page.getByRole('region', { name: /^Submitted, waiting for review/ }).getByText(evidence).waitFor();
      assert.deepEqual(consoleErrors, []);

      // The focal point signs out; an administrator signs in and approves it in the review queue.
      await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL((url) => url.pathname === '/login');
      await signIn(page, undefined, { goto: false });
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review queue' }).click();
      await page.getByRole('heading', { level: 1, name: 'Review queue' }).waitFor();
      const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: `#${recordId}`, exact: true }) });
      await row.waitFor();
      assert.match(await row.innerText(), new RegExp(evidence));
      assert.match(await row.innerText(), /Achieved/);
      await row.getByRole('button', { name: `Approve update #${recordId}` }).click();
      await page.getByRole('status').filter({ hasText: `Approved update #${recordId} (${thailand.name}, ${milestone.code}).` }).waitFor();
      await row.waitFor({ state: 'detached' });

      // The KPI now counts Thailand.
      await page.goto(`/plans/${plan.id}/kpis/${kpi.kpiId}`);
      await page.getByRole('heading', { level: 1, name: kpi.name }).waitFor();
      await page.getByText(`${before + 1} of ${kpi.denominator} Members`, { exact: true }).waitFor();
      const thRow = page
        .getByRole('region', { name: 'Members' })
        .getByRole('row')
        .filter({ has: page.getByRole('link', { name: thailand.name, exact: true }) });
      assert.match(await thRow.innerText(), /Yes/);
      assert.match(await thRow.innerText(), /Achieved/);
      assert.match(await thRow.innerText(), new RegExp(evidence));
      const after = (await api(`/api/kpis/${kpi.kpiId}/progress`)).body.progress.value;
      assert.equal(after, before + 1);
      assert.deepEqual(consoleErrors, []);
    } finally {
      await context.close();
      // Put the KPI back as it was (the approved update stops counting once reopened), and leave no active test account.
      if (recordId) {
        const record = await api(`/api/milestone-statuses/${recordId}`);
        if (record.body?.state === 'approved') await api(`/api/milestone-statuses/${recordId}/reopen`, { method: 'POST' });
      }
      const userId = created.body?.id;
      if (userId) {
        await api(`/api/users/${userId}`, {
          method: 'PUT',
          body: JSON.stringify({ displayName: focal.name, role: 'MemberFocalPoint', memberId: thailand.id, expertId: null, isDisabled: true }),
        });
      }
    }
  });
});
