import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { KpiProgress, KpiStatus } from '@/lib/api/types';
import { kpiAchieved, kpiFrequency, kpiNoData, kpiOffTrack } from '@/testing/plan-fixtures';
import type { KpiValueContext } from '../utils/kpi-format';
import { KpiCard } from './kpi-card';

const context: KpiValueContext = { memberCount: 33, subRegionFiltered: false, current: true };

function renderCard(kpi: KpiProgress, overrides: Partial<KpiValueContext> = {}) {
  render(
    <MemoryRouter>
      <KpiCard kpi={kpi} context={{ ...context, ...overrides }} to={`/plans/2/kpis/${kpi.kpiId}?asOf=2025-03-01`} topic="Risk Management" />
    </MemoryRouter>,
  );
  return screen.getByRole('article');
}

describe('KPI card', () => {
  it('shows an off-track member-coverage KPI: value of the denominator, target, bar with "expected by now", status in words', () => {
    const card = renderCard(kpiOffTrack);

    expect(card).toHaveAccessibleName('Action a: Number of implementing Members');
    expect(within(card).getByRole('link')).toHaveAttribute('href', '/plans/2/kpis/45?asOf=2025-03-01');
    expect(card).toHaveTextContent('Action a · Risk Management');
    expect(card).toHaveTextContent('Status: Off track');
    expect(card).toHaveTextContent('10 of 35 Members');
    expect(card).toHaveTextContent('Target: 35/35 Members, by Jun 30, 2026');
    expect(card).toHaveTextContent('28.6% of the target · expected by now: 18.36');
    expect(card).toHaveTextContent('Period: 2024-07-01 – 2026-06-30');
    expect(card).toHaveTextContent('10 is well below the 18.36 expected by now (target 35).');
    // The bar is drawn to the value and the marker to what is expected (18.36 of 35).
    expect(card.querySelector('.progress-fill')).toHaveStyle({ width: '28.6%' });
    expect((card.querySelector('.progress-expected') as HTMLElement).style.left).toMatch(/^52\.45/);
  });

  it.each<[KpiStatus, string]>([
    ['achieved', 'Achieved'],
    ['on-track', 'On track'],
    ['at-risk', 'At risk'],
    ['off-track', 'Off track'],
    ['not-started', 'Not started'],
    ['no-data', 'No data'],
  ])('tells the status "%s" in text, with an icon, not by colour alone', (status, label) => {
    const card = renderCard({ ...kpiOffTrack, status });
    const badge = card.querySelector('.status-badge');
    expect(badge).toHaveTextContent(label);
    expect(badge).toHaveClass(`kpi-${status}`);
    expect(badge?.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    expect(card).toHaveClass(`kpi-${status}`);
  });

  it('caps the bar of an achieved KPI at the full width', () => {
    const card = renderCard(kpiAchieved);
    expect(card).toHaveTextContent('Achieved');
    expect(card).toHaveTextContent('28 of 35 Members');
    expect(card).toHaveTextContent('103.7% of the target');
    expect(card.querySelector('.progress-fill')).toHaveStyle({ width: '100%' });
  });

  it('says a per-year KPI counts this fiscal year, and "in" once the plan is over', () => {
    expect(renderCard(kpiFrequency)).toHaveTextContent('1 activity this FY2024/25 of at least 2');
    expect(screen.getByRole('article')).toHaveTextContent('Target: At least twice per year, each fiscal year');
  });

  it('says "in" the period when the as-of date is after the plan', () => {
    expect(renderCard({ ...kpiFrequency, value: 0 }, { current: false })).toHaveTextContent('0 activities in FY2024/25 of at least 2');
  });

  it('says why a KPI has no data, and draws no bar', () => {
    const card = renderCard(kpiNoData);
    expect(card).toHaveTextContent('No data');
    expect(card).toHaveTextContent(
      'Why no data: Participant and evaluation records arrive with the activity register; until then there is no data.',
    );
    expect(card.querySelector('.progress')).toBeNull();
    expect(card.querySelector('.kpi-value')).toBeNull();
  });

  it('counts Members of the chosen sub-region, with the prorated target', () => {
    const card = renderCard({ ...kpiOffTrack, value: 2, target: 6 }, { subRegionFiltered: true, memberCount: 6 });
    expect(card).toHaveTextContent('2 of 6 Members');
    expect(card).toHaveTextContent('Target: 35/35 Members (6 for this sub-region)');
  });
});
