import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { api, launch, openSignedInPage, screenshot } from '../lib/browser.mjs';

const statusLabels = {
  achieved: 'Achieved',
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  'not-started': 'Not started',
  'no-data': 'No data',
};

/** The seeded SAP 2024-2026, found by code (ids differ between databases). */
async function sap2024() {
  const { body } = await api('/api/plans');
  const plan = body.find((p) => p.code === 'SAP-2024-2026');
  assert.ok(plan, 'the seeded plan SAP-2024-2026 is in the API');
  return plan;
}

const kpisOf = (progress) => progress.pillars.flatMap((p) => p.kpis);

/** "InProgress" or "in-progress" → "In progress", as the matrix cells say it. */
function milestoneLabel(status) {
  if (!status) return 'No record';
  const kebab = status.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
  return { achieved: 'Achieved', 'in-progress': 'In progress', planned: 'Planned', 'not-started': 'Not started', 'not-applicable': 'Not applicable' }[kebab] ?? status;
}

describe('Plans and KPIs', () => {
  let browser;
  let plan;
  before(async () => {
    browser = await launch();
    plan = await sap2024();
  });
  after(async () => {
    await browser?.close();
  });

  it('the dashboard shows the SAP 2024-2026 KPI cards with their statuses, and no console errors', async () => {
    const { body: progress } = await api(`/api/plans/${plan.id}/progress`);
    const kpis = kpisOf(progress);
    assert.equal(kpis.length, 61, 'SAP 2024-2026 has 61 KPIs');
    const { context, page, consoleErrors } = await openSignedInPage(browser);
    try {
      await page.goto('/');
      await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
      await page.getByRole('article').first().waitFor();
      assert.equal(await page.getByRole('combobox', { name: 'Plan', exact: true }).inputValue(), 'SAP-2024-2026', 'the current (latest) SAP is chosen');
      // The KPI cards (the computed "deployments by origin" card sits beside the expert KPIs, not counted among them).
      assert.equal(await page.locator('article[aria-labelledby^="kpi-"]').count(), 61);
      // It loads by a request of its own: wait for it rather than count while it may still be on its way.
      await page.getByRole('article', { name: 'Deployments by origin (inside or outside the region)' }).waitFor();
      assert.equal(await page.getByRole('article', { name: 'Deployments by origin (inside or outside the region)' }).count(), 1);
      await page.getByText('Showing 61 of 61 KPIs.').waitFor();

      // Every card tells its status in words; the summary counts them as the API does.
      const badges = await page.locator('article .status-badge').allInnerTexts();
      assert.deepEqual(
        badges.map((b) => b.trim()),
        kpis.map((k) => statusLabels[k.status]),
      );
      const summary = page.getByRole('list', { name: /KPIs by status/ });
      for (const { status, count } of progress.statusCounts) {
        assert.equal(await summary.getByRole('button', { name: `${count} ${statusLabels[status]}`, exact: true }).count(), 1, `${count} ${status}`);
      }
      // A no-data card says why.
      const noData = kpis.find((k) => k.status === 'no-data');
      if (noData) {
        const card = page.getByRole('article').filter({ hasText: 'Why no data:' }).first();
        assert.match(await card.innerText(), /Why no data: \S+/);
      }
      // A member-coverage card reads "N of 35 Members".
      const first = kpis[0];
      const firstCard = page.locator(`article[aria-labelledby="kpi-${first.kpiId}-title"]`);
      assert.match(await firstCard.innerText(), new RegExp(`${first.value} of ${first.denominator} Members`));

      await page.setViewportSize({ width: 1280, height: 1500 });
      await screenshot(page, 'dashboard', { fullPage: false });
      assert.deepEqual(consoleErrors, []);
    } finally {
      await context.close();
    }
  });

  it('changing the as-of date and the pillar puts them in the address and changes the cards', async () => {
    const { body: progressThen } = await api(`/api/plans/${plan.id}/progress?asOf=2025-03-01&pillar=1`);
    const { body: pillar2 } = await api(`/api/plans/${plan.id}/progress?pillar=2`);
    const { context, page, consoleErrors } = await openSignedInPage(browser);
    try {
      await page.goto('/');
      await page.getByRole('article').first().waitFor();

      await page.getByRole('combobox', { name: 'Pillar', exact: true }).selectOption('2');
      await page.waitForURL(/[?&]pillar=2(&|$)/);
      await page.getByText(`Showing ${kpisOf(pillar2).length} of ${kpisOf(pillar2).length} KPIs.`).waitFor();
      assert.equal(await page.getByRole('article').count(), kpisOf(pillar2).length);
      const pillarHeadings = await page.getByRole('heading', { level: 3 }).allInnerTexts();
      assert.ok(pillarHeadings.every((h) => h.startsWith('Pillar 2:')), JSON.stringify(pillarHeadings));

      await page.getByRole('combobox', { name: 'Pillar', exact: true }).selectOption('1');
      await page.getByLabel('As of', { exact: true }).fill('2025-03-01');
      await page.waitForURL((url) => url.searchParams.get('asOf') === '2025-03-01' && url.searchParams.get('pillar') === '1');
      // The cards now show the figures of that day: "expected by now" is part-way through the plan.
      const first = kpisOf(progressThen)[0];
      const card = page.locator(`article[aria-labelledby="kpi-${first.kpiId}-title"]`);
      await card.getByText(first.statusReason).waitFor();
      await page.getByText(`${Math.round(progressThen.elapsed * 1000) / 10}% of the plan period elapsed`, { exact: false }).waitFor();

      // The address is the view: opened afresh, it shows the same.
      await page.reload();
      await card.getByText(first.statusReason).waitFor();
      assert.equal(await page.getByLabel('As of', { exact: true }).inputValue(), '2025-03-01');
      assert.equal(await page.getByRole('combobox', { name: 'Pillar', exact: true }).inputValue(), '1');
      assert.deepEqual(consoleErrors, []);
    } finally {
      await context.close();
    }
  });

  it('the KPI detail shows the trend chart and the contributing Members', async () => {
    const kpi = kpisOf((await api(`/api/plans/${plan.id}/progress`)).body).find((k) => k.kind === 'member-coverage');
    const { body: detail } = await api(`/api/kpis/${kpi.kpiId}/progress`);
    const { context, page, consoleErrors } = await openSignedInPage(browser);
    try {
      await page.goto('/');
      await page.getByRole('link', { name: `Action ${kpi.actionCode}: ${kpi.name}`, exact: true }).first().click();
      await page.waitForURL(new RegExp(`/plans/${plan.id}/kpis/${kpi.kpiId}\\?asOf=`));
      await page.getByRole('heading', { level: 1, name: kpi.name }).waitFor();

      const chart = page.getByRole('img', { name: /by fiscal year/ });
      await chart.waitFor();
      assert.equal(await chart.locator('rect.chart-bar').count(), detail.series.filter((p) => p.value !== null).length);
      const figures = page.getByRole('table', { name: /by fiscal year: the figures/ });
      assert.equal(await figures.getByRole('row').count(), detail.series.length + 1);

      const members = page.getByRole('region', { name: 'Members' });
      const rows = members.getByRole('row');
      assert.equal(await rows.count(), detail.members.length + 1);
      const counting = detail.members.filter((m) => m.counts).length;
      await members.getByText(new RegExp(`^${counting} Members? counts?; ${detail.members.length - counting} (is|are) missing`)).waitFor();
      // Who is missing comes first.
      assert.match(await rows.nth(1).innerText(), /Missing/);
      const achieved = detail.members.find((m) => m.counts);
      const row = rows.filter({ has: page.getByRole('link', { name: achieved.memberName, exact: true }) });
      assert.match(await row.innerText(), /Achieved/);
      assert.equal(await row.getByRole('link', { name: achieved.memberName, exact: true }).getAttribute('href'), `/admin/members/${achieved.memberId}`);
      assert.deepEqual(consoleErrors, []);
    } finally {
      await context.close();
    }
  });

  it('the Member × milestone matrix shows the seeded statuses', async () => {
    const { body: matrix } = await api(`/api/plans/${plan.id}/coverage-matrix`);
    assert.ok(matrix.members.some((m) => m.cells.some((c) => c.status)), 'the seeded statuses are in the API');
    const { context, page, consoleErrors } = await openSignedInPage(browser);
    try {
      await page.goto('/');
      await page.getByRole('link', { name: 'Member × milestone matrix' }).click();
      await page.waitForURL(/view=matrix/);
      const table = page.getByRole('table', { name: /Members × milestones/ });
      await table.waitFor();

      const shown = await table.evaluate((t) =>
        Object.fromEntries(
          [...t.querySelectorAll('tbody tr')]
            .filter((tr) => tr.querySelector('th[scope="row"]'))
            .map((tr) => [
              tr.querySelector('th[scope="row"]').textContent,
              [...tr.querySelectorAll('td.matrix-cell')].map((td) => td.textContent),
            ]),
        ),
      );
      for (const member of matrix.members) {
        const expected = matrix.milestones.map((m) => milestoneLabel(member.cells.find((c) => c.milestoneId === m.id)?.status));
        assert.deepEqual(shown[member.name], expected, member.name);
      }
      const groups = await table.locator('th[scope="rowgroup"]').allInnerTexts();
      assert.equal(groups.length, 4, `four sub-regions: ${groups}`);
      const afghanistan = matrix.members.find((m) => m.code === 'AF');
      const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: afghanistan.name, exact: true }) });
      assert.equal((await row.locator('td.matrix-total').innerText()).trim(), String(afghanistan.achieved));
      assert.deepEqual(consoleErrors, []);
    } finally {
      await context.close();
    }
  });

  it('the plan import dry run shows a problem row for a bad file, and writes nothing', async () => {
    const { body: file } = await api(`/api/plans/${plan.id}/export`);
    const code = `TST-${Date.now().toString(36).toUpperCase()}`;
    file.plan.code = code;
    file.plan.pillars[0].actions[0].kpis[0].target.denominator = 0;
    const { context, page, consoleErrors } = await openSignedInPage(browser);
    try {
      await page.goto(`/plans/${plan.id}`);
      await page.getByRole('button', { name: 'Export JSON' }).waitFor();
      await page.goto('/plans');
      await page.getByRole('link', { name: 'Import a plan' }).click();
      await page.getByRole('heading', { level: 1, name: 'Import a plan' }).waitFor();

      await page.getByLabel('Plan file (JSON)').setInputFiles({ name: 'bad-plan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
      await page.waitForFunction(() => document.querySelector('#plan-json')?.value.length > 100);
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.url().includes('/api/plans/import') && r.request().method() === 'POST'),
        page.getByRole('button', { name: 'Check (dry run)' }).click(),
      ]);
      assert.equal(response.status(), 200);
      assert.equal(new URL(response.url()).searchParams.get('dryRun'), 'true');

      const problems = page.getByRole('table', { name: 'Problems found in “bad-plan.json”' });
      await problems.waitFor();
      const row = problems.getByRole('row').filter({ hasText: 'plan.pillars[0].actions[0].kpis[0].target.denominator' });
      assert.match(await row.innerText(), /The denominator must be positive\./);
      assert.match(await page.getByRole('alert').innerText(), /nothing was written/);
      assert.equal(await page.getByRole('button', { name: 'Import', exact: true }).isDisabled(), true, 'no import after a dry run with problems');
      const { body: plans } = await api('/api/plans');
      assert.equal(plans.some((p) => p.code === code), false, 'the dry run wrote nothing');
      assert.deepEqual(consoleErrors, []);
    } finally {
      await context.close();
    }
  });
  it('Staff report a value for a KPI that Rocb cannot derive, and the KPI shows it', async () => {
    const { body: detail } = await api(`/api/plans/${plan.id}`);
    const kpi = detail.pillars.flatMap((p) => p.actions).flatMap((a) => a.kpis).find((k) => k.computedFrom === 'mra-records');
    assert.ok(kpi, 'the plan has a KPI counted from MRA records');
    const value = 1000 + Math.floor(Math.random() * 1000); // a placeholder figure, unique to this run
    const { context, page, consoleErrors } = await openSignedInPage(browser);
    try {
      await page.goto(`/plans/${plan.id}/kpis/${kpi.id}`);
      const form = page.getByRole('form', { name: 'Report a value' });
      await form.waitFor();
      await form.getByLabel('Value').fill(String(value));
      await form.getByLabel('Evidence').fill('Placeholder figure from a browser test, not a real count');
      await form.getByRole('button', { name: 'Report value' }).click();
      await form.getByRole('status').filter({ hasText: `Reported ${value}` }).waitFor();
      await page.getByText(String(value)).first().waitFor();
      const { body: progress } = await api(`/api/kpis/${kpi.id}/progress`);
      assert.equal(progress.progress.value, value);
      assert.deepEqual(consoleErrors, []);
    } finally {
      await context.close();
    }
  });
});
