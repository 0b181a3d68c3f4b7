import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { api, findMember, launch, openPage, openSignedInPage } from '../lib/browser.mjs';
import { signIn } from '../lib/session.mjs';

/** A calendar day (yyyy-mm-dd) n days from today, in the browser's and the API's calendar. */
function dayFromToday(n) {
  const date = new Date();
  date.setDate(date.getDate() + n);
  const pad = (v) => String(v).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A user of a role, made through the API for the test (the test disables it afterwards). */
async function createUser(role, stamp, memberId = null) {
  const user = {
    email: `e2e-${role.toLowerCase()}-activities-${stamp}@rocb.test`,
    password: `E2e-${role}-${stamp}!x`,
    name: `E2E ${role} ${stamp}`,
  };
  const created = await api('/api/users', {
    method: 'POST',
    body: JSON.stringify({ email: user.email, password: user.password, displayName: user.name, role, memberId, expertId: null }),
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return { ...user, id: created.body.id, role, memberId };
}

async function disableUser(user) {
  if (!user?.id) return;
  await api(`/api/users/${user.id}`, {
    method: 'PUT',
    body: JSON.stringify({ displayName: user.name, role: user.role, memberId: user.memberId, expertId: null, isDisabled: true }),
  });
}

async function deleteActivity(id) {
  if (id) await api(`/api/activities/${id}`, { method: 'DELETE' });
}

const isApi = (method, path) => (response) => response.request().method() === method && new URL(response.url()).pathname === path;

describe('Activities', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('Staff record an activity end to end: a validation error first, counts and the gender chart, a CSV upload, an evaluation', async () => {
    const stamp = Date.now();
    const staff = await createUser('Staff', stamp);
    const thailand = await findMember('TH');
    const { status: topicsStatus, body: topics } = await api('/api/topics');
    assert.equal(topicsStatus, 200);
    const riskManagement = topics.find((t) => t.name === 'Risk Management');
    assert.ok(riskManagement, 'the seed has the topic Risk Management');
    const title = `E2E national workshop ${stamp}`;
    const startsOn = dayFromToday(-20);
    const { context, page, consoleErrors } = await openPage(browser);
    let activityId;
    try {
      await signIn(page, staff);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Activities', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Activities' }).waitFor();
      await page.getByRole('link', { name: 'Record an activity' }).click();
      await page.getByRole('heading', { level: 1, name: 'Record an activity' }).waitFor();

      await page.getByRole('textbox', { name: /^Title/ }).fill(title);
      await page.getByRole('combobox', { name: /^Type/ }).selectOption('national-workshop');
      await page.getByRole('combobox', { name: /^Status/ }).selectOption('delivered');
      await page.getByLabel('Starts on').fill(startsOn);
      // The end before the start: the API refuses it, and says so on the field.
      await page.getByLabel('Ends on').fill(dayFromToday(-22));
      await page.getByRole('textbox', { name: /^Venue/ }).fill('Bangkok, Thailand');
      await page.getByRole('combobox', { name: /^Host Member/ }).selectOption(String(thailand.id));
      await page.getByRole('group', { name: /^Beneficiary Members/ }).getByRole('checkbox', { name: `${thailand.name} (TH)` }).check();
      // A topic, found by typing in the picker.
      const topicPicker = page.getByRole('group', { name: /^Topics/ });
      await topicPicker.getByRole('searchbox', { name: 'Find a topic' }).fill('risk');
      await topicPicker.getByRole('checkbox', { name: 'Risk Management', exact: true }).check();
      await topicPicker.getByText('(1 chosen)').waitFor();
      await page.getByRole('button', { name: 'Add a staff member' }).click();
      await page.getByRole('textbox', { name: /^Staff member 1, name/ }).fill('E2E Programme Manager');
      await page.getByRole('textbox', { name: /^Staff member 1, part played/ }).fill('programme manager');

      const [refused] = await Promise.all([page.waitForResponse(isApi('POST', '/api/activities')), page.getByRole('button', { name: 'Record activity' }).click()]);
      assert.equal(refused.status(), 400);
      await page.getByRole('alert').filter({ hasText: 'The activity was not saved' }).waitFor();
      const ends = page.getByLabel('Ends on');
      assert.equal(await ends.getAttribute('aria-invalid'), 'true');
      await page.locator('#activity-endsOn-error').filter({ hasText: 'The activity must not end before it starts.' }).waitFor();
      // The browser logs the refused call (400) it was meant to make; nothing else may be logged.
      assert.ok(consoleErrors.every((e) => /status of 400/.test(e)), JSON.stringify(consoleErrors));
      consoleErrors.length = 0;

      // Fixed, it is recorded and its page opens.
      await ends.fill(dayFromToday(-18));
      const [created] = await Promise.all([page.waitForResponse(isApi('POST', '/api/activities')), page.getByRole('button', { name: 'Record activity' }).click()]);
      assert.equal(created.status(), 201, await created.text());
      const recorded = await created.json();
      activityId = recorded.id;
      assert.deepEqual(recorded.topics.map((t) => t.id), [riskManagement.id]);
      await page.waitForURL((url) => url.pathname === `/activities/${activityId}`);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.getByRole('status').filter({ hasText: `Recorded “${title}”.` }).waitFor();
      const topicLink = page.getByRole('region', { name: 'Topics', exact: true }).getByRole('link', { name: 'Risk Management', exact: true });
      await topicLink.waitFor();
      assert.equal(await topicLink.getAttribute('href'), `/activities?topicId=${riskManagement.id}`);
      const participants = page.getByRole('region', { name: 'Participants', exact: true });
      await participants.getByText('No participant has been counted for this activity.').waitFor();

      // Counts for Thailand: the total adds up as they are typed; saved, the chart and the table show them.
      await participants.getByRole('button', { name: 'Edit counts' }).click();
      const editor = participants.getByRole('form', { name: 'Edit the participant counts' });
      await editor.getByRole('combobox', { name: 'Member of row 1' }).selectOption(String(thailand.id));
      await editor.getByRole('spinbutton', { name: `Female, ${thailand.name}`, exact: true }).fill('3');
      await editor.getByRole('spinbutton', { name: `Male, ${thailand.name}`, exact: true }).fill('5');
      await editor.getByRole('spinbutton', { name: `Not recorded, ${thailand.name}`, exact: true }).fill('2');
      await editor.getByRole('spinbutton', { name: `Observers, ${thailand.name}`, exact: true }).fill('1');
      await editor.getByRole('combobox', { name: `Head of delegation's gender, ${thailand.name}` }).selectOption('female');
      assert.equal(await editor.getByRole('status', { name: `Total, ${thailand.name}` }).innerText(), '10');
      const [saved] = await Promise.all([
        page.waitForResponse(isApi('PUT', `/api/activities/${activityId}/participant-counts`)),
        editor.getByRole('button', { name: 'Save counts' }).click(),
      ]);
      assert.equal(saved.status(), 200, await saved.text());
      await participants.getByRole('status').filter({ hasText: 'Saved the participant counts: 10 participants in all.' }).waitFor();
      const chart = participants.getByRole('img', { name: /by gender/ });
      await chart.waitFor();
      assert.equal(await chart.locator('rect').count() >= 3, true, 'the bar has its female, male and not-recorded parts');
      const figures = participants.getByRole('table', { name: /by gender: the figures/ });
      assert.match(await figures.getByRole('row', { name: /^Female/ }).innerText(), /3\s+30%/);
      assert.match(await figures.getByRole('row', { name: /^Gender not recorded/ }).innerText(), /2\s+20%/);
      await participants.getByText('Women: 37.5% of the 8 participants whose gender was recorded; for 2 (20% of all) it was not recorded.').waitFor();
      const byMember = participants.getByRole('table', { name: 'Participants by Member' });
      assert.match(await byMember.getByRole('row', { name: new RegExp(`^${thailand.name}`) }).innerText(), /3\s+5\s+0\s+2\s+10\s+1\s+Female/);

      // A CSV with one bad row: the dry run shows the problem on its row and nothing is written.
      const upload = participants.getByRole('region', { name: 'Upload participants (CSV)' });
      const csv = 'name,member,gender,role,position\nE2E Alice,FJ,female,head-of-delegation,Director\nE2E Bob,XX,male,participant,\n';
      await upload.getByLabel('Participants CSV file').setInputFiles({ name: 'participants.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await page.waitForFunction(() => document.querySelector('#participants-csv-text')?.value.includes('E2E Bob'));
      const [dryRun] = await Promise.all([
        page.waitForResponse((r) => isApi('POST', `/api/activities/${activityId}/participants.csv`)(r) && r.url().includes('dryRun=true')),
        upload.getByRole('button', { name: 'Check (dry run)' }).click(),
      ]);
      assert.equal(dryRun.status(), 200);
      await upload.getByRole('alert').filter({ hasText: '“participants.csv” has 1 problem in 1 row: nothing was written.' }).waitFor();
      const problems = upload.getByRole('table', { name: /Rows of “participants.csv” with problems/ });
      const badRow = problems.getByRole('row', { name: /^3\b/ });
      assert.match(await badRow.innerText(), /E2E Bob/);
      assert.match(await badRow.innerText(), /Unknown Member code 'XX'/);
      assert.equal(await upload.getByRole('button', { name: /^Import/ }).isDisabled(), true);

      // Fixed in the text, checked again, imported: all rows.
      const text = upload.getByRole('textbox', { name: /^CSV text/ });
      await text.fill(csv.replace('XX', 'JP'));
      await upload.getByRole('button', { name: 'Check (dry run)' }).click();
      await upload.getByRole('status').filter({ hasText: 'No problems found in “participants.csv”: Import would add 2 participants for 2 Members.' }).waitFor();
      const [imported] = await Promise.all([
        page.waitForResponse((r) => isApi('POST', `/api/activities/${activityId}/participants.csv`)(r) && r.url().includes('dryRun=false')),
        upload.getByRole('button', { name: 'Import 2 participants' }).click(),
      ]);
      assert.equal(imported.status(), 200);
      await participants.getByRole('status').filter({ hasText: 'Imported 2 named participants from “participants.csv”.' }).waitFor();
      const named = participants.getByRole('table', { name: 'Named participants, by Member and name' });
      await named.getByRole('row', { name: /E2E Alice/ }).waitFor();
      assert.match(await named.getByRole('row', { name: /E2E Bob/ }).innerText(), /Japan/);
      await participants.locator('.participation-summary').getByText('12', { exact: true }).waitFor();

      // An evaluation response: the mean shows.
      const evaluation = page.getByRole('region', { name: 'Evaluation', exact: true });
      await evaluation.getByText('No evaluation has been recorded for this activity.').waitFor();
      const responseForm = evaluation.getByRole('form', { name: 'Add a response' });
      for (const [score, said] of [
        ['4', 'the mean is now 4 of 1 response.'],
        ['5', 'the mean is now 4.5 of 2 responses.'],
      ]) {
        await responseForm.getByRole('radio', { name: score, exact: true }).check();
        await Promise.all([
          page.waitForResponse(isApi('POST', `/api/activities/${activityId}/evaluation/responses`)),
          responseForm.getByRole('button', { name: 'Record response' }).click(),
        ]);
        // The form empties itself once the response is recorded: wait for that before the next one.
        await evaluation.getByRole('status').filter({ hasText: `Response recorded: ${said}` }).waitFor();
        await page.waitForFunction(() => ![...document.querySelectorAll('input[name="response-overall"]')].some((r) => r.checked));
      }
      assert.match(await evaluation.locator('.evaluation-summary').innerText(), /Mean overall score\s+4\.5 out of 5/);
      await evaluation.getByRole('img', { name: /Overall scores given to/ }).waitFor();

      // The list finds it, under its topic too: the Topic filter shows the topic chosen.
      await page.goto(`/activities?q=${encodeURIComponent(title)}&topicId=${riskManagement.id}`);
      await page.getByRole('table', { name: /^Activities/ }).getByRole('link', { name: title, exact: true }).waitFor();
      const topicFilter = page.getByRole('combobox', { name: 'Topic', exact: true });
      // Named once the topic list has loaded (until then, by the id or code alone).
      await page.waitForFunction(() => document.querySelector('#filter-topicId')?.selectedOptions[0]?.textContent === 'Risk Management');
      assert.equal(await topicFilter.inputValue(), String(riskManagement.id));
      await page.goto(`/activities?q=${encodeURIComponent(title)}`);
      const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: title, exact: true }) });
      await row.waitFor();
      assert.match(await row.innerText(), /National workshop/);
      assert.match(await row.innerText(), /Delivered/);
      assert.match(await row.innerText(), /12/);
      assert.deepEqual(consoleErrors, []);
    } finally {
      await context.close();
      await deleteActivity(activityId);
      await disableUser(staff);
    }
  });

  it('the list keeps its filters in the address: fiscalYear=2019 shows the FY2019/20 activities of the seed', async () => {
    const { body: fy } = await api('/api/activities?fiscalYear=2019&pageSize=200');
    assert.equal(fy.total, 45, 'the seed has 45 FY2019/20 activities');
    const { body: regional } = await api('/api/activities?fiscalYear=2019&type=regional-workshop&pageSize=200');
    const { context, page, consoleErrors } = await openSignedInPage(browser);
    try {
      await page.goto('/activities?fiscalYear=2019');
      await page.getByRole('heading', { level: 1, name: 'Activities' }).waitFor();
      await page.getByRole('status').filter({ hasText: 'Showing 1–45 of 45 activities in FY2019/20, latest first' }).waitFor();
      assert.equal(await page.getByRole('combobox', { name: 'Fiscal year' }).inputValue(), '2019');
      const table = page.getByRole('table', { name: /^Activities in FY2019\/20/ });
      assert.equal(await table.getByRole('row').count(), 46);
      // Month-precision dates read "Dec 2019"-style.
      const monthOnly = fy.items.find((a) => a.datePrecision === 'month');
      if (monthOnly) {
        const cells = await table.getByRole('row').filter({ has: page.getByRole('link', { name: monthOnly.title, exact: true }) }).innerText();
        assert.match(cells, /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) 20(19|20)\b/);
      }

      // Another filter goes into the address too, and a reload keeps both.
      await page.getByRole('combobox', { name: 'Type' }).selectOption('regional-workshop');
      await page.waitForURL((url) => url.searchParams.get('type') === 'regional-workshop' && url.searchParams.get('fiscalYear') === '2019');
      await page.getByRole('status').filter({ hasText: `of ${regional.total} activities in FY2019/20` }).waitFor();
      await page.reload();
      await page.getByRole('status').filter({ hasText: `of ${regional.total} activities in FY2019/20` }).waitFor();
      assert.equal(await page.getByRole('combobox', { name: 'Type' }).inputValue(), 'regional-workshop');
      const titles = await page.getByRole('table', { name: /^Activities in FY2019\/20/ }).getByRole('rowheader').allInnerTexts();
      for (const activity of regional.items) assert.ok(titles.some((t) => t.startsWith(activity.title)), activity.title);

      // Sorting by title is in the address as well.
      await page.getByRole('button', { name: /^Activity/ }).click();
      await page.waitForURL((url) => url.searchParams.get('sort') === 'title');
      assert.deepEqual(consoleErrors, []);
    } finally {
      await context.close();
    }
  });

  it('the calendar shows an activity on its days, moves with the keyboard and opens the activity', async () => {
    const { body: july } = await api('/api/activities?from=2019-07-01&to=2019-07-31&pageSize=200&sort=startsOn');
    const activity = july.items.find((a) => a.datePrecision === 'day');
    assert.ok(activity, 'the seed has an activity with exact dates in July 2019');
    const { context, page, consoleErrors } = await openSignedInPage(browser);
    try {
      await page.goto('/activities');
      await page.getByRole('link', { name: 'Calendar view' }).click();
      await page.getByRole('heading', { level: 1, name: 'Activity calendar' }).waitFor();
      await page.goto('/activities/calendar?month=2019-07');
      await page.getByRole('heading', { level: 2, name: 'July 2019', exact: true }).waitFor();
      const grid = page.getByRole('table', { name: 'Activities in July 2019, by day' });
      const day = grid.locator(`td[data-date="${activity.startsOn}"]`);
      await day.getByRole('link', { name: activity.title, exact: true }).waitFor();

      // The arrow keys move between days; Page Down goes to the next month.
      await day.focus();
      await page.keyboard.press('ArrowRight');
      const next = new Date(`${activity.startsOn}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-date')), next.toISOString().slice(0, 10));
      await page.keyboard.press('PageDown');
      await page.getByRole('heading', { level: 2, name: 'August 2019', exact: true }).waitFor();
      await page.waitForURL((url) => url.searchParams.get('month') === '2019-08');
      await page.getByRole('button', { name: '← Previous month' }).click();
      await page.getByRole('heading', { level: 2, name: 'July 2019', exact: true }).waitFor();

      await grid.locator(`td[data-date="${activity.startsOn}"]`).getByRole('link', { name: activity.title, exact: true }).click();
      await page.waitForURL((url) => url.pathname === `/activities/${activity.id}`);
      await page.getByRole('heading', { level: 1, name: activity.title }).waitFor();
      assert.deepEqual(consoleErrors, []);
    } finally {
      await context.close();
    }
  });

  it('a Viewer sees no Edit button and no named participants', async () => {
    const stamp = Date.now();
    const viewer = await createUser('Viewer', stamp);
    const fiji = await findMember('FJ');
    const title = `E2E Viewer check ${stamp}`;
    const created = await api('/api/activities', {
      method: 'POST',
      body: JSON.stringify({
        title, type: 'seminar', status: 'delivered', startsOn: dayFromToday(-10), endsOn: null, datePrecision: 'day',
        mode: 'virtual', rocbRole: 'organised', memberIds: [fiji.id], topicIds: [], actionIds: [], staff: [],
      }),
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const activityId = created.body.id;
    const added = await api(`/api/activities/${activityId}/participants`, {
      method: 'POST',
      body: JSON.stringify({ participants: [{ memberId: fiji.id, name: `E2E Secret Person ${stamp}`, gender: 'female', role: 'participant', position: null }] }),
    });
    assert.equal(added.status, 200, JSON.stringify(added.body));
    const { context, page, consoleErrors, apiResponses } = await openPage(browser);
    try {
      const session = await signIn(page, viewer);
      await page.goto(`/activities/${activityId}`);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      const participants = page.getByRole('region', { name: 'Participants', exact: true });
      await participants.getByRole('table', { name: 'Participants by Member' }).getByRole('row', { name: new RegExp(`^${fiji.name}`) }).waitFor();
      await page.getByRole('region', { name: 'Evaluation', exact: true }).getByText('No evaluation has been recorded for this activity.').waitFor();
      await page.waitForLoadState('networkidle');

      assert.equal(await page.getByRole('link', { name: /^Edit/ }).count(), 0, 'no Edit');
      assert.equal(await page.getByRole('button', { name: /^(Edit counts|Delete activity|Record response)/ }).count(), 0);
      assert.equal(await page.getByRole('heading', { name: 'Named participants' }).count(), 0);
      assert.equal(await page.getByText(`E2E Secret Person ${stamp}`).count(), 0);
      assert.equal(apiResponses.filter((r) => new URL(r.url).pathname.endsWith('/participants')).length, 0, 'the names are not even asked for');
      // The experts side: a Viewer gets the counts only, with no link to requests or deployments.
      const experts = page.getByRole('region', { name: 'Experts', exact: true });
      await experts.getByText('No expert request; no deployment.').waitFor();
      assert.equal(await experts.getByRole('link').count(), 0);

      // The list offers no "Record an activity", and the API refuses the names anyway.
      await page.goto('/activities');
      await page.getByRole('heading', { level: 1, name: 'Activities' }).waitFor();
      await page.getByRole('button', { name: 'Subscribe (iCal)' }).waitFor();
      assert.equal(await page.getByRole('link', { name: 'Record an activity' }).count(), 0);
      const refused = await api(`/api/activities/${activityId}/participants`, { token: session.accessToken });
      assert.equal(refused.status, 403);
      assert.deepEqual(consoleErrors, []);
    } finally {
      await context.close();
      await deleteActivity(activityId);
      await disableUser(viewer);
    }
  });
});
