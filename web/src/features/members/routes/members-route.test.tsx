import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { members, subRegions } from '@/testing/fixtures';
import { json, mockApi, problem, requestsOf } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

describe('Members list', () => {
  it('groups the Members under a heading per sub-region with its programme manager', async () => {
    mockApi({
      'GET /api/members': () => json({ items: members, page: 1, pageSize: 50, totalCount: members.length }),
      'GET /api/sub-regions': () => json(subRegions),
    });
    renderApp('/admin/members');

    const ecwa = await screen.findByRole('region', { name: /East, Central and West Asia/ });
    expect(within(ecwa).getByText(/Programme manager: Ms A\. Manager/)).toBeInTheDocument();
    expect(within(ecwa).getByRole('link', { name: 'Afghanistan' })).toHaveAttribute('href', '/admin/members/1');
    expect(within(ecwa).getByRole('link', { name: 'China' })).toBeInTheDocument();
    expect(within(ecwa).getByText('Donor')).toBeInTheDocument();

    const pacific = screen.getByRole('region', { name: /Pacific Islands/ });
    expect(within(pacific).getByText(/not assigned/)).toBeInTheDocument();
    expect(within(pacific).getByText('Small island economy')).toBeInTheDocument();

    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'East, Central and West Asia (ECWA)',
      'Pacific Islands (PI)',
      'Southeast Asia (SEA)',
    ]);
    expect(screen.getByText('Showing 1–4 of 4 Members')).toBeInTheDocument();
  });

  it('sends the filter, search, sort and paging from the address to the API', async () => {
    const spy = mockApi({
      'GET /api/members': () => json({ items: [], page: 2, pageSize: 25, totalCount: 0 }),
      'GET /api/sub-regions': () => json(subRegions),
    });
    renderApp('/admin/members?subRegionId=3&q=tha&sort=-code&page=2&pageSize=25');

    expect(await screen.findByText('No Member matches these filters.')).toBeInTheDocument();
    const list = requestsOf(spy).find((r) => new URL(r.url).pathname === '/api/members');
    const query = new URL(list!.url).searchParams;
    expect(Object.fromEntries(query)).toEqual({ page: '2', pageSize: '25', sort: '-code', subRegionId: '3', q: 'tha' });
  });

  it('shows the problem title and detail when the list cannot be loaded', async () => {
    mockApi({
      'GET /api/members': () => problem(500, { title: 'An unexpected error occurred', detail: 'Try again later.' }),
      'GET /api/sub-regions': () => json(subRegions),
    });
    renderApp('/admin/members');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('An unexpected error occurred');
    expect(alert).toHaveTextContent('Try again later.');
  });

  it('shows a busy status while loading', async () => {
    mockApi({
      'GET /api/members': () => new Promise<Response>(() => {}),
      'GET /api/sub-regions': () => json(subRegions),
    });
    renderApp('/admin/members');

    const status = await screen.findByRole('status');
    expect(status).toHaveAttribute('aria-busy', 'true');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Loading Members'));
  });
});
