import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockApi, problem, requestsOf } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';
import { fiscalYearOf, toRoundInput } from '../components/new-round-form';
import { dueWork, round, roundPage, surveyStaff, surveyViewer } from '../testing/survey-fixtures';

function roundsApi(extra: Parameters<typeof mockApi>[0] = {}) {
  return mockApi({
    'GET /api/auth/me': () => json(surveyStaff),
    'GET /api/survey-rounds': () => json(roundPage),
    'GET /api/survey-rounds/due': () => json(dueWork),
    ...extra,
  });
}

describe('Follow-up survey rounds', () => {
  it('is in the navigation and lists the rounds with their reply rates', async () => {
    roundsApi();
    renderApp('/surveys');

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Follow-up surveys' })).toHaveAttribute('href', '/surveys');
    expect(await screen.findByRole('heading', { level: 1, name: 'Follow-up surveys' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: /Survey rounds/ });
    const row = within(table).getByRole('row', { name: /FUS-2019/ });
    expect(row).toHaveTextContent('FY2018/19');
    expect(row).toHaveTextContent('111 of 207 (53.6%)');
    expect(within(row).getByRole('link', { name: 'FUS-2019' })).toHaveAttribute('href', '/surveys/1');
  });

  it('shows what is due, by task, and keeps the date in the address', async () => {
    const spy = roundsApi();
    const { user, router } = renderApp('/surveys?asOf=2026-11-27');

    const due = await screen.findByRole('region', { name: 'What is due' });
    await within(due).findByText('1 task due on', { exact: false });
    expect(within(due).getByRole('region', { name: /Reminders due/ })).toHaveTextContent('FUS-2019 · workshop 2');
    expect(within(due).getByRole('region', { name: /Reminders due/ })).toHaveTextContent('Reminder due');
    expect(within(due).getByRole('region', { name: /Questionnaires to send/ })).toHaveTextContent('No questionnaire is due to be sent.');
    const asked = requestsOf(spy).filter((r) => new URL(r.url).pathname === '/api/survey-rounds/due');
    expect(new URL(asked[0]!.url).searchParams.get('asOf')).toBe('2026-11-27');

    const date = within(due).getByLabelText(/^As of/);
    await user.clear(date);
    await user.type(date, '2026-12-05');
    await waitFor(() => expect(router.state.location.search).toContain('asOf=2026-12-05'));
  });

  it('opens a new round for Staff, with the API’s field errors on the fields', async () => {
    let posts = 0;
    const spy = roundsApi({
      'POST /api/survey-rounds': () => {
        posts += 1;
        return posts === 1
          ? problem(400, {
              title: 'One or more fields are invalid.',
              detail: 'See errors for the message on each field.',
              errors: { Code: ['Give the round a code (e.g. FUS-2019).'], fiscalYear: ['fiscalYear is the starting year of the fiscal year.'] },
            })
          : json({ ...round, id: 7, code: 'FUS-2027' }, { status: 201 });
      },
      'GET /api/survey-rounds/7': () => json({ ...round, id: 7, code: 'FUS-2027' }),
    });
    const { user } = renderApp('/surveys');

    await user.click(await screen.findByRole('button', { name: 'New round' }));
    expect(screen.getByRole('heading', { name: 'Open a new round' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Open the round' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The round was not saved: fix these 2 problems');
    const code = screen.getByRole('textbox', { name: /^Code/ });
    expect(code).toHaveAttribute('aria-invalid', 'true');
    expect(code).toHaveAccessibleDescription(/Give the round a code/);
    expect(screen.getByRole('spinbutton', { name: /^Fiscal year/ })).toHaveAccessibleDescription(/starting year of the fiscal year/);

    await user.type(code, 'FUS-2027');
    await user.type(screen.getByRole('textbox', { name: /^Title/ }), 'FY2026/27 workshops');
    await user.click(screen.getByRole('button', { name: 'Open the round' }));
    expect(await screen.findByRole('heading', { level: 1, name: round.title })).toBeInTheDocument();
    expect(screen.getByText('Round FUS-2027 was opened with 2 workshops.')).toHaveAttribute('role', 'status');
    const body = await requestsOf(spy).filter((r) => r.method === 'POST')[1]!.json();
    expect(body).toMatchObject({ code: 'FUS-2027', title: 'FY2026/27 workshops', replyWindowDays: 21 });
  });

  it('offers no new round to a viewer', async () => {
    roundsApi({ 'GET /api/auth/me': () => json(surveyViewer) });
    renderApp('/surveys');
    await screen.findByRole('table', { name: /Survey rounds/ });
    expect(screen.queryByRole('button', { name: 'New round' })).not.toBeInTheDocument();
  });

  it('says so when there is no round yet', async () => {
    roundsApi({ 'GET /api/survey-rounds': () => json({ items: [], page: 1, pageSize: 50, totalCount: 0 }), 'GET /api/survey-rounds/due': () => json([]) });
    renderApp('/surveys');
    expect(await screen.findByText('No survey round yet.')).toBeInTheDocument();
    expect(await screen.findByText(/Nothing is due on/)).toBeInTheDocument();
  });
});

describe('New round form values', () => {
  it('sends whole numbers and knows the fiscal year of a day', () => {
    expect(toRoundInput({ code: 'A', title: 'B', fiscalYear: '2025', replyWindowDays: ' 21 ' })).toEqual({ code: 'A', title: 'B', fiscalYear: 2025, replyWindowDays: 21 });
    expect(toRoundInput({ code: '', title: '', fiscalYear: 'x', replyWindowDays: '' })).toMatchObject({ fiscalYear: 0, replyWindowDays: 0 });
    expect(fiscalYearOf('2026-11-27')).toBe(2026);
    expect(fiscalYearOf('2026-06-30')).toBe(2025);
  });
});
