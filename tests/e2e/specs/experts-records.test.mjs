import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { api, launch, openSignedInPage } from '../lib/browser.mjs';

/** Console errors other than the browser's own line for a refusal the test provoked (409). */
const unexpected = (errors) => errors.filter((e) => !/Failed to load resource: the server responded with a status of 409/.test(e));

const isApi = (method, pattern) => (r) => r.request().method() === method && pattern.test(new URL(r.url()).pathname);

async function ok(response, what, status = 200) {
  assert.equal(response.status, status, `${what}: ${JSON.stringify(response.body)}`);
  return response.body;
}

const post = (path, body = {}) => api(path, { method: 'POST', body: JSON.stringify(body) });

/** Proposes the expert for the request, invites, accepts (as the administrator) and releases: ready to be confirmed. */
async function released(expertId, requestId) {
  const d = await ok(await post('/api/deployments', { expertId, requestId }), 'propose', 201);
  for (const [step, body] of [['invite'], ['answer', { accept: true }], ['release']]) await ok(await post(`/api/deployments/${d.id}/${step}`, body), step);
  return d;
}

describe('Experts: overlapping confirmations, accreditation history, deleting, and deployments by origin in the browser', () => {
  let browser;
  let expert;
  const deployments = [];
  const stamp = Date.now();
  const expertName = `E2E Overlap Expert ${stamp}`;
  // Far in the future, on dates no other test uses.
  const year = 2091 + (stamp % 9);

  before(async () => {
    browser = await launch();
    expert = await ok(
      await post('/api/experts', { name: expertName, origin: 'wco-secretariat', consentToContact: true, notes: 'Created by the expert records browser test.' }),
      'expert',
      201,
    );
  });

  after(async () => {
    await browser?.close();
    // Leave nothing that would compete in a later run: the deployments cancelled, the expert without consent.
    for (const id of deployments) {
      const { body: d } = await api(`/api/deployments/${id}`);
      if (d && !['cancelled', 'completed', 'declined'].includes(d.status)) await post(`/api/deployments/${id}/cancel`, { reason: 'E2E clean-up' });
    }
    const { body: current } = await api(`/api/experts/${expert.id}`);
    if (current?.version) {
      await api(`/api/experts/${expert.id}`, {
        method: 'PUT',
        headers: { 'If-Match': `"${current.version}"` },
        body: JSON.stringify({ name: current.name, origin: current.origin, consentToContact: false, notes: current.notes, topics: [] }),
      });
    }
  });

  it('confirming a second overlapping deployment of the same expert shows the 409 naming the conflicting deployment', async () => {
    const topics = await ok(await api('/api/topics'), 'topics');
    const request = async (title, startsOn, endsOn) =>
      ok(await post('/api/expert-requests', { title, topicIds: [topics[0].id], startsOn, endsOn }), 'request', 201);
    const first = await released(expert.id, (await request(`E2E first mission ${stamp}`, `${year}-05-04`, `${year}-05-08`)).id);
    const second = await released(expert.id, (await request(`E2E overlapping mission ${stamp}`, `${year}-05-07`, `${year}-05-10`)).id);
    deployments.push(first.id, second.id);
    await ok(await post(`/api/deployments/${first.id}/confirm`), 'first confirmation');

    const side = await openSignedInPage(browser);
    try {
      const { page } = side;
      await page.goto('/deployments');
      await page.getByRole('heading', { level: 1, name: 'Deployments' }).waitFor();
      const card = (column, title) =>
        page.getByRole('region', { name: new RegExp(`^${column}`) }).getByRole('listitem', { name: `${expertName}, ${title}` });
      const pending = card('Released', `E2E overlapping mission ${stamp}`);
      await card('Confirmed', `E2E first mission ${stamp}`).waitFor();
      const [refused] = await Promise.all([
        page.waitForResponse(isApi('POST', new RegExp(`^/api/deployments/${second.id}/confirm$`))),
        pending.getByRole('button', { name: /^Confirm/ }).click(),
      ]);
      assert.equal(refused.status(), 409);
      // The ProblemDetails' title and detail, on the card that was refused.
      const alert = pending.getByRole('alert').filter({ hasText: `confirmed deployment ${first.id}` });
      await alert.waitFor();
      const text = await alert.innerText();
      assert.match(text, /conflicts with existing records/);
      assert.match(text, new RegExp(`confirmed deployment ${first.id} \\(E2E first mission ${stamp}, ${year}-05-04 – ${year}-05-08\\)`));
      // Nothing changed: it is still waiting to be confirmed.
      await page.reload();
      await card('Released', `E2E overlapping mission ${stamp}`).waitFor();
      assert.equal((await api(`/api/deployments/${second.id}`)).body.status, 'released');
      assert.deepEqual(unexpected(side.consoleErrors), []);
    } finally {
      await side.context.close();
    }
  });

  it('the profile shows the accreditation history, and deleting an expert with deployments says which block it', async () => {
    const accreditation = await ok(await post(`/api/experts/${expert.id}/accreditations`, { category: 'expert-trainer', statusSince: '2024-01-10' }), 'accreditation', 201);
    await ok(
      await post(`/api/experts/${expert.id}/accreditations/${accreditation.id}/status`, { status: 'pre-accredited', on: '2024-04-02', evidence: `E2E workshop ${stamp}` }),
      'status change',
    );
    const side = await openSignedInPage(browser);
    try {
      const { page } = side;
      await page.goto(`/experts/${expert.id}`);
      await page.getByRole('heading', { level: 1, name: expertName }).waitFor();
      const history = page.getByRole('region', { name: 'Accreditation history' });
      const steps = history.getByRole('list', { name: 'Expert trainer' }).getByRole('listitem');
      await steps.nth(1).waitFor();
      assert.equal(await steps.count(), 2);
      assert.match(await steps.nth(0).innerText(), /Candidate/);
      assert.match(await steps.nth(1).innerText(), new RegExp(`Pre-accredited[\\s\\S]*Evidence: E2E workshop ${stamp}`));

      await page.getByRole('button', { name: 'Delete expert' }).click();
      const [refused] = await Promise.all([
        page.waitForResponse(isApi('DELETE', new RegExp(`^/api/experts/${expert.id}$`))),
        page.getByRole('button', { name: 'Yes, delete the expert' }).click(),
      ]);
      assert.equal(refused.status(), 409);
      const alert = page.getByRole('region', { name: 'Delete this expert' }).getByRole('alert').filter({ hasText: 'cannot be deleted' });
      await alert.waitFor();
      assert.match(await alert.innerText(), new RegExp(`2 deployments \\(${deployments.join(', ')}\\)`));
      assert.equal((await api(`/api/experts/${expert.id}`)).status, 200);
      assert.deepEqual(unexpected(side.consoleErrors), []);
    } finally {
      await side.context.close();
    }
  });

  it('the dashboard shows deployments by origin beside the expert KPIs, and a count opens its deployments on the board', async () => {
    const side = await openSignedInPage(browser);
    try {
      const { page } = side;
      // The seeded FY2019/20 mobilisation under SAP 2018-2020.
      await page.goto('/?plan=SAP-2018-2020&asOf=2020-06-30');
      const card = page.getByRole('article', { name: 'Deployments by origin (inside or outside the region)' });
      await card.waitFor();
      const { body: figure } = await api('/api/plans?').then(async ({ body: plans }) =>
        api(`/api/plans/${plans.find((p) => p.code === 'SAP-2018-2020').id}/expert-deployments-by-origin?asOf=2020-06-30`),
      );
      assert.ok(figure.insideRegion > 0, JSON.stringify(figure));
      assert.match(await card.innerText(), new RegExp(`${figure.insideRegion} inside · ${figure.outsideRegion} outside the region`));
      await card.getByRole('link', { name: `${figure.insideRegion} deployments: experts from inside the region` }).click();
      await page.getByRole('heading', { level: 1, name: 'Deployments' }).waitFor();
      await page.getByRole('note').filter({ hasText: 'Showing only confirmed or completed deployments of experts from Member administrations' }).waitFor();
      const completed = page.getByRole('region', { name: /^Completed/ });
      await completed.getByRole('listitem').first().waitFor();
      assert.equal(await completed.getByRole('listitem').count(), Math.min(figure.insideRegion, 200));
      assert.deepEqual(unexpected(side.consoleErrors), []);
    } finally {
      await side.context.close();
    }
  });

  it('a donor request answered "released" is linked to the deployment on its row, and the request page shows which request released it', async () => {
    assert.equal(deployments.length, 2, 'the overlap test set up the deployments');
    const [, second] = deployments;
    const administration = `E2E Donor ${stamp}`;
    const donor = await ok(await post('/api/donor-requests', { administration, sentOn: `${year}-04-01`, expertId: expert.id }), 'donor request', 201);
    const side = await openSignedInPage(browser);
    try {
      const { page } = side;
      await page.goto('/donor-requests');
      const row = page.getByRole('row', { name: `Request #${donor.id} to ${administration}` });
      await row.waitFor();
      const [answered] = await Promise.all([
        page.waitForResponse(isApi('PUT', new RegExp(`^/api/donor-requests/${donor.id}/outcome$`))),
        row.getByRole('button', { name: /^Released/ }).click(),
      ]);
      assert.equal(answered.status(), 200, await answered.text());
      await row.getByRole('combobox', { name: 'Released for deployment' }).selectOption(String(second));
      const [linked] = await Promise.all([
        page.waitForResponse(isApi('PUT', new RegExp(`^/api/donor-requests/${donor.id}/outcome$`))),
        row.getByRole('button', { name: 'Link' }).click(),
      ]);
      assert.equal(linked.status(), 200, await linked.text());
      assert.equal((await linked.json()).deployment?.id, second);
      await row.getByText(`Released for deployment #${second} (${expertName}`).waitFor();

      // The other side: the deployment's request page names the donor request that released it.
      const { body: d } = await api(`/api/deployments/${second}`);
      await page.goto(`/expert-requests/${d.requestId}`);
      const table = page.getByRole('table', { name: 'Deployments for this request' });
      await table.getByRole('row', { name: new RegExp(expertName) }).getByText(`Request #${donor.id} to ${administration}, released`).waitFor();
      assert.deepEqual(unexpected(side.consoleErrors), []);
    } finally {
      await side.context.close();
    }
  });

  it('Staff request experts from an activity page; the activity then lists the request with a link to it', async () => {
    const topics = await ok(await api('/api/topics'), 'topics');
    const activity = await ok(
      await post('/api/activities', {
        title: `E2E activity needing experts ${stamp}`, type: 'diagnostic-mission', status: 'planned', startsOn: `${year}-09-01`, endsOn: `${year}-09-03`,
        datePrecision: 'day', mode: 'in-person', rocbRole: 'organised', memberIds: [], topicIds: [], actionIds: [], staff: [],
      }),
      'activity',
      201,
    );
    let requestId;
    const side = await openSignedInPage(browser);
    try {
      const { page } = side;
      await page.goto(`/activities/${activity.id}`);
      const experts = page.getByRole('region', { name: 'Experts', exact: true });
      await experts.getByText('No expert request; no deployment.').waitFor();
      await experts.getByRole('link', { name: 'Request experts for this activity' }).click();
      await page.getByRole('heading', { level: 1, name: 'New expert request' }).waitFor();
      await page.getByText(`For the activity ${activity.title}`).waitFor();
      assert.equal(await page.getByLabel(/^First day/).inputValue(), `${year}-09-01`);
      assert.equal(await page.getByLabel(/^Last day/).inputValue(), `${year}-09-03`);
      assert.ok(await page.getByRole('checkbox', { name: /^Diagnostic mission/ }).isChecked(), 'a diagnostic mission by default');
      // The topic list comes from GET /api/topics, by package, with a filter.
      await page.getByRole('searchbox', { name: 'Find a topic' }).fill(topics[0].name);
      await page.getByRole('checkbox', { name: `${topics[0].code}: ${topics[0].name}` }).check();
      const [saved] = await Promise.all([
        page.waitForResponse(isApi('POST', /^\/api\/expert-requests$/)),
        page.getByRole('button', { name: 'Record request' }).click(),
      ]);
      assert.equal(saved.status(), 201, await saved.text());
      const request = await saved.json();
      requestId = request.id;
      assert.equal(request.activityId, activity.id);
      assert.equal(request.title, activity.title);

      await page.goto(`/activities/${activity.id}`);
      const table = experts.getByRole('table', { name: 'Expert requests' });
      await table.getByRole('link', { name: activity.title }).click();
      await page.waitForURL((url) => url.pathname === `/expert-requests/${request.id}`);
      assert.deepEqual(unexpected(side.consoleErrors), []);
    } finally {
      await side.context.close();
      if (requestId) await api(`/api/expert-requests/${requestId}`, { method: 'DELETE' });
      const { headers } = await api(`/api/activities/${activity.id}`);
      await api(`/api/activities/${activity.id}`, { method: 'DELETE', headers: { 'If-Match': headers.get('etag') } });
    }
  });
});
