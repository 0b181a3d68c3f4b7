import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { topics } from '@/testing/activity-fixtures';
import { members } from '@/testing/fixtures';
import { json, mockApi, problem, requestsOf } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';
import { cycle, needsFocalPoint, needsStaff } from '../testing/needs-fixtures';

describe('the cycle page', () => {
  it('edits the questionnaire: adds a topic and a custom question, moves and removes questions, then saves it whole', async () => {
    const spy = mockApi({
      'GET /api/auth/me': () => json(needsStaff),
      'GET /api/needs-cycles/7': () => json(cycle, { headers: { ETag: '"55"' } }),
      'GET /api/topics': () => json(topics),
      'PUT /api/needs-cycles/7/questions': () => json({ ...cycle, version: '56' }),
    });
    const { user } = renderApp('/needs/7');
    await screen.findByRole('heading', { level: 2, name: 'Questionnaire (3 questions)' });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Add a topic' }), 'Revised Kyoto Convention');
    await user.click(screen.getByRole('button', { name: 'Add the topic' }));
    await user.type(screen.getByRole('textbox', { name: 'Add a custom question' }), 'Any other need?');
    await user.click(screen.getByRole('button', { name: 'Add the question' }));
    await user.click(screen.getByRole('button', { name: 'Move “Valuation” up' }));
    await user.click(screen.getByRole('button', { name: 'Remove “Which donors support you already?”' }));
    // A topic already asked is not offered again.
    expect(within(screen.getByRole('combobox', { name: 'Add a topic' })).queryByRole('option', { name: 'Valuation' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save the questionnaire' }));
    expect(await screen.findByText('The questionnaire was saved.')).toBeInTheDocument();
    const put = requestsOf(spy).find((r) => r.method === 'PUT')!;
    expect(await put.clone().json()).toEqual({
      questions: [
        { topicId: 20, text: null },
        { topicId: 14, text: null },
        { topicId: 1, text: null },
        { topicId: null, text: 'Any other need?' },
      ],
    });
  });

  it('shows the API refusal of a questionnaire change (answers exist)', async () => {
    mockApi({
      'GET /api/auth/me': () => json(needsStaff),
      'GET /api/needs-cycles/7': () => json(cycle),
      'GET /api/topics': () => json(topics),
      'PUT /api/needs-cycles/7/questions': () => problem(409, { title: 'Conflict', detail: 'The questionnaire cannot change once responses exist.' }),
    });
    const { user } = renderApp('/needs/7');
    await user.click(await screen.findByRole('button', { name: 'Remove “Valuation”' }));
    await user.click(screen.getByRole('button', { name: 'Save the questionnaire' }));
    expect(await screen.findByText('The questionnaire cannot change once responses exist.')).toBeInTheDocument();
  });

  it('changes the Members asked with the ETag it read, and opens the survey only after confirmation', async () => {
    const spy = mockApi({
      'GET /api/auth/me': () => json(needsStaff),
      'GET /api/needs-cycles/7': () => json({ ...cycle, status: 'draft' }, { headers: { ETag: '"55"' } }),
      'GET /api/topics': () => json(topics),
      'GET /api/members': () => json({ items: members, page: 1, pageSize: 200, total: members.length }),
      'PUT /api/needs-cycles/7': () => json(cycle),
      'POST /api/needs-cycles/7/open': () => json(cycle),
    });
    const { user } = renderApp('/needs/7');
    await user.click(await screen.findByRole('button', { name: 'Change the survey details and Members asked' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Afghanistan' }));
    await user.click(screen.getByRole('checkbox', { name: 'Fiji' }));
    await user.click(screen.getByRole('button', { name: 'Save the survey details' }));
    await screen.findByRole('button', { name: 'Change the survey details and Members asked' });
    const put = requestsOf(spy).find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"55"');
    expect(await put.clone().json()).toMatchObject({ name: 'Needs survey 2027', memberIds: [4, 1], coordinators: ['Japan Customs (regional coordinator)', 'ROCB A/P'] });

    await user.click(screen.getByRole('button', { name: 'Open the survey' }));
    expect(requestsOf(spy).some((r) => r.url.endsWith('/open'))).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Yes, open it' }));
    await screen.findByRole('button', { name: 'Open the survey' });
    expect(requestsOf(spy).filter((r) => r.url.endsWith('/open'))).toHaveLength(1);
  });

  it('sends a focal point to its own response', async () => {
    mockApi({
      'GET /api/auth/me': () => json(needsFocalPoint),
      'GET /api/needs-cycles/7': () => json(cycle),
      'GET /api/needs-cycles/7/responses/4': () => json({ ...cycle, member: cycle.members[0] }),
    });
    const { router } = renderApp('/needs/7');
    await screen.findByRole('heading', { level: 1 });
    expect(router.state.location.pathname).toBe('/needs/7/responses/4');
  });
});
