import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { todayIso } from '@/lib/format';
import { members } from '@/testing/fixtures';
import { json, mockApi, problem, requestsOf } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';
import { analysis, ecommerce, reply, replyPage, round, surveyFocalPoint, surveyStaff, surveyViewer } from '../testing/survey-fixtures';

function roundApi(extra: Parameters<typeof mockApi>[0] = {}) {
  return mockApi({
    'GET /api/auth/me': () => json(surveyStaff),
    'GET /api/survey-rounds/1': () => json(round, { headers: { ETag: '"17826"' } }),
    'GET /api/survey-rounds/1/analysis': () => json(analysis),
    'GET /api/survey-rounds/1/replies': () => json(replyPage([reply()])),
    'GET /api/members': () => json({ items: members, page: 1, pageSize: 200, totalCount: members.length }),
    ...extra,
  });
}

describe('A follow-up survey round: tracking', () => {
  it('lists the workshops by number with schedule, state as icon and text, and replies of participants', async () => {
    roundApi();
    renderApp('/surveys/1');

    expect(await screen.findByRole('heading', { level: 1, name: round.title })).toBeInTheDocument();
    const tabs = screen.getByRole('navigation', { name: 'Round views' });
    expect(within(tabs).getByRole('link', { name: 'Tracking' })).toHaveAttribute('aria-current', 'page');
    const table = screen.getByRole('table', { name: /Workshops of FUS-2019/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('WCO Sub-Regional Workshop for ASEAN');
    expect(rows[0]).toHaveTextContent('Sub-regional');
    expect(rows[0]).toHaveTextContent('Closed');
    expect(rows[0]).toHaveTextContent('8 of 9');
    expect(within(rows[0]!).getByRole('link', { name: /ASEAN/ })).toHaveAttribute('href', '/activities/111');
    expect(rows[1]).toHaveTextContent('Reminder due');
    expect(rows[1]).toHaveTextContent('12 of 26');
    expect(rows[1]).toHaveTextContent('Counted from the participants recorded');
    expect(rows[1]!.querySelector('svg.status-icon')).toHaveAttribute('aria-hidden', 'true');
  });

  it('lets Staff record a reminder with its date, and shows the API’s message when it is refused', async () => {
    let posts = 0;
    const spy = roundApi({
      'POST /api/survey-rounds/1/workshops/2/contacts': () => {
        posts += 1;
        return posts === 1
          ? problem(400, {
              title: 'One or more fields are invalid.',
              detail: 'See errors for the message on each field.',
              errors: { on: ['The questionnaire was sent on 2026-11-10: a reminder or the feedback cannot be earlier.'] },
            })
          : json({ ...ecommerce, remindedOn: todayIso(), state: 'awaiting-replies' });
      },
    });
    const { user } = renderApp('/surveys/1');

    await user.click(await screen.findByRole('button', { name: 'Record what was sent for workshop 2' }));
    const form = screen.getByRole('form', { name: 'Record a contact for workshop 2' });
    expect(within(form).getByRole('radio', { name: 'Reminder sent' })).toBeChecked();
    const date = within(form).getByLabelText(/^Date/);
    expect(date).toHaveValue(todayIso());
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Date: The questionnaire was sent on 2026-11-10');
    expect(date).toHaveAttribute('aria-invalid', 'true');

    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/Reminder sent on .*: recorded for workshop 2\./)).toHaveAttribute('role', 'status');
    const body = await requestsOf(spy).filter((r) => r.method === 'POST')[1]!.json();
    expect(body).toEqual({ kind: 'reminder', on: todayIso() });
  });

  it('shows a viewer no buttons to record and no replies tab', async () => {
    roundApi({ 'GET /api/auth/me': () => json(surveyViewer) });
    renderApp('/surveys/1');
    await screen.findByRole('table', { name: /Workshops of FUS-2019/ });
    expect(screen.queryByRole('button', { name: /Record what was sent/ })).not.toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Round views' })).queryByRole('link', { name: 'Replies' })).not.toBeInTheDocument();
  });

  it('says when the round does not exist', async () => {
    roundApi({ 'GET /api/survey-rounds/9': () => problem(404, { title: 'Not found.', detail: 'Survey round 9 was not found.' }) });
    renderApp('/surveys/9');
    expect(await screen.findByRole('heading', { level: 1, name: 'Round not found' })).toBeInTheDocument();
  });
});

describe('A follow-up survey round: analysis', () => {
  it('says the figures are recomputed from the replies, and gives every chart with its figures as a table', async () => {
    roundApi({ 'GET /api/auth/me': () => json(surveyViewer) });
    renderApp('/surveys/1?tab=analysis');

    const note = await screen.findByRole('note');
    expect(note).toHaveTextContent('Recomputed from 111 recorded replies of 207 participating administrations in 11 workshops');
    expect(screen.getByText('111 replies of 207')).toBeInTheDocument();

    const rates = screen.getByRole('img', { name: /Reply rate per workshop, FY2018\/19/ });
    expect(rates.querySelectorAll('rect.surveys-bar')).toHaveLength(2);
    expect(rates.querySelector('desc')).toHaveTextContent('All workshops together: 53.6% (111 of 207)');
    const rateTable = screen.getByRole('table', { name: 'Reply rate per workshop: the figures' });
    expect(within(rateTable).getByRole('row', { name: /ASEAN/ })).toHaveTextContent('9888.9%');
    expect(within(rateTable).getByRole('row', { name: /Sub-regional workshops/ })).toHaveTextContent('191473.7%');

    expect(screen.getByRole('img', { name: /Follow-up actions taken after the workshops/ })).toBeInTheDocument();
    const actions = screen.getByRole('table', { name: 'Follow-up actions: the figures' });
    expect(within(actions).getAllByRole('row').map((r) => r.querySelector('th')?.textContent)).toEqual([
      'Action',
      'Shared the materials',
      'Submitted reports',
      'Made recommendations',
      'In-house workshop',
      'Operational manuals',
      'Other actions',
    ]);

    for (const name of ['Direct effects', 'Efficiency improved', 'New projects']) {
      expect(screen.getByRole('img', { name: new RegExp(`^${name}`) })).toBeInTheDocument();
    }
    const outcomes = screen.getByRole('table', { name: /new projects per workshop: the figures/ });
    expect(within(outcomes).getByRole('row', { name: /All workshops/ })).toBeInTheDocument();

    const effects = screen.getByRole('table', { name: 'Follow-up actions and direct effects' });
    expect(within(effects).getByRole('row', { name: /Shared the materials → realised direct effects/ })).toHaveTextContent('49 of 84 (58.3%)');
    const projects = screen.getByRole('table', { name: 'Reports, recommendations and new projects' });
    expect(within(projects).getByRole('row', { name: /Started new projects/ })).toHaveTextContent('57 of 61 (93.4%)');

    const stories = screen.getByRole('region', { name: /Success stories/ });
    expect(stories).toHaveTextContent('Lao PDR (LA)');
    expect(stories).toHaveTextContent('workshop 1: WCO Sub-Regional Workshop for ASEAN');
    expect(stories).toHaveTextContent('Developed the Lao Customs IPR Database System');
  });
});

describe('A follow-up survey round: replies', () => {
  it('lets a focal point record a reply for its own administration only, and shows the answers sent', async () => {
    const saved = reply({ id: 501, workshopId: 2, workshopNumber: 2, workshopTitle: ecommerce.activityTitle, otherActions: true, otherActionsText: 'New SOP' });
    const spy = roundApi({
      'GET /api/auth/me': () => json(surveyFocalPoint),
      'POST /api/survey-rounds/1/replies': () => json(saved, { status: 201 }),
    });
    const { user, router } = renderApp('/surveys/1?tab=replies');

    const table = await screen.findByRole('table', { name: /Replies in FUS-2019/ });
    expect(within(table).getByRole('row', { name: /Thailand \(TH\)/ })).toHaveTextContent('Shared the materials, Submitted reports');
    await user.click(screen.getByRole('button', { name: 'Add a reply' }));
    expect(screen.getByRole('heading', { name: 'Record a reply of Thailand' })).toHaveFocus();
    // The administration is fixed: no choice of Member.
    expect(screen.queryByRole('combobox', { name: /^Administration/ })).not.toBeInTheDocument();
    expect(screen.getByText('Thailand', { selector: '.field-static' })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: /^Workshop/ }), '2');
    await user.click(within(screen.getByRole('group', { name: 'Shared the workshop materials with colleagues' })).getByRole('radio', { name: 'Yes' }));
    await user.click(within(screen.getByRole('group', { name: 'Took other actions' })).getByRole('radio', { name: 'Yes' }));
    await user.type(screen.getByRole('textbox', { name: /^Which other actions/ }), 'New SOP');
    await user.click(within(screen.getByRole('group', { name: 'Started a new project' })).getByRole('radio', { name: 'No' }));
    await user.click(screen.getByRole('button', { name: 'Record the reply' }));

    expect(await screen.findByText('Reply recorded: Thailand (TH) about workshop 2.')).toHaveAttribute('role', 'status');
    await waitFor(() => expect(router.state.location.search).toBe('?tab=replies&workshop=2'));
    // No Member list is read for a focal point.
    expect(requestsOf(spy).some((r) => new URL(r.url).pathname === '/api/members')).toBe(false);
    const body = await requestsOf(spy).find((r) => r.method === 'POST')!.json();
    expect(body).toMatchObject({
      workshopId: 2,
      memberId: 4,
      sharedMaterials: true,
      submittedReports: null,
      otherActions: true,
      otherActionsText: 'New SOP',
      newProject: false,
      directEffectsExample: null,
    });
  });

  it('says clearly when the administration already replied about the workshop (409)', async () => {
    roundApi({
      'GET /api/auth/me': () => json(surveyFocalPoint),
      'POST /api/survey-rounds/1/replies': () =>
        problem(409, {
          title: 'The change conflicts with existing records.',
          detail: 'This administration has already replied about this workshop (reply 500, /api/survey-replies/500): change that reply instead.',
          errors: { memberId: ['This administration has already replied about this workshop (reply 500, /api/survey-replies/500): change that reply instead.'] },
        }),
    });
    const { user, router } = renderApp('/surveys/1?tab=replies');

    await user.click(await screen.findByRole('button', { name: 'Add a reply' }));
    await user.selectOptions(screen.getByRole('combobox', { name: /^Workshop/ }), '1');
    await user.click(screen.getByRole('button', { name: 'Record the reply' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This administration has already replied about this workshop');
    expect(alert).toHaveTextContent('nothing was recorded');
    // Another workshop puts the refusal aside.
    await user.selectOptions(screen.getByRole('combobox', { name: /^Workshop/ }), '2');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: /^Workshop/ }), '1');
    await user.click(screen.getByRole('button', { name: 'Record the reply' }));
    await user.click(within(await screen.findByRole('alert')).getByRole('button', { name: 'Show the replies about this workshop' }));
    await waitFor(() => expect(router.state.location.search).toBe('?tab=replies&workshop=1'));
  });

  it('lets Staff choose the administration, and shows a 400 on the Member field when it did not take part', async () => {
    roundApi({
      'POST /api/survey-rounds/1/replies': () =>
        problem(400, {
          title: 'One or more fields are invalid.',
          detail: 'See errors for the message on each field.',
          errors: { memberId: ['This administration did not take part in the workshop: only participating administrations reply.'] },
        }),
    });
    const { user } = renderApp('/surveys/1?tab=replies');

    await user.click(await screen.findByRole('button', { name: 'Add a reply' }));
    await user.click(screen.getByRole('button', { name: 'Record the reply' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Choose the workshop the reply is about. Choose the administration that replied.');

    await user.selectOptions(screen.getByRole('combobox', { name: /^Workshop/ }), '1');
    await user.selectOptions(await screen.findByRole('combobox', { name: /^Administration/ }), '3');
    await user.click(screen.getByRole('button', { name: 'Record the reply' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Administration: This administration did not take part in the workshop');
    expect(screen.getByRole('combobox', { name: /^Administration/ })).toHaveAttribute('aria-invalid', 'true');
  });

  it('changes a reply with If-Match, and offers to reload after a 412', async () => {
    const spy = roundApi({
      'GET /api/auth/me': () => json(surveyFocalPoint),
      'PUT /api/survey-replies/500': () => problem(412, { title: 'The record has changed.', detail: 'Survey reply 500 was changed by someone else.' }),
    });
    const { user } = renderApp('/surveys/1?tab=replies');

    await user.click(await screen.findByRole('button', { name: 'Change the reply of Thailand (TH) about workshop 1' }));
    expect(screen.getByRole('heading', { name: 'Change the reply of Thailand (TH) about workshop 1' })).toHaveFocus();
    expect(within(screen.getByRole('group', { name: 'Shared the workshop materials with colleagues' })).getByRole('radio', { name: 'Yes' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else changed this reply; reload to see their version');
    const put = requestsOf(spy).find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"900"');

    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(await screen.findByText('Reloaded: the form now shows the latest version of the reply.')).toBeInTheDocument();
  });
});
