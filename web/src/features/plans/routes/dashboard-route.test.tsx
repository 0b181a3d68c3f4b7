import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDay, todayIso } from '@/lib/format';
import { subRegions, viewerUser } from '@/testing/fixtures';
import { json, mockApi, requestsOf } from '@/testing/mock-api';
import { coverageMatrix, planProgress, plans, sap2024Detail } from '@/testing/plan-fixtures';
import { renderApp } from '@/testing/render-app';

function dashboardApi(extra: Parameters<typeof mockApi>[0] = {}) {
  return mockApi({
    'GET /api/plans': () => json(plans),
    'GET /api/plans/2': () => json(sap2024Detail),
    'GET /api/sub-regions': () => json(subRegions),
    'GET /api/plans/2/progress': (request) => {
      const url = new URL(request.url);
      const pillar = url.searchParams.get('pillar');
      const all = planProgress({ asOf: url.searchParams.get('asOf') ?? '2025-03-01' });
      return json(pillar ? { ...all, pillarNumber: Number(pillar), pillars: all.pillars.filter((p) => p.number === Number(pillar)) } : all);
    },
    'GET /api/plans/2/coverage-matrix': () => json(coverageMatrix),
    'GET /api/plans/2/expert-deployments-by-origin': (request) => {
      const url = new URL(request.url);
      return json({ ...deploymentsByOrigin, asOf: url.searchParams.get('asOf'), subRegionId: Number(url.searchParams.get('subRegionId')) || null });
    },
    ...extra,
  });
}

const deploymentsByOrigin = {
  planId: 2,
  asOf: '2025-03-01',
  from: '2024-07-01',
  to: '2025-03-01',
  subRegionId: null,
  total: 7,
  insideRegion: 5,
  outsideRegion: 2,
  insideShare: 71.4,
  byOrigin: [
    { origin: 'member', count: 5 },
    { origin: 'wco-secretariat', count: 0 },
    { origin: 'outside-region', count: 2 },
  ],
  pillar: 3,
  expertKpiIds: [48],
  explanation: '5 of 7 confirmed or completed deployments (71.4%) used experts from Member administrations of the region; 2 came from outside it (0 from the WCO Secretariat).',
};

function progressRequests(spy: ReturnType<typeof mockApi>) {
  return requestsOf(spy)
    .map((r) => new URL(r.url))
    .filter((u) => u.pathname === '/api/plans/2/progress');
}

/** Captures what "Export CSV" offers for download. */
function captureDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn((blob: Blob) => (blobs.push(blob), 'blob:test')), revokeObjectURL: vi.fn() }));
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return {
    names,
    text: (index = 0) =>
      new Promise<string>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result).replace(/^\uFEFF/, ''));
        reader.onerror = () => reject(reader.error);
        reader.readAsText(blobs[index]!);
      }),
    restore: () => click.mockRestore(),
  };
}

afterEach(() => vi.restoreAllMocks());

describe('Dashboard', () => {
  it('shows deployments by origin beside the expert KPIs, as of the date, each count leading to its deployments', async () => {
    const spy = dashboardApi();
    renderApp('/?plan=SAP-2024-2026&asOf=2025-03-01&subRegionId=2');

    const pillar = await screen.findByRole('region', { name: /Pillar 3: Needs analysis/ });
    const card = await within(pillar).findByRole('article', { name: 'Deployments by origin (inside or outside the region)' });
    expect(card).toHaveTextContent('5 inside · 2 outside the region (71.4% inside)');
    expect(card).toHaveTextContent(`Period: ${formatDay('2024-07-01')} – ${formatDay('2025-03-01')}`);
    expect(within(card).getByRole('link', { name: '5 deployments: experts from inside the region' })).toHaveAttribute(
      'href',
      '/deployments?status=confirmed%2Ccompleted&origin=member&startsFrom=2024-07-01&startsTo=2025-03-01&subRegionId=2',
    );
    expect(within(card).getByRole('link', { name: '2 deployments: experts from outside the region' })).toHaveAttribute(
      'href',
      '/deployments?status=confirmed%2Ccompleted&origin=wco-secretariat%2Coutside-region&startsFrom=2024-07-01&startsTo=2025-03-01&subRegionId=2',
    );
    const asked = requestsOf(spy).map((r) => new URL(r.url)).filter((u) => u.pathname.endsWith('/expert-deployments-by-origin'));
    expect(asked.at(-1)?.searchParams.get('asOf')).toBe('2025-03-01');
    expect(asked.at(-1)?.searchParams.get('subRegionId')).toBe('2');
  });

  it('shows a Viewer the counts of deployments by origin without links', async () => {
    dashboardApi({ 'GET /api/auth/me': () => json(viewerUser) });
    renderApp('/?plan=SAP-2024-2026&asOf=2025-03-01');

    const card = await screen.findByRole('article', { name: 'Deployments by origin (inside or outside the region)' });
    expect(within(card).getByRole('row', { name: /Administrations outside the region/ })).toHaveTextContent('2');
    expect(within(card).queryByRole('link')).not.toBeInTheDocument();
  });

  it('shows the current SAP as of today when the address names neither', async () => {
    const spy = dashboardApi();
    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
    expect(await screen.findByRole('article', { name: /Number of implementing Members/ })).toBeInTheDocument();
    expect(screen.getByLabelText('Plan')).toHaveValue('SAP-2024-2026');
    expect(screen.getByLabelText('As of')).toHaveValue(todayIso());
    expect(progressRequests(spy).at(-1)?.searchParams.get('asOf')).toBe(todayIso());
  });

  it('groups the KPI cards by pillar, with a summary of the statuses', async () => {
    dashboardApi();
    renderApp('/?plan=SAP-2024-2026&asOf=2025-03-01');

    const pillar = await screen.findByRole('region', { name: /Pillar 1: Support the implementation/ });
    expect(within(pillar).getAllByRole('article').map((a) => a.getAttribute('aria-labelledby'))).toEqual(['kpi-45-title', 'kpi-46-title']);
    const summary = screen.getByRole('list', { name: 'KPIs by status, 4 in all' });
    expect(within(summary).getByRole('button', { name: '1 Achieved' })).toHaveAttribute('aria-pressed', 'false');
    expect(within(summary).getByRole('button', { name: '1 No data' })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('Showing 4 of 4 KPIs.');
    expect(screen.getByRole('link', { name: 'Action a: Number of implementing Members' })).toHaveAttribute(
      'href',
      '/plans/2/kpis/45?asOf=2025-03-01',
    );
  });

  it('keeps the filters in the address and asks the API for them', async () => {
    const spy = dashboardApi();
    const { router, user } = renderApp('/?plan=SAP-2024-2026&asOf=2025-03-01');
    await screen.findByRole('article', { name: /Women participation/ });

    await user.selectOptions(screen.getByLabelText('Pillar'), '3');
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('pillar')).toBe('3'));
    await waitFor(() => expect(screen.queryByRole('article', { name: /Number of implementing Members/ })).not.toBeInTheDocument());
    expect(progressRequests(spy).at(-1)?.searchParams.get('pillar')).toBe('3');

    await user.selectOptions(screen.getByLabelText('Sub-region'), '3');
    await waitFor(() => expect(progressRequests(spy).at(-1)?.searchParams.get('subRegionId')).toBe('3'));

    fireEvent.change(screen.getByLabelText('As of'), { target: { value: '2025-01-15' } });
    await waitFor(() => expect(progressRequests(spy).at(-1)?.searchParams.get('asOf')).toBe('2025-01-15'));

    await user.click(screen.getByRole('button', { name: '1 No data' }));
    const search = new URLSearchParams(router.state.location.search);
    expect(Object.fromEntries(search)).toEqual({ plan: 'SAP-2024-2026', asOf: '2025-01-15', pillar: '3', subRegionId: '3', status: 'no-data' });
    expect(screen.getByRole('button', { name: '1 No data' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByLabelText('Status')).toHaveValue('no-data');
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(1));
    expect(screen.getByRole('article')).toHaveAccessibleName(/Women participation/);
    expect(screen.getByText(/^Showing 1 of 2 KPIs with the status/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(router.state.location.search).toBe('?plan=SAP-2024-2026');
  });

  it('reads the filters from a shared address', async () => {
    const spy = dashboardApi();
    renderApp('/?plan=SAP-2024-2026&asOf=2025-03-01&pillar=1&status=achieved');

    expect(await screen.findByRole('article', { name: /Number of Members/ })).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(1);
    expect(screen.getByLabelText('Pillar')).toHaveValue('1');
    expect(screen.getByLabelText('Status')).toHaveValue('achieved');
    expect(screen.getByLabelText('As of')).toHaveValue('2025-03-01');
    const sent = progressRequests(spy).at(-1)!;
    expect(sent.searchParams.get('pillar')).toBe('1');
    expect(sent.searchParams.get('asOf')).toBe('2025-03-01');
  });

  it('says so when the address names a plan that does not exist', async () => {
    dashboardApi();
    renderApp('/?plan=SAP-1999');
    expect(await screen.findByRole('alert')).toHaveTextContent('There is no plan “SAP-1999”.');
  });

  it('exports exactly the KPI cards on screen as CSV', async () => {
    dashboardApi();
    const downloads = captureDownloads();
    const { user } = renderApp('/?plan=SAP-2024-2026&asOf=2025-03-01&status=off-track');
    await screen.findByRole('article', { name: /Number of implementing Members/ });

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));

    expect(downloads.names).toEqual(['SAP-2024-2026-kpis-2025-03-01-off-track.csv']);
    const lines = (await downloads.text()).split('\r\n');
    expect(lines[0]).toBe(
      'Pillar,Action,KPI,Name,Topic,Status,Value,Value against target,Target,Target text,Expected by now,% of target,Period,Deadline,Reason',
    );
    expect(lines[1]).toBe(
      '1,a,a,Number of implementing Members,Risk Management,Off track,10,10 of 35 Members,35,35/35 Members,18.36,28.6,2024-07-01 – 2026-06-30,2026-06-30,10 is well below the 18.36 expected by now (target 35).',
    );
    expect(lines.slice(2)).toEqual(['']);
    downloads.restore();
  });

  it('shows the Member × milestone matrix by sub-region, with symbols, labels, counts, and exports it', async () => {
    dashboardApi();
    const downloads = captureDownloads();
    const { user, router } = renderApp('/?plan=SAP-2024-2026&asOf=2025-03-01');
    await screen.findByRole('article', { name: /Number of implementing Members/ });

    await user.click(screen.getByRole('link', { name: 'Member × milestone matrix' }));
    expect(new URLSearchParams(router.state.location.search).get('view')).toBe('matrix');
    const table = await screen.findByRole('table', { name: /SAP-2024-2026: Members × milestones/ });

    const groups = within(table)
      .getAllByRole('rowheader')
      .filter((h) => h.getAttribute('scope') === 'rowgroup')
      .map((h) => h.textContent);
    expect(groups).toEqual(['East, Central and West Asia (ECWA)', 'Pacific Islands (PI)', 'Southeast Asia (SEA)']);
    const thailand = within(table).getByRole('row', { name: /Thailand/ });
    expect(within(thailand).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Achieved', 'In progress', '1']);
    expect(within(thailand).getByRole('link', { name: 'Thailand' })).toHaveAttribute('href', '/members/4/milestones?planId=2&asOf=2025-03-01');
    const afghanistan = within(table).getByRole('row', { name: /Afghanistan/ });
    expect(within(afghanistan).getAllByRole('cell').map((c) => c.textContent)).toEqual(['No record', 'Planned', '0']);
    const totals = within(table).getByRole('row', { name: /Achieved \(Members\)/ });
    expect(within(totals).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2', '1', '3']);
    expect(screen.getByText('Legend')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(downloads.names).toEqual(['SAP-2024-2026-matrix-2025-03-01.csv']);
    expect((await downloads.text()).split('\r\n')).toEqual([
      'Member code,Member,Sub-region,1.1.1-1,1.1.1-2,Achieved',
      'AF,Afghanistan,East, Central and West Asia (ECWA),,Planned,0'.replace('East, Central and West Asia (ECWA)', '"East, Central and West Asia (ECWA)"'),
      'FJ,"Fiji, ""Pacific""",Pacific Islands (PI),Achieved,Achieved,2',
      'TH,Thailand,Southeast Asia (SEA),Achieved,In progress,1',
      ',Achieved (Members),,2,1,3',
      '',
    ]);
    downloads.restore();
  });
});
