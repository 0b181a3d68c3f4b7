import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { activityPage } from '@/testing/activity-fixtures';
import { json, mockApi, requestsOf } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

describe('Activity calendar', () => {
  it('places activities on their days, asks the API for the month, and moves by keyboard', async () => {
    const spy = mockApi({ 'GET /api/activities': () => json(activityPage) });
    const { user, router } = renderApp('/activities/calendar?month=2019-07');

    const grid = await screen.findByRole('table', { name: 'Activities in July 2019, by day' });
    const query = new URL(requestsOf(spy).find((r) => new URL(r.url).pathname === '/api/activities')!.url).searchParams;
    expect(query.get('from')).toBe('2019-03-31');
    expect(query.get('to')).toBe('2019-07-31');
    expect(query.get('pageSize')).toBe('200');

    const ninth = grid.querySelector<HTMLElement>('td[data-date="2019-07-09"]')!;
    const tenth = grid.querySelector<HTMLElement>('td[data-date="2019-07-10"]')!;
    expect(within(ninth).getByRole('link', { name: /2nd Regional Workshop/ })).toHaveAttribute('href', '/activities/80');
    expect(within(tenth).getByRole('link', { name: /2nd Regional Workshop/ })).toBeInTheDocument();
    expect(ninth).toHaveTextContent('9 July 2019: 1 activity');
    expect(screen.getByRole('columnheader', { name: 'Monday' })).toBeInTheDocument();

    // One day in the tab order; the arrows move it.
    expect(grid.querySelectorAll('td[tabindex="0"]')).toHaveLength(1);
    ninth.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(grid.querySelector('td[data-date="2019-07-16"]'));
    await user.keyboard('{PageDown}');
    await waitFor(() => expect(router.state.location.search).toBe('?month=2019-08'));
    expect(await screen.findByRole('heading', { level: 2, name: 'August 2019' })).toBeInTheDocument();
    await waitFor(() => expect(document.activeElement?.getAttribute('data-date')).toBe('2019-08-16'));
  });

  it('lists activities known to the month only under the month, as "date to be fixed"', async () => {
    mockApi({ 'GET /api/activities': () => json(activityPage) });
    renderApp('/activities/calendar?month=2019-12');
    const list = await screen.findByRole('region', { name: 'Date to be fixed in December 2019' });
    expect(within(list).getByRole('link', { name: 'Good Practice Report No.20' })).toHaveAttribute('href', '/activities/66');
    expect(list).toHaveTextContent('Dec 2019, date to be fixed');
    expect(screen.getByRole('status')).toHaveTextContent('December 2019: no activity on a fixed date, 1 with the date to be fixed.');
  });
});
