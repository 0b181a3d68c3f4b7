import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { subRegions } from '@/testing/fixtures';
import { json, mockApi, problem, requestsOf } from '@/testing/mock-api';
import { kpiDetail, sap2024Detail } from '@/testing/plan-fixtures';
import { renderApp } from '@/testing/render-app';

describe('KPI detail', () => {
  it('shows the definition, the figures, the trend with its table, the sub-regions and the Members, missing first', async () => {
    const spy = mockApi({
      'GET /api/kpis/45/progress': () => json(kpiDetail),
      'GET /api/plans/2': () => json(sap2024Detail),
      'GET /api/sub-regions': () => json(subRegions),
    });
    renderApp('/plans/2/kpis/45?asOf=2025-03-01');

    expect(await screen.findByRole('heading', { level: 1, name: 'Number of implementing Members' })).toBeInTheDocument();
    expect(new URL(requestsOf(spy).find((r) => r.url.includes('/api/kpis/45/progress'))!.url).searchParams.get('asOf')).toBe('2025-03-01');
    expect(screen.getByText('10 of 35 Members')).toBeInTheDocument();
    expect(screen.getByText('Off track')).toBeInTheDocument();

    const definition = screen.getByRole('region', { name: 'Definition' });
    expect(definition).toHaveTextContent('Members achieved / 35');
    expect(definition).toHaveTextContent('Assist Members with risk management');
    expect(definition).toHaveTextContent('1.1.1 - 1st milestone — Risk Management');
    expect(definition).toHaveTextContent('seeds/000:39');

    expect(screen.getByRole('img', { name: /Number of implementing Members \(action a\) by fiscal year/ })).toBeInTheDocument();
    const trend = screen.getByRole('table', { name: /by fiscal year: the figures/ });
    expect(within(trend).getByRole('row', { name: /FY2025\/26/ })).toHaveTextContent('No data');

    const bySubRegion = screen.getByRole('region', { name: 'By sub-region' });
    expect(within(bySubRegion).getByRole('row', { name: /Southeast Asia/ })).toHaveTextContent('20%');

    const members = screen.getByRole('region', { name: 'Members' });
    expect(members).toHaveTextContent('1 Member counts; 1 is missing');
    const rows = within(members).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('Afghanistan');
    expect(rows[0]).toHaveTextContent('Missing');
    expect(rows[1]).toHaveTextContent('Thailand');
    expect(rows[1]).toHaveTextContent('Achieved');
    expect(rows[1]).toHaveTextContent('RM module live');
    expect(within(rows[1]!).getByRole('link', { name: 'Thailand' })).toHaveAttribute('href', '/admin/members/4');
    expect(within(rows[1]!).getByRole('link', { name: /Evidence link/ })).toHaveAttribute('href', 'https://example.org/th');

    expect(screen.getByRole('region', { name: 'Activities' })).toHaveTextContent('No activity recorded in Rocb counts towards this KPI.');
  });

  it('says when the KPI does not exist', async () => {
    mockApi({
      'GET /api/kpis/999/progress': () => problem(404, { title: 'Not Found' }),
      'GET /api/plans/2': () => json(sap2024Detail),
      'GET /api/sub-regions': () => json(subRegions),
    });
    renderApp('/plans/2/kpis/999');
    expect(await screen.findByRole('heading', { level: 1, name: 'KPI not found' })).toBeInTheDocument();
  });
});
