import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { api, findMember, launch, openPage, openSignedInPage } from '../lib/browser.mjs';
import { signIn } from '../lib/session.mjs';

const isPath = (response, method, pattern) =>
  response.request().method() === method && pattern.test(new URL(response.url()).pathname);

/** Today as the browser writes a date input (yyyy-mm-dd, the machine's time zone, as the SPA's todayIso). */
function todayIso() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Console errors, but the one a refused call leaves by design ("Failed to load resource: … 409"). */
function unexpected(errors, status) {
  return errors.filter((e) => !(e.startsWith('Failed to load resource') && e.includes(`status of ${status}`)));
}

describe('Follow-up surveys: the seeded round, a focal point’s reply, a Staff reminder', () => {
  const stamp = Date.now();
  let browser;
  let thailand;
  let activity;
  let round;
  let workshop;
  const users = [];
  const focal = { email: `e2e-focal-survey-${stamp}@rocb.test`, password: `E2e-Focal-${stamp}!x`, name: `E2E Survey Focal TH ${stamp}` };
  const staff = { email: `e2e-staff-survey-${stamp}@rocb.test`, password: `E2e-Staff-${stamp}!x`, name: `E2E Survey Staff ${stamp}` };

  before(async () => {
    browser = await launch();
    thailand = await findMember('TH');

    // A delivered regional workshop that Thailand took part in, in a fiscal year without seeded activities (FY2005/06),
    // and a round for that year: the round takes the workshop in. Unique names, so the suite can run again.
    const created = await api('/api/activities', {
      method: 'POST',
      body: JSON.stringify({
        title: `E2E follow-up workshop ${stamp}`,
        type: 'regional-workshop',
        status: 'delivered',
        startsOn: '2005-09-05',
        endsOn: '2005-09-07',
        datePrecision: 'day',
        mode: 'in-person',
        rocbRole: 'organised',
        memberIds: [],
        topicIds: [],
        actionIds: [],
        staff: [],
      }),
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    activity = created.body;
    const counts = await api(`/api/activities/${activity.id}/participant-counts`, {
      method: 'PUT',
      body: JSON.stringify({
        counts: [{ memberId: thailand.id, female: 1, male: 1, other: 0, notRecorded: 0, total: null, observers: 0, headOfDelegationGender: null, note: null }],
      }),
    });
    assert.equal(counts.status, 200, JSON.stringify(counts.body));
    const opened = await api('/api/survey-rounds', {
      method: 'POST',
      body: JSON.stringify({ code: `E2E-${stamp}`, title: `E2E follow-up survey ${stamp}`, fiscalYear: 2005, replyWindowDays: 21 }),
    });
    assert.equal(opened.status, 201, JSON.stringify(opened.body));
    round = opened.body;
    workshop = round.workshops.find((w) => w.activityId === activity.id);
    assert.ok(workshop, 'the new round takes in the new workshop');
    // The questionnaire went out six months after the workshop (what the reminder follows).
    const sent = await api(`/api/survey-rounds/${round.id}/workshops/${workshop.id}/contacts`, {
      method: 'POST',
      body: JSON.stringify({ kind: 'sent', on: workshop.sendOn }),
    });
    assert.equal(sent.status, 200, JSON.stringify(sent.body));

    for (const [user, role, memberId] of [
      [focal, 'MemberFocalPoint', thailand.id],
      [staff, 'Staff', null],
    ]) {
      const made = await api('/api/users', {
        method: 'POST',
        body: JSON.stringify({ email: user.email, password: user.password, displayName: user.name, role, memberId, expertId: null }),
      });
      assert.equal(made.status, 201, JSON.stringify(made.body));
      users.push({ ...made.body, role, memberId });
    }
  });

  after(async () => {
    await browser?.close();
    // Leave no active test account (the round and its workshop stay: a round is not deleted).
    for (const user of users) {
      await api(`/api/users/${user.id}`, {
        method: 'PUT',
        body: JSON.stringify({ displayName: user.displayName, role: user.role, memberId: user.memberId, expertId: null, isDisabled: true }),
      });
    }
  });

  it('shows the seeded FY2018/19 round with 111 replies of 207 (about 54%) on the analysis tab', async () => {
    const { context, page, consoleErrors } = await openSignedInPage(browser);
    try {
      await page.goto('/');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Follow-up surveys' }).click();
      await page.getByRole('heading', { level: 1, name: 'Follow-up surveys' }).waitFor();
      const row = page.getByRole('table', { name: /Survey rounds/ }).getByRole('row').filter({ has: page.getByRole('link', { name: 'FUS-2019', exact: true }) });
      await row.waitFor();
      assert.match(await row.innerText(), /FY2018\/19/);
      assert.match(await row.innerText(), /111 of 207 \(53\.6%\)/);
      await page.getByRole('region', { name: 'What is due' }).getByRole('status').waitFor();

      await row.getByRole('link', { name: 'FUS-2019', exact: true }).click();
      await page.getByRole('navigation', { name: 'Round views' }).waitFor();
      const [analysis] = await Promise.all([
        page.waitForResponse((r) => isPath(r, 'GET', /^\/api\/survey-rounds\/\d+\/analysis$/)),
        page.getByRole('navigation', { name: 'Round views' }).getByRole('link', { name: 'Analysis' }).click(),
      ]);
      assert.equal(analysis.status(), 200);
      const figures = await analysis.json();
      assert.equal(figures.overall.replies, 111);
      assert.equal(figures.overall.participatingAdministrations, 207);

      const note = page.getByRole('note').filter({ hasText: 'Recomputed from 111 recorded replies' });
      await note.waitFor();
      assert.match(await note.innerText(), /of 207 participating administrations in 11 workshops/);
      const overall = page.getByRole('region', { name: 'Reply rate' }).getByRole('definition').first();
      assert.match(await overall.innerText(), /111 replies of 207 participating administrations: 53\.6%/);
      // About 54%: the API's one decimal, not a figure of the SPA's own.
      assert.ok(Math.abs(figures.overall.replyRatePercent - 54) < 0.5);
      await page.getByRole('img', { name: /Reply rate per workshop, FY2018\/19/ }).waitFor();
      const rates = page.getByRole('table', { name: 'Reply rate per workshop: the figures' });
      assert.equal(await rates.locator('tbody tr').count(), 11);
      assert.match(await rates.getByRole('row', { name: /^All workshops/ }).innerText(), /207\s+111\s+53\.6%/);
      await page.getByRole('table', { name: 'Follow-up actions and direct effects' }).waitFor();
      assert.match(await page.getByRole('region', { name: /Success stories/ }).innerText(), /Success stories \(\d+\)/);
      assert.deepEqual(consoleErrors, []);
    } finally {
      await context.close();
    }
  });

  it('lets a Thailand focal point record its own reply, see it, and tells it when a second reply is refused (409)', async () => {
    const { context, page, consoleErrors } = await openPage(browser);
    try {
      await signIn(page, focal);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Follow-up surveys' }).click();
      await page.getByRole('table', { name: /Survey rounds/ }).getByRole('link', { name: round.code, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: round.title }).waitFor();
      await page.getByRole('navigation', { name: 'Round views' }).getByRole('link', { name: 'Replies' }).click();
      await page.getByRole('heading', { level: 2, name: 'Replies' }).waitFor();
      await page.getByRole('status').filter({ hasText: /No reply recorded/ }).waitFor();

      // Record the reply: the administration is the focal point's own, and fixed.
      await page.getByRole('button', { name: 'Add a reply' }).click();
      await page.getByRole('heading', { name: `Record a reply of ${thailand.name}` }).waitFor();
      assert.equal(await page.getByRole('combobox', { name: /^Administration/ }).count(), 0, 'a focal point does not choose the Member');
      await page.getByRole('combobox', { name: /^Workshop/ }).selectOption(String(workshop.id));
      await page.getByRole('group', { name: 'Shared the workshop materials with colleagues' }).getByRole('radio', { name: 'Yes', exact: true }).check();
      await page.getByRole('group', { name: 'Submitted a report to management' }).getByRole('radio', { name: 'Yes', exact: true }).check();
      await page.getByRole('group', { name: 'Realised direct effects' }).getByRole('radio', { name: 'Yes', exact: true }).check();
      await page.getByRole('textbox', { name: /^Example of the direct effects/ }).fill(`E2E: clearance times fell ${stamp}`);
      await page.getByRole('group', { name: 'Started a new project' }).getByRole('radio', { name: 'No', exact: true }).check();
      await page.getByRole('textbox', { name: /^Success story/ }).fill(`E2E success story ${stamp}`);
      const [created] = await Promise.all([
        page.waitForResponse((r) => isPath(r, 'POST', new RegExp(`^/api/survey-rounds/${round.id}/replies$`))),
        page.getByRole('button', { name: 'Record the reply' }).click(),
      ]);
      assert.equal(created.status(), 201, await created.text());
      const saved = await created.json();
      assert.equal(saved.memberId, thailand.id);
      await page.getByRole('status').filter({ hasText: `Reply recorded: ${thailand.name} (TH) about workshop ${workshop.number}.` }).waitFor();

      // It is in the table of the focal point's replies.
      const table = page.getByRole('table', { name: new RegExp(`Replies about workshop ${workshop.number} in ${round.code}`) });
      const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: `${thailand.name} (TH)` }) });
      await row.waitFor();
      assert.match(await row.innerText(), /Shared the materials, Submitted reports/);
      assert.match(await row.innerText(), new RegExp(`E2E success story ${stamp}`));
      assert.deepEqual(consoleErrors, []);

      // A second reply about the same workshop is refused, and the page says why.
      await page.getByRole('button', { name: 'Add a reply' }).click();
      await page.getByRole('combobox', { name: /^Workshop/ }).selectOption(String(workshop.id));
      const [refused] = await Promise.all([
        page.waitForResponse((r) => isPath(r, 'POST', new RegExp(`^/api/survey-rounds/${round.id}/replies$`))),
        page.getByRole('button', { name: 'Record the reply' }).click(),
      ]);
      assert.equal(refused.status(), 409);
      const alert = page.getByRole('alert').filter({ hasText: 'This administration has already replied about this workshop' });
      await alert.waitFor();
      assert.match(await alert.innerText(), /nothing was recorded/);
      assert.deepEqual(unexpected(consoleErrors, 409), []);
      const { body } = await api(`/api/survey-rounds/${round.id}/replies?workshopId=${workshop.id}`);
      assert.equal(body.totalCount, 1, 'still one reply');
    } finally {
      await context.close();
    }
  });

  it('lets Staff record a reminder for a workshop, with its date', async () => {
    const { context, page, consoleErrors } = await openPage(browser);
    try {
      await signIn(page, staff);
      await page.goto(`/surveys/${round.id}`);
      await page.getByRole('heading', { level: 1, name: round.title }).waitFor();
      const tracking = page.getByRole('table', { name: new RegExp(`Workshops of ${round.code}`) });
      const row = tracking.getByRole('row').filter({ has: page.getByRole('link', { name: activity.title, exact: true }) });
      assert.match(await row.innerText(), /Feedback overdue/);
      assert.equal(await row.getByRole('link', { name: activity.title, exact: true }).getAttribute('href'), `/activities/${activity.id}`);

      await row.getByRole('button', { name: `Record what was sent for workshop ${workshop.number}` }).click();
      const form = page.getByRole('form', { name: `Record a contact for workshop ${workshop.number}` });
      await form.getByRole('radio', { name: 'Reminder sent' }).check();
      const today = todayIso();
      await form.getByLabel(/^Date/).fill(today);
      const [recorded] = await Promise.all([
        page.waitForResponse((r) => isPath(r, 'POST', new RegExp(`^/api/survey-rounds/${round.id}/workshops/${workshop.id}/contacts$`))),
        form.getByRole('button', { name: 'Save' }).click(),
      ]);
      assert.equal(recorded.status(), 200, await recorded.text());
      assert.equal((await recorded.json()).remindedOn, today);
      await page.getByRole('status').filter({ hasText: new RegExp(`^Reminder sent on .+: recorded for workshop ${workshop.number}\\.$`) }).waitFor();
      await row.getByText(/^Reminder /).waitFor();
      assert.deepEqual(consoleErrors, []);
      const { body } = await api(`/api/survey-rounds/${round.id}`);
      assert.equal(body.workshops.find((w) => w.id === workshop.id).remindedOn, today);
    } finally {
      await context.close();
    }
  });
});
