import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { todayIso } from '@/lib/format';
import { focalPointUser, viewerUser } from '@/testing/fixtures';
import { json, mockApi, problem, requestsOf } from '@/testing/mock-api';
import { plans, sap2024Detail, statusRecord } from '@/testing/plan-fixtures';
import { renderApp } from '@/testing/render-app';

const returned = statusRecord({ id: 150, state: 'returned', returnReason: 'Give the law number.', milestoneId: 43, milestoneCode: '1.1.1-1', version: '12' });
const approved = statusRecord({ id: 120, state: 'approved', status: 'in-progress', evidence: 'Pilot', createdAt: '2026-10-01T00:00:00Z' });

function updatesApi(extra: Parameters<typeof mockApi>[0] = {}) {
  return mockApi({
    'GET /api/auth/me': () => json(focalPointUser),
    'GET /api/plans': () => json(plans),
    'GET /api/plans/2': () => json(sap2024Detail),
    'GET /api/milestone-statuses': () => json({ items: [returned, approved], page: 1, pageSize: 200, totalCount: 2 }),
    ...extra,
  });
}

describe('Milestone updates (focal point)', () => {
  it('lists their Member\'s updates by state, with the reason of a returned one', async () => {
    const spy = updatesApi();
    renderApp('/milestones');

    const returnedSection = await screen.findByRole('region', { name: /Returned for correction/ });
    expect(returnedSection).toHaveTextContent('Give the law number.');
    expect(within(returnedSection).getByRole('button', { name: 'Submit update #150 for review' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /Approved/ })).toHaveTextContent('#120');
    expect(screen.getByRole('region', { name: /Drafts/ })).toHaveTextContent('No draft.');
    // A focal point cannot reopen.
    expect(screen.queryByRole('button', { name: /Reopen/ })).not.toBeInTheDocument();
    const list = requestsOf(spy).find((r) => new URL(r.url).pathname === '/api/milestone-statuses')!;
    expect(new URL(list.url).searchParams.get('memberId')).toBe('4');
  });

  it('drafts an update, with the field errors of a 400 on their fields', async () => {
    let posts = 0;
    const draft = statusRecord({ id: 171, state: 'draft', submittedAt: null, submittedBy: null });
    const spy = updatesApi({
      'POST /api/milestone-statuses': () => {
        posts += 1;
        return posts === 1
          ? problem(400, {
              title: 'One or more fields are invalid.',
              detail: 'See errors for the message on each field.',
              errors: { evidence: ['Give the evidence: a short text, a link or both.'] },
            })
          : json(draft, { status: 201 });
      },
      'POST /api/milestone-statuses/171/submit': () => json({ ...draft, state: 'submitted' }),
    });
    const { user } = renderApp('/milestones');

    const milestone = await screen.findByRole('combobox', { name: /^Milestone/ });
    await waitFor(() => expect(milestone).toBeEnabled());
    expect(within(milestone).getByRole('group', { name: 'Pillar 1: Support the implementation of WCO instruments' })).toBeInTheDocument();
    expect(screen.getByText('Thailand')).toBeInTheDocument();
    await user.selectOptions(milestone, '44');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Status/ }), 'achieved');
    expect(screen.getByLabelText(/^Effective date/)).toHaveValue(todayIso());
    expect(screen.getByLabelText(/^Effective date/)).toHaveAttribute('max', todayIso());
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('The update was not saved: fix this problem');
    const evidence = screen.getByRole('textbox', { name: /^Evidence$/ });
    expect(evidence).toHaveAttribute('aria-invalid', 'true');
    expect(evidence).toHaveAccessibleDescription(/Give the evidence: a short text, a link or both\./);

    await user.type(evidence, 'nCEN in use nationwide');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText(/Draft #171 saved for Thailand, milestone 1.1.1-2/)).toBeInTheDocument();
    const sent = requestsOf(spy).filter((r) => r.method === 'POST' && new URL(r.url).pathname === '/api/milestone-statuses');
    expect(await sent[1]!.clone().json()).toEqual({
      memberId: 4,
      milestoneId: 44,
      status: 'achieved',
      effectiveOn: todayIso(),
      evidence: 'nCEN in use nationwide',
      evidenceLink: null,
      sourceDocument: null,
      notApplicableReason: null,
    });
  });

  it('asks why a milestone does not apply only when it does not', async () => {
    updatesApi();
    const { user } = renderApp('/milestones');
    const status = await screen.findByRole('combobox', { name: /^Status/ });
    expect(screen.queryByRole('textbox', { name: /Why it does not apply/ })).not.toBeInTheDocument();
    await user.selectOptions(status, 'not-applicable');
    expect(screen.getByRole('textbox', { name: /Why it does not apply/ })).toBeInTheDocument();
  });

  it('submits a returned update for review', async () => {
    const spy = updatesApi({ 'POST /api/milestone-statuses/150/submit': () => json({ ...returned, state: 'submitted' }) });
    const { user } = renderApp('/milestones');
    await user.click(await screen.findByRole('button', { name: 'Submit update #150 for review' }));
    expect(await screen.findByText('Update #150 (1.1.1-1) was submitted for review.')).toBeInTheDocument();
    expect(requestsOf(spy).some((r) => r.method === 'POST' && r.url.endsWith('/api/milestone-statuses/150/submit'))).toBe(true);
  });

  it('edits a returned update with If-Match, and on 412 says someone else changed it', async () => {
    let ifMatch: string | null = null;
    updatesApi({
      'GET /api/milestone-statuses/150': () => json(returned, { headers: { ETag: '"12"' } }),
      'PUT /api/milestone-statuses/150': (request) => {
        ifMatch = request.headers.get('If-Match');
        return problem(412, { title: 'Precondition Failed', detail: 'The milestone status has changed since you read it.' });
      },
    });
    const { user } = renderApp('/milestones');

    await user.click(await screen.findByRole('button', { name: 'Edit update #150' }));
    expect(await screen.findByRole('heading', { name: 'Change update #150' })).toHaveFocus();
    const evidence = screen.getByRole('textbox', { name: /^Evidence$/ });
    expect(evidence).toHaveValue('nCEN in use nationwide');
    await user.type(evidence, ' (law 12/2026)');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else changed this update; reload to see their version');
    expect(ifMatch).toBe('"12"');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });

  it('is not offered to a Viewer', async () => {
    mockApi({ 'GET /api/auth/me': () => json(viewerUser) });
    renderApp('/milestones');
    expect(await screen.findByRole('heading', { level: 1, name: "You don't have access" })).toBeInTheDocument();
  });
});
