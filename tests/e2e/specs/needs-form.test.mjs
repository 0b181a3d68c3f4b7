import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { api, findMember, launch, openPage } from '../lib/browser.mjs';
import { signIn } from '../lib/session.mjs';

const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('Needs survey: a focal point fills in the form', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('answers some questions (saved automatically), finds them after a reload, is told what is missing, then submits', async () => {
    const stamp = Date.now();
    const thailand = await findMember('TH');
    const topics = (await api('/api/topics')).body;
    const [first, second] = topics;
    const focal = { email: `e2e-needs-th-${stamp}@rocb.test`, password: `E2e-Needs-${stamp}!x`, name: `E2E Needs TH ${stamp}` };

    // Set-up through the API: an open cycle asking Thailand about two topics and one custom question, and a Thailand focal point.
    const created = await api('/api/needs-cycles', {
      method: 'POST',
      body: JSON.stringify({
        name: `E2E needs survey ${stamp}`,
        fiscalYear: 2060,
        opensOn: day(-1),
        closesOn: day(30),
        memberIds: [thailand.id],
        coordinators: ['ROCB A/P'],
        topicIds: [first.id, second.id],
        customQuestions: ['Which partners already support you?'],
      }),
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const cycle = created.body;
    const opened = await api(`/api/needs-cycles/${cycle.id}/open`, { method: 'POST' });
    assert.equal(opened.status, 200, JSON.stringify(opened.body));
    const user = await api('/api/users', {
      method: 'POST',
      body: JSON.stringify({ email: focal.email, password: focal.password, displayName: focal.name, role: 'MemberFocalPoint', memberId: thailand.id, expertId: null }),
    });
    assert.equal(user.status, 201, JSON.stringify(user.body));

    const { context, page, consoleErrors } = await openPage(browser);
    try {
      await signIn(page, focal);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Needs' }).click();
      await page.getByRole('heading', { level: 1, name: 'Needs surveys' }).waitFor();
      const row = page.getByRole('row').filter({ hasText: cycle.name });
      assert.match(await row.innerText(), /Not started/);
      await row.getByRole('link', { name: `Fill in ${cycle.name}` }).click();
      await page.getByRole('heading', { level: 1, name: `${cycle.name}: ${thailand.name}` }).waitFor();
      await page.getByRole('progressbar', { name: 'Progress: 0 of 3 questions answered' }).waitFor();

      // Some answers to the first topic: saved by themselves a moment later.
      const firstTopic = page.getByRole('region', { name: first.name });
      await firstTopic.getByRole('radio', { name: '3 – High' }).check();
      await firstTopic.getByRole('combobox', { name: 'Preferred delivery' }).selectOption({ label: 'Expert mission' });
      await firstTopic.getByRole('combobox', { name: 'Preferred quarter' }).selectOption('2');
      await firstTopic.getByRole('textbox', { name: 'Remarks' }).fill(`E2E remark ${stamp}`);
      await page.getByRole('progressbar', { name: 'Progress: 1 of 3 questions answered' }).waitFor();
      await page.getByText(/^Saved at \d\d:\d\d$/).waitFor();

      // A second sitting: everything is still there.
      await page.reload();
      const again = page.getByRole('region', { name: first.name });
      await again.getByRole('radio', { name: '3 – High' }).waitFor();
      assert.equal(await again.getByRole('radio', { name: '3 – High' }).isChecked(), true);
      assert.equal(await again.getByRole('combobox', { name: 'Preferred delivery' }).inputValue(), 'expert-mission');
      assert.equal(await again.getByRole('combobox', { name: 'Preferred quarter' }).inputValue(), '2');
      assert.equal(await again.getByRole('textbox', { name: 'Remarks' }).inputValue(), `E2E remark ${stamp}`);
      await page.getByRole('progressbar', { name: 'Progress: 1 of 3 questions answered' }).waitFor();

      // Submitting now fails: the second topic and the implementation status are missing; the messages sit on their fields.
      await page.getByRole('button', { name: 'Submit the response' }).click();
      const summary = page.getByRole('alert').filter({ hasText: 'The response was not submitted' });
      await summary.waitFor();
      const secondTopic = page.getByRole('region', { name: second.name });
      await secondTopic.locator('.field-error').first().waitFor();
      assert.match(await secondTopic.getByRole('group', { name: 'Level of need' }).innerText(), /not answered/);
      assert.match(await again.getByRole('combobox', { name: 'Implementation status' }).getAttribute('aria-invalid'), /true/);
      assert.equal((await api(`/api/needs-cycles/${cycle.id}/responses/${thailand.id}`)).body.status, 'draft');

      // Fix it: statuses and levels for both topics, a priority, then submit.
      await again.getByRole('combobox', { name: 'Implementation status' }).selectOption({ label: 'Planning' });
      await secondTopic.getByRole('combobox', { name: 'Implementation status' }).selectOption({ label: 'Partially implemented' });
      await secondTopic.getByRole('radio', { name: '0 – None' }).check();
      await page.getByRole('combobox', { name: 'First priority' }).selectOption({ label: first.name });
      await page.getByRole('textbox', { name: 'Which partners already support you?' }).fill('JICA');
      await page.getByRole('progressbar', { name: 'Progress: 3 of 3 questions answered' }).waitFor();
      await page.getByRole('button', { name: 'Submit the response' }).click();
      await page.getByText(/^Submitted on /).waitFor();
      await page.getByText(/You can still amend it until the survey closes/).waitFor();

      const saved = (await api(`/api/needs-cycles/${cycle.id}/responses/${thailand.id}`)).body;
      assert.equal(saved.status, 'submitted');
      assert.equal(saved.enteredByStaff, false);
      assert.deepEqual(saved.priorityTopicIds, [first.id]);
      const firstAnswer = saved.answers.find((a) => a.questionId === cycle.questions.find((q) => q.topic?.id === first.id).id);
      assert.deepEqual(
        [firstAnswer.needLevel, firstAnswer.preferredDelivery, firstAnswer.preferredQuarter, firstAnswer.implementationStatus],
        [3, 'expert-mission', 2, 'planning'],
      );
      assert.deepEqual(consoleErrors.filter((e) => !/status of 400/.test(e)), []);
    } finally {
      await context.close();
      await api(`/api/needs-cycles/${cycle.id}/close`, { method: 'POST' });
      if (user.body?.id) {
        await api(`/api/users/${user.body.id}`, {
          method: 'PUT',
          body: JSON.stringify({ displayName: focal.name, role: 'MemberFocalPoint', memberId: thailand.id, expertId: null, isDisabled: true }),
        });
      }
    }
  });
});
