import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { focalPointUser, viewerUser } from '@/testing/fixtures';
import { json, mockApi, requestsOf } from '@/testing/mock-api';
import { coverageMatrix, plans, sap2024Detail } from '@/testing/plan-fixtures';
import { renderApp } from '@/testing/render-app';

function memberApi(user = focalPointUser, memberId = 4) {
  return mockApi({
    'GET /api/auth/me': () => json(user),
    'GET /api/plans': () => json(plans),
    'GET /api/plans/2': () => json(sap2024Detail),
    'GET /api/plans/2/coverage-matrix': () => json({ ...coverageMatrix, members: coverageMatrix.members.filter((m) => m.id === memberId) }),
  });
}

describe("A Member's milestones", () => {
  it('shows the status, evidence and record of every milestone, by pillar', async () => {
    const spy = memberApi();
    renderApp('/members/4/milestones?planId=2&asOf=2025-03-01');

    expect(await screen.findByRole('heading', { level: 1, name: 'Thailand: milestones' })).toBeInTheDocument();
    const sent = new URL(requestsOf(spy).find((r) => r.url.includes('/coverage-matrix'))!.url);
    expect(Object.fromEntries(sent.searchParams)).toEqual({ asOf: '2025-03-01', memberId: '4' });
    expect(screen.getByText('1 of 2')).toBeInTheDocument();
    const pillar = screen.getByRole('region', { name: 'Pillar 1: Support the implementation of WCO instruments' });
    const row = within(pillar).getByRole('row', { name: /1\.1\.1-1/ });
    expect(row).toHaveTextContent('Achieved');
    expect(row).toHaveTextContent('Jun 30, 2020');
    expect(row).toHaveTextContent('RM module live');
    expect(row).toHaveTextContent('#7 for SAP-2018-2020 1.1.1-1');
  });

  it("offers its own Member's focal point a form to report an update, with the milestone chosen", async () => {
    memberApi();
    const { user } = renderApp('/members/4/milestones?planId=2');
    await user.click(await screen.findByRole('button', { name: 'Report an update on 1.1.1-2' }));
    expect(screen.getByRole('heading', { name: 'Report an update' })).toHaveFocus();
    expect(await screen.findByRole('combobox', { name: /^Milestone/ })).toHaveValue('44');
  });

  it('offers no form to a focal point of another Member, nor to a Viewer', async () => {
    memberApi(focalPointUser, 1);
    const { unmount } = renderApp('/members/1/milestones?planId=2');
    expect(await screen.findByRole('heading', { level: 1, name: 'Afghanistan: milestones' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Report an update' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Report an update/ })).not.toBeInTheDocument();
    unmount();

    memberApi(viewerUser);
    renderApp('/members/4/milestones?planId=2');
    expect(await screen.findByRole('heading', { level: 1, name: 'Thailand: milestones' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Report an update/ })).not.toBeInTheDocument();
  });
});
