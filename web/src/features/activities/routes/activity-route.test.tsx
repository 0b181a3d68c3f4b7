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
  // What a Viewer gets: the counts only.
  'GET /api/activities/80/experts': () =>
    json({
      activityId: 80,
      detailed: false,
      requestCount: 1,
      expertsNeeded: 2,
      deploymentCount: 3,
      byStatus: [
        { status: 'declined', count: 1 },
        { status: 'confirmed', count: 2 },
      ],
      requests: [],
      deployments: [],
    }),
};

const staffExperts = {
  activityId: 80,
  detailed: true,
  requestCount: 1,
  expertsNeeded: 1,
  deploymentCount: 1,
  byStatus: [{ status: 'confirmed', count: 1 }],
  requests: [
    {
      id: 12, title: 'Environment workshop experts', activityId: 80, startsOn: '2019-07-09', endsOn: '2019-07-10', place: null, mode: 'in-person',
      language: 'en', expertsNeeded: 1, accreditation: 'preferred', category: null, isDiagnostic: false, requestingMember: null, status: 'staffed',
      topics: [], confirmed: 1,
    },
  ],
  deployments: [
    {
      id: 31, expertId: 7, expertName: 'Accredited expert, Japan Customs (1)', requestId: 12, requestTitle: 'Environment workshop experts',
      activityId: 80, activityTitle: null, startsOn: '2019-07-09', endsOn: '2019-07-10', status: 'confirmed', statusChangedAt: '2019-06-01T00:00:00Z',
      proposedAt: '2019-05-01T00:00:00Z', invitedAt: null, answeredAt: null, releasedAt: null, confirmedAt: '2019-06-01T00:00:00Z', completedAt: null,
      cancelledAt: null, conflictOverrideReason: null, declineReason: null, cancelReason: null, hostAppraisal: null, rocbAppraisal: null,
      reportReceived: false, note: null, version: '1', releaseRequest: null,
    },
  ],
};

const participants = {
  items: [{ id: 5, member: { id: 4, code: 'TH', name: 'Thailand' }, name: 'Somchai P.', gender: 'male', role: 'head-of-delegation', position: 'Director' }],
  page: 1,
  pageSize: 200,
  total: 1,
};

describe('Activity page', () => {
  it('shows a Viewer every field, the gender split, the evaluation and the expert counts, without Edit or names', async () => {
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
    const experts = screen.getByRole('region', { name: 'Experts' });
    expect(await within(experts).findByText(/1 expert request for 2 experts; 3 deployments \(1 declined, 2 confirmed\)\./)).toBeInTheDocument();
    expect(within(experts).queryByRole('link')).not.toBeInTheDocument();
    expect(within(experts).queryByRole('table')).not.toBeInTheDocument();

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

  it('shows Staff the activity’s expert requests and deployments with links to them', async () => {
    mockApi({
      ...activityApi,
      'GET /api/auth/me': () => json(staffUser),
      'GET /api/activities/80/participants': () => json(participants),
      'GET /api/activities/80/experts': () => json(staffExperts),
    });
    renderApp('/activities/80');

    const experts = await screen.findByRole('region', { name: 'Experts' });
    const requests = await within(experts).findByRole('table', { name: 'Expert requests' });
    expect(within(requests).getByRole('link', { name: 'Environment workshop experts' })).toHaveAttribute('href', '/expert-requests/12');
    expect(within(requests).getByRole('row', { name: /Environment workshop experts/ })).toHaveTextContent('1 of 1');
    const deployments = within(experts).getByRole('table', { name: 'Deployments' });
    expect(within(deployments).getByRole('link', { name: 'Accredited expert, Japan Customs (1)' })).toHaveAttribute('href', '/experts/7');
    expect(within(experts).getByRole('link', { name: 'Request experts for this activity' })).toHaveAttribute('href', '/expert-requests/new?activityId=80');
    expect(within(experts).getByRole('link', { name: 'Open its deployments on the board' })).toHaveAttribute('href', '/deployments?activityId=80');
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
