import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '@/lib/api/types';
import { json, mockApi, requestsOf } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const rename: AuditEntry = {
  id: 102,
  occurredAt: '2026-03-02T09:30:00Z',
  actorType: 'user',
  actorId: '0190b000-0000-7000-8000-000000000001',
  actorName: 'Ada Admin',
  entity: 'Member',
  entityId: '4',
  action: 'updated',
  before: { Name: 'Thailand' },
  after: { Name: 'Kingdom of Thailand' },
  traceId: '00-abc-01',
};

const keyCreated: AuditEntry = {
  id: 101,
  occurredAt: '2026-03-01T08:00:00Z',
  actorType: 'api-key',
  actorId: '0190a000-0000-7000-8000-000000000001',
  actorName: 'Importer',
  entity: 'ApiKey',
  entityId: '0190a000-0000-7000-8000-000000000009',
  action: 'created',
  before: null,
  after: { Name: 'Exporter', Prefix: 'rocb_cd34' },
  traceId: null,
};

const searchOf = (request: Request) => Object.fromEntries(new URL(request.url).searchParams);

describe('Audit log', () => {
  it('lists changes newest first; a row opens to show each field before and after', async () => {
    mockApi({ 'GET /api/audit-entries': () => json({ items: [rename, keyCreated], page: 1, pageSize: 50, totalCount: 2 }) });
    const { user } = renderApp('/admin/audit');

    const row = (await screen.findByRole('rowheader', { name: /Member 4/ })).closest('tr')!;
    expect(row).toHaveTextContent('Ada Admin');
    expect(row).toHaveTextContent('updated');
    expect(screen.getByRole('rowheader', { name: /ApiKey/ }).closest('tr')).toHaveTextContent('Importer (api-key)');

    const toggle = within(row).getByRole('button', { name: /Show changes/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const changes = screen.getByRole('table', { name: /Changes: updated Member 4/ });
    const name = within(changes).getByRole('rowheader', { name: 'Name' }).closest('tr')!;
    expect(within(name).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Thailand', 'Kingdom of Thailand']);
  });

  it('sends the filters to the API, and "History" filters to one record', async () => {
    const spy = mockApi({ 'GET /api/audit-entries': () => json({ items: [rename], page: 1, pageSize: 50, totalCount: 1 }) });
    const { user, router } = renderApp('/admin/audit');

    await screen.findByRole('rowheader', { name: /Member 4/ });
    await user.selectOptions(screen.getByLabelText('Action'), 'updated');
    await user.type(screen.getByLabelText('From'), '2026-03-01');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    await waitFor(() => expect(router.state.location.search).toBe('?action=updated&from=2026-03-01'));
    await waitFor(() => expect(searchOf(requestsOf(spy).at(-1)!)).toMatchObject({ action: 'updated' }));
    const query = searchOf(requestsOf(spy).at(-1)!);
    expect(new Date(query.from!).getTime()).toBe(new Date('2026-03-01T00:00:00').getTime());

    await user.click(screen.getByRole('link', { name: 'History of Member 4' }));
    await waitFor(() => expect(router.state.location.search).toBe('?entity=Member&entityId=4'));
    await waitFor(() => expect(searchOf(requestsOf(spy).at(-1)!)).toEqual({ page: '1', pageSize: '50', entity: 'Member', entityId: '4' }));
    expect(screen.getByLabelText('Record type')).toHaveValue('Member');
    expect(screen.getByLabelText('Record id')).toHaveValue('4');
    expect(await screen.findByText(/History of Member 4/)).toBeInTheDocument();
  });

  it('shows the change history on the Member page, newest first', async () => {
    const created: AuditEntry = { ...rename, id: 5, action: 'created', actorType: 'system', actorName: 'system', before: null, after: { Code: 'TH', Name: 'Thailand' } };
    const { thailand, subRegions } = await import('@/testing/fixtures');
    mockApi({
      'GET /api/members/4': () => json(thailand, { headers: { ETag: '"7"' } }),
      'GET /api/sub-regions': () => json(subRegions),
      'GET /api/members/4/focal-points': () => json([]),
      'GET /api/audit-entries/Member/4': () => json([created, rename]),
    });
    renderApp('/admin/members/4');

    const section = await screen.findByRole('region', { name: 'Change history' });
    const items = await within(section).findAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Updated by Ada Admin');
    expect(items[0]).toHaveTextContent('ThailandKingdom of Thailand');
    expect(items[1]).toHaveTextContent('Created by system');
    expect(within(section).getByRole('link', { name: 'Open in the audit log' })).toHaveAttribute('href', '/admin/audit?entity=Member&entityId=4');
    expect(screen.getByRole('region', { name: 'Focal points' })).toHaveTextContent('Thailand has no focal point in Rocb yet.');
  });
});
