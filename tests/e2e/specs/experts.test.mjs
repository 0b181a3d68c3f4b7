import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { api, launch, openPage } from '../lib/browser.mjs';
import { signIn } from '../lib/session.mjs';

/** A topic of the taxonomy that a seeded activity has. */
async function someTopic() {
  const { body } = await api('/api/activities?page=1&pageSize=200');
  for (const activity of body.items.filter((a) => a.topicCodes?.length)) {
    const { body: detail } = await api(`/api/activities/${activity.id}`);
    if (detail.topics?.length) return detail.topics[0];
  }
  throw new Error('no seeded activity has a topic');
}

async function created(response, what) {
  assert.equal(response.status, 201, `${what}: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Console errors other than the browser's own line for a refusal the test provoked (400, 403). */
const unexpected = (errors) => errors.filter((e) => !/Failed to load resource: the server responded with a status of (400|403)/.test(e));

const isApi = (method, pattern) => (r) => r.request().method() === method && pattern.test(new URL(r.url()).pathname);

describe('Experts: a request is staffed from the ranked matches to a completed, appraised deployment', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('Staff record a request, propose the top candidate, invite; the expert accepts; Staff release, confirm and complete it with appraisals', async () => {
    const stamp = Date.now();
    const topic = await someTopic();
    const expertName = `E2E Expert ${stamp}`;
    const title = `E2E request ${stamp}`;
    // Far in the future, on dates no other test uses.
    const year = 2060 + (stamp % 30);
    const startsOn = `${year}-03-10`;
    const endsOn = `${year}-03-14`;

    // Set-up through the API: an accredited, consenting expert with the topic, a Staff user and the expert's own user.
    const expert = await created(
      await api('/api/experts', {
        method: 'POST',
        body: JSON.stringify({
          name: expertName, origin: 'outside-region', outsideAdministration: 'E2E Customs', gender: 'not-recorded', languages: ['en'],
          email: null, phone: null, consentToContact: true, notes: 'Created by the experts browser test.', topics: [{ topicId: topic.id, level: 3 }],
        }),
      }),
      'expert',
    );
    const accreditation = await created(
      await api(`/api/experts/${expert.id}/accreditations`, {
        method: 'POST',
        body: JSON.stringify({ category: 'expert-trainer', area: null, status: 'accredited', validFrom: '2020-01-01', validUntil: '2099-12-31', evidence: 'E2E' }),
      }),
      'accreditation',
    );
    const staff = { email: `e2e-staff-${stamp}@rocb.test`, password: `E2e-Staff-${stamp}!x`, name: `E2E Staff ${stamp}` };
    const own = { email: `e2e-expert-${stamp}@rocb.test`, password: `E2e-Expert-${stamp}!x`, name: `E2E Expert user ${stamp}` };
    const staffUser = await created(
      await api('/api/users', { method: 'POST', body: JSON.stringify({ email: staff.email, password: staff.password, displayName: staff.name, role: 'Staff', memberId: null, expertId: null }) }),
      'Staff user',
    );
    const expertUser = await created(
      await api('/api/users', { method: 'POST', body: JSON.stringify({ email: own.email, password: own.password, displayName: own.name, role: 'Expert', memberId: null, expertId: expert.id }) }),
      'Expert user',
    );

    const staffSide = await openPage(browser);
    const expertSide = await openPage(browser);
    let deploymentId;
    try {
      const page = staffSide.page;
      await signIn(page, staff);
      const nav = page.getByRole('navigation', { name: 'Main' });
      await nav.getByRole('link', { name: 'Expert requests' }).click();
      await page.getByRole('heading', { level: 1, name: 'Expert requests' }).waitFor();
      await page.getByRole('link', { name: 'New request' }).click();
      await page.getByRole('heading', { level: 1, name: 'New expert request' }).waitFor();

      // First without a topic and ending before it starts: the API's messages show on the fields.
      await page.getByRole('textbox', { name: /^Title/ }).fill(title);
      await page.getByLabel(/^First day/).fill(endsOn);
      await page.getByLabel(/^Last day/).fill(startsOn);
      await page.getByRole('textbox', { name: /^Working language/ }).fill('en');
      const [refused] = await Promise.all([
        page.waitForResponse(isApi('POST', /^\/api\/expert-requests$/)),
        page.getByRole('button', { name: 'Record request' }).click(),
      ]);
      assert.equal(refused.status(), 400);
      await page.getByRole('alert').filter({ hasText: 'The request was not saved' }).waitFor();
      await page.locator('#request-endsOn-error').filter({ hasText: 'must not end before it starts' }).waitFor();
      await page.locator('#request-topicIds-error').filter({ hasText: 'at least one topic' }).waitFor();
      assert.equal(await page.getByLabel(/^Last day/).getAttribute('aria-invalid'), 'true');

      await page.getByRole('checkbox', { name: `${topic.code}: ${topic.name}` }).check();
      await page.getByLabel(/^First day/).fill(startsOn);
      await page.getByLabel(/^Last day/).fill(endsOn);
      await page.getByRole('combobox', { name: /^Accreditation/ }).selectOption('required');
      const [saved] = await Promise.all([
        page.waitForResponse(isApi('POST', /^\/api\/expert-requests$/)),
        page.getByRole('button', { name: 'Record request' }).click(),
      ]);
      assert.equal(saved.status(), 201, await saved.text());
      const request = await saved.json();
      await page.waitForURL((url) => url.pathname === `/expert-requests/${request.id}`);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();

      // The ranked matches: the new expert is first, with its score broken into parts and their reasons.
      const matches = page.getByRole('table', { name: 'Ranked candidates' });
      const top = matches.getByRole('row').nth(1);
      await top.getByRole('rowheader', { name: new RegExp(expertName) }).waitFor();
      assert.match(await top.innerText(), /^1\b/);
      const breakdown = page.getByRole('table', { name: new RegExp(`^Score of ${expertName}`) });
      await breakdown.waitFor();
      const topicRow = breakdown.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Topic fit' }) });
      assert.match(await topicRow.innerText(), new RegExp(`${topic.code}: level 3 of 3`));
      assert.ok((await breakdown.getByRole('row').count()) >= 5, 'the breakdown lists the score parts');
      assert.equal(await top.locator('svg.score-bar rect.score-part-0').count(), 1, 'the stacked bar has a topic segment');

      const [proposed] = await Promise.all([
        page.waitForResponse(isApi('POST', /^\/api\/deployments$/)),
        top.getByRole('button', { name: `Propose ${expertName}` }).click(),
      ]);
      assert.equal(proposed.status(), 201, await proposed.text());
      deploymentId = (await proposed.json()).id;
      await page.getByRole('status').filter({ hasText: `Proposed ${expertName}` }).waitFor();

      // The board: invite from the Proposed column.
      await nav.getByRole('link', { name: 'Deployments' }).click();
      await page.getByRole('heading', { level: 1, name: 'Deployments' }).waitFor();
      const card = (column) =>
        page.getByRole('region', { name: new RegExp(`^${column}`) }).getByRole('listitem', { name: new RegExp(`^${expertName}, `) });
      const act = async (column, button, pattern) => {
        const [response] = await Promise.all([
          page.waitForResponse(isApi('POST', pattern)),
          card(column).getByRole('button', { name: new RegExp(`^${button}`) }).click(),
        ]);
        assert.equal(response.status(), 200, await response.text());
      };
      await act('Proposed', 'Invite', new RegExp(`^/api/deployments/${deploymentId}/invite$`));
      await card('Invited').waitFor();
      assert.equal(await card('Invited').getByRole('button', { name: /^Release/ }).count(), 0, 'an invitation cannot be released yet');

      // The expert signs in, sees no Staff actions, and accepts on its own page.
      const ep = expertSide.page;
      await signIn(ep, own);
      const expertNav = ep.getByRole('navigation', { name: 'Main' });
      await expertNav.getByRole('link', { name: 'My expert page' }).waitFor();
      for (const name of ['Expert requests', 'Deployments']) assert.equal(await expertNav.getByRole('link', { name }).count(), 0, `an expert has no ${name}`);
      await expertNav.getByRole('link', { name: 'My expert page' }).click();
      const invitation = ep.getByRole('listitem', { name: `Invitation: ${title}` });
      await invitation.waitFor();
      const [answered] = await Promise.all([
        ep.waitForResponse(isApi('POST', new RegExp(`^/api/deployments/${deploymentId}/answer$`))),
        invitation.getByRole('button', { name: /^Accept/ }).click(),
      ]);
      assert.equal(answered.status(), 200, await answered.text());
      await ep.getByRole('status').filter({ hasText: `You accepted “${title}”.` }).waitFor();
      await ep.goto(`/experts/${expert.id}`);
      await ep.getByRole('heading', { level: 1, name: expertName }).waitFor();
      await ep.getByRole('heading', { level: 2, name: 'Accreditations' }).waitFor();
      assert.equal(await ep.getByRole('button', { name: /^Change status/ }).count(), 0, 'an expert cannot change its accreditation');
      assert.equal(await ep.getByRole('button', { name: 'Record accreditation' }).count(), 0);
      await ep.goto('/deployments');
      await ep.getByRole('heading', { level: 1, name: "You don't have access" }).waitFor();
      assert.deepEqual(unexpected(expertSide.consoleErrors), []);

      // Staff release and confirm: the deployment ends in the Confirmed column.
      await page.reload();
      await card('Accepted').waitFor();
      await act('Accepted', 'Release', new RegExp(`^/api/deployments/${deploymentId}/release$`));
      await card('Released').waitFor();
      await act('Released', 'Confirm', new RegExp(`^/api/deployments/${deploymentId}/confirm$`));
      await card('Confirmed').waitFor();
      await page.getByRole('status').filter({ hasText: `Deployment #${deploymentId} of ${expertName}: confirmed.` }).waitFor();

      // Staff complete it with the host's and the ROCB's appraisals: it ends in the Completed column, appraised.
      await card('Confirmed').getByRole('button', { name: /^Complete/ }).click();
      const completeForm = page.getByRole('form', { name: new RegExp(`^Complete ${expertName}`) });
      await completeForm.getByLabel('Host appraisal (1-5)').selectOption('4');
      await completeForm.getByLabel('ROCB appraisal (1-5)').selectOption('5');
      await completeForm.getByLabel('Report received').check();
      const [completed] = await Promise.all([
        page.waitForResponse(isApi('POST', new RegExp(`^/api/deployments/${deploymentId}/complete$`))),
        completeForm.getByRole('button', { name: 'Complete deployment' }).click(),
      ]);
      assert.equal(completed.status(), 200, await completed.text());
      await card('Completed').waitFor();
      const { body: done } = await api(`/api/deployments/${deploymentId}`);
      assert.deepEqual([done.status, done.hostAppraisal, done.rocbAppraisal, done.reportReceived], ['completed', 4, 5, true]);
      assert.deepEqual(unexpected(staffSide.consoleErrors), []);
    } finally {
      await staffSide.context.close();
      await expertSide.context.close();
      // Leave nothing that would compete in a later run: the deployment cancelled, the expert withdrawn and without consent, the users disabled.
      if (deploymentId) {
        const { body: d } = await api(`/api/deployments/${deploymentId}`);
        if (d && !['cancelled', 'completed', 'declined'].includes(d.status)) {
          await api(`/api/deployments/${deploymentId}/cancel`, { method: 'POST', body: JSON.stringify({ reason: 'E2E clean-up' }) });
        }
      }
      await api(`/api/experts/${expert.id}/accreditations/${accreditation.id}/status`, {
        method: 'POST',
        body: JSON.stringify({ status: 'withdrawn', evidence: 'E2E clean-up' }),
      });
      const { body: current } = await api(`/api/experts/${expert.id}`);
      if (current?.version) {
        await api(`/api/experts/${expert.id}`, {
          method: 'PUT',
          headers: { 'If-Match': `"${current.version}"` },
          body: JSON.stringify({
            name: current.name, origin: current.origin, memberId: null, outsideAdministration: current.outsideAdministration, gender: current.gender,
            languages: current.languages, email: null, phone: null, consentToContact: false, notes: current.notes,
            topics: current.topics.map((t) => ({ topicId: t.topicId, level: t.level })),
          }),
        });
      }
      for (const [user, role, expertId] of [[staffUser, 'Staff', null], [expertUser, 'Expert', expert.id]]) {
        await api(`/api/users/${user.id}`, {
          method: 'PUT',
          body: JSON.stringify({ displayName: user.displayName, role, memberId: null, expertId, isDisabled: true }),
        });
      }
    }
  });
});
