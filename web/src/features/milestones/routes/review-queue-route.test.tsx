import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { QueueItem } from '@/lib/api/types';
import { focalPointUser, staffUser } from '@/testing/fixtures';
import { json, mockApi, problem, requestsOf } from '@/testing/mock-api';
import { queueItem, statusRecord } from '@/testing/plan-fixtures';
import { renderApp } from '@/testing/render-app';

const thailand = statusRecord({ id: 161, submittedAt: '2026-11-20T09:00:00Z' });
const fiji = statusRecord({ id: 170, memberId: 3, memberCode: 'FJ', memberName: 'Fiji', milestoneCode: '1.1.1-1', submittedAt: '2026-11-10T09:00:00Z' });
const returned = statusRecord({ id: 150, state: 'returned', returnReason: 'Give the law number.', submittedAt: '2026-11-01T09:00:00Z' });

/** A queue the handlers below change, as the API would. */
function queueApi(extra: Parameters<typeof mockApi>[0] = {}) {
  let items: QueueItem[] = [queueItem(thailand, 7), queueItem(fiji, 17), queueItem(returned, 26, 'focal-point')];
  const drop = (ids: number[]) => (items = items.filter((i) => !ids.includes(i.record.id)));
  const spy = mockApi({
    'GET /api/auth/me': () => json(staffUser),
    'GET /api/milestone-statuses/queue': () => json(items),
    'POST /api/milestone-statuses/161/review': async (request) => {
      const body = (await request.clone().json()) as { decision: string; reason: string | null };
      if (body.decision === 'return' && !body.reason) {
        return problem(400, { title: 'One or more fields are invalid.', errors: { reason: ['Say why the update is returned.'] } });
      }
      drop([161]);
      return json({ ...thailand, state: body.decision === 'approve' ? 'approved' : 'returned', returnReason: body.reason });
    },
    'POST /api/milestone-statuses/approve': async (request) => {
      const { ids } = (await request.clone().json()) as { ids: number[] };
      drop(ids);
      return json(ids.map((id) => (id === 161 ? { ...thailand, state: 'approved' } : { ...fiji, state: 'approved' })));
    },
    ...extra,
  });
  return spy;
}

function bodies(spy: ReturnType<typeof mockApi>, path: string) {
  return Promise.all(requestsOf(spy).filter((r) => r.method === 'POST' && new URL(r.url).pathname === path).map((r) => r.clone().json()));
}

describe('Review queue', () => {
  it('lists what waits for Staff, oldest first, and what waits for focal points', async () => {
    queueApi();
    renderApp('/milestones/queue');

    const staff = await screen.findByRole('region', { name: /Waiting for Staff review/ });
    const rows = within(staff).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['#170', '#161']);
    expect(rows[0]).toHaveTextContent('17 days');
    expect(rows[1]).toHaveTextContent('Thailand');
    expect(rows[1]).toHaveTextContent('nCEN in use nationwide');
    const focal = screen.getByRole('region', { name: /Returned, waiting for the focal point/ });
    expect(focal).toHaveTextContent('Give the law number.');
    expect(focal).toHaveTextContent('26 days');
  });

  it('approves one update and says so', async () => {
    const spy = queueApi();
    const { user } = renderApp('/milestones/queue');

    await user.click(await screen.findByRole('button', { name: 'Approve update #161' }));

    expect(await screen.findByText('Approved update #161 (Thailand, 1.1.1-2). It counts in the KPIs from Nov 1, 2026.')).toBeInTheDocument();
    expect(await bodies(spy, '/api/milestone-statuses/161/review')).toEqual([{ decision: 'approve', reason: null }]);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Approve update #161' })).not.toBeInTheDocument());
  });

  it('returns an update only with a reason, shown on the field when missing', async () => {
    const spy = queueApi();
    const { user } = renderApp('/milestones/queue');

    await user.click(await screen.findByRole('button', { name: 'Return update #161' }));
    const reason = screen.getByRole('textbox', { name: /Why is update #161 returned\?/ });
    expect(reason).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Return with this reason' }));
    await waitFor(() => expect(reason).toHaveAttribute('aria-invalid', 'true'));
    expect(reason).toHaveAccessibleDescription(/Say why the update is returned\./);

    await user.type(reason, 'The evidence names no date.');
    await user.click(screen.getByRole('button', { name: 'Return with this reason' }));
    expect(await screen.findByText('Returned update #161 (Thailand, 1.1.1-2) to the focal point with your reason.')).toBeInTheDocument();
    expect(await bodies(spy, '/api/milestone-statuses/161/review')).toEqual([
      { decision: 'return', reason: '' },
      { decision: 'return', reason: 'The evidence names no date.' },
    ]);
  });

  it('approves the selected updates at once', async () => {
    const spy = queueApi();
    const { user } = renderApp('/milestones/queue');

    const approveSelected = await screen.findByRole('button', { name: 'Approve selected (0)' });
    expect(approveSelected).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'Select all 2 updates waiting for review' }));
    expect(screen.getByRole('checkbox', { name: 'Select update #161 (Thailand, 1.1.1-2)' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Approve selected (2)' }));

    expect(await screen.findByText('Approved 2 updates: #170, #161.')).toBeInTheDocument();
    expect(await bodies(spy, '/api/milestone-statuses/approve')).toEqual([{ ids: [170, 161] }]);
    expect(await screen.findByText('Nothing waits for review.')).toBeInTheDocument();
  });

  it('shows why the API refused a review (409), and keeps the update in the queue', async () => {
    queueApi({
      'POST /api/milestone-statuses/161/review': () =>
        problem(409, {
          title: 'The change conflicts with existing records.',
          detail: 'You submitted update 161: another Staff member must review it.',
          errors: { state: ['You submitted update 161: another Staff member must review it.'] },
        }),
      'POST /api/milestone-statuses/approve': () =>
        problem(409, { title: 'The change conflicts with existing records.', detail: 'You submitted update 161: another Staff member must review it.' }),
    });
    const { user } = renderApp('/milestones/queue');

    await user.click(await screen.findByRole('button', { name: 'Approve update #161' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You submitted update 161: another Staff member must review it.');
    await waitFor(() => expect(alert.parentElement).toHaveFocus());
    expect(screen.getByRole('button', { name: 'Approve update #161' })).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Select update #161 (Thailand, 1.1.1-2)' }));
    await user.click(screen.getByRole('button', { name: 'Approve selected (1)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You submitted update 161');
    expect(screen.getByRole('checkbox', { name: 'Select update #161 (Thailand, 1.1.1-2)' })).toBeChecked();
  });

  it('is not offered to a focal point', async () => {
    mockApi({ 'GET /api/auth/me': () => json(focalPointUser) });
    renderApp('/milestones/queue');
    expect(await screen.findByRole('heading', { level: 1, name: "You don't have access" })).toBeInTheDocument();
  });
});
