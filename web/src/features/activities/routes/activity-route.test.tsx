import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { evaluation, participation, workshop } from '@/testing/activity-fixtures';
import { focalPointUser, members, staffUser, viewerUser } from '@/testing/fixtures';
import { json, mockApi, problem, requestsOf } from '@/testing/mock-api';
import { plans } from '@/testing/plan-fixtures';
import { renderApp } from '@/testing/render-app';

const activityApi = {
  'GET /api/activities/80': () => json(workshop, { headers: { ETag: '"14998"' } }),
  'GET /api/activities/80/participation': () => json(participation),
  'GET /api/activities/80/evaluation': () => json(evaluation),
  'GET /api/plans': () => json(plans),
  'GET /api/members': () => json({ items: members, page: 1, pageSize: 200, totalCount: members.length }),
};

const participants = {
  items: [{ id: 5, member: { id: 4, code: 'TH', name: 'Thailand' }, name: 'Somchai P.', gender: 'male', role: 'head-of-delegation', position: 'Director' }],
  page: 1,
  pageSize: 200,
  total: 1,
};

describe('Activity page', () => {
  it('shows a Viewer every field, the gender split, the evaluation and the Experts placeholder, without Edit or names', async () => {
    const spy = mockApi({ ...activityApi, 'GET /api/auth/me': () => json(viewerUser) });
    renderApp('/activities/80');

    expect(await screen.findByRole('heading', { level: 1, name: workshop.title })).toBeInTheDocument();
    const details = screen.getByRole('region', { name: 'Details' });
    expect(details).toHaveTextContent('9–10 Jul 2019');
    expect(details).toHaveTextContent('Presented');
    expect(details).toHaveTextContent('USAID');
    expect(screen.getByRole('region', { name: 'Beneficiary Members' })).toHaveTextContent('Fiji');
    expect(within(screen.getByRole('region', { name: 'Topics' })).getByRole('link', { name: /Environment/ })).toHaveAttribute('href', '/activities?topicId=38');
    await waitFor(() =>
      expect(screen.getByRole('link', { name: 'SAP-2024-2026 3-a: Regional workshops' })).toHaveAttribute('href', '/plans/2/kpis/47'),
    );
    expect(screen.getByRole('region', { name: 'ROCB staff' })).toHaveTextContent('Tong Hua');

    const section = screen.getByRole('region', { name: 'Participants' });
    expect(await within(section).findByRole('img', { name: /by gender/ })).toBeInTheDocument();
    const figures = within(section).getByRole('table', { name: /by gender: the figures/ });
    expect(within(figures).getByRole('row', { name: /Gender not recorded/ })).toHaveTextContent('220%');
    expect(section).toHaveTextContent('Women: 37.5% of the 8 participants whose gender was recorded; for 2 (20% of all) it was not recorded.');
    expect(within(section).getByRole('table', { name: 'Participants by Member' })).toHaveTextContent('Thailand');

    const evaluationSection = screen.getByRole('region', { name: 'Evaluation' });
    expect(await within(evaluationSection).findByText('4.5', { selector: '.evaluation-mean' })).toBeInTheDocument();
    expect(within(evaluationSection).getByRole('img', { name: /Overall scores given to/ })).toBeInTheDocument();
    expect(within(evaluationSection).getByRole('table', { name: 'Mean score of each item' })).toHaveTextContent('Relevance');
    expect(evaluationSection).toHaveTextContent('Useful sessions');
    expect(screen.getByRole('region', { name: 'Experts' })).toHaveTextContent('Expert deployments arrive with the expert roster.');

    expect(screen.queryByRole('link', { name: /^Edit/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Edit counts|Delete activity|Record response/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Named participants' })).not.toBeInTheDocument();
    expect(requestsOf(spy).some((r) => new URL(r.url).pathname.endsWith('/participants'))).toBe(false);
  });

  it('shows Staff Edit, Delete and the named participants with the forms to add them', async () => {
    mockApi({ ...activityApi, 'GET /api/auth/me': () => json(staffUser), 'GET /api/activities/80/participants': () => json(participants) });
    renderApp('/activities/80');
    await screen.findByRole('heading', { level: 1, name: workshop.title });
    expect(screen.getByRole('link', { name: /^Edit\s*the activity$/ })).toHaveAttribute('href', '/activities/80/edit');
    expect(screen.getByRole('button', { name: 'Delete activity' })).toBeInTheDocument();
    const named = await screen.findByRole('table', { name: 'Named participants, by Member and name' });
    expect(named).toHaveTextContent('Somchai P.');
    expect(named).toHaveTextContent('Head of delegation');
    expect(screen.getByRole('form', { name: 'Add a participant' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Upload participants (CSV)' })).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Add a response' })).toBeInTheDocument();
  });

  it('shows a focal point its own administration’s participants, read-only', async () => {
    mockApi({ ...activityApi, 'GET /api/auth/me': () => json(focalPointUser), 'GET /api/activities/80/participants': () => json(participants) });
    renderApp('/activities/80');
    const named = await screen.findByRole('table', { name: 'Named participants, by Member and name' });
    expect(named).toHaveTextContent('Somchai P.');
    expect(screen.getByText(/and to you for Thailand only/)).toBeInTheDocument();
    expect(within(named).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Add a participant' })).not.toBeInTheDocument();
  });

  it('lets Staff enter counts per Member with a live total, and shows the API’s messages on the row', async () => {
    let sent: unknown;
    mockApi({
      ...activityApi,
      'GET /api/auth/me': () => json(staffUser),
      'GET /api/activities/80/participants': () => json({ ...participants, items: [], total: 0 }),
      'GET /api/activities/80/participation': () => json({ ...participation, counts: [] }),
      'PUT /api/activities/80/participant-counts': async (request) => {
        sent = await request.json();
        return problem(400, {
          title: 'One or more fields are invalid.',
          errors: { 'counts[0].total': ['Female, male, other and not recorded add up to 7, not 9.'] },
        });
      },
    });
    const { user } = renderApp('/activities/80');
    await user.click(await screen.findByRole('button', { name: 'Edit counts' }));
    const editor = screen.getByRole('form', { name: 'Edit the participant counts' });
    await user.selectOptions(within(editor).getByRole('combobox', { name: 'Member of row 1' }), '3');
    await user.type(within(editor).getByRole('spinbutton', { name: 'Female, Fiji' }), '4');
    await user.type(within(editor).getByRole('spinbutton', { name: 'Male, Fiji' }), '3');
    await user.type(within(editor).getByRole('spinbutton', { name: /^Total the source states/ }), '9');
    expect(within(editor).getByRole('status', { name: 'Total, Fiji' })).toHaveTextContent('7');
    expect(editor).toHaveTextContent('Total: 7 participants.');
    await user.click(within(editor).getByRole('button', { name: 'Save counts' }));

    expect(await within(editor).findByText('Fiji: Female, male, other and not recorded add up to 7, not 9.')).toBeInTheDocument();
    expect(within(editor).getByRole('spinbutton', { name: /^Total the source states/ })).toHaveAttribute('aria-invalid', 'true');
    expect(sent).toEqual({
      counts: [{ memberId: 3, female: 4, male: 3, other: 0, notRecorded: 0, total: 9, observers: 0, headOfDelegationGender: null, note: null }],
    });
  });

  it('says when the activity does not exist', async () => {
    mockApi({ 'GET /api/activities/999': () => problem(404, { title: 'Not Found' }) });
    renderApp('/activities/999');
    expect(await screen.findByRole('heading', { level: 1, name: 'Activity not found' })).toBeInTheDocument();
  });
});
