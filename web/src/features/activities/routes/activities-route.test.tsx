import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { activityPage, topics } from '@/testing/activity-fixtures';
import { members, staffUser, subRegions, viewerUser } from '@/testing/fixtures';
import { json, mockApi, requestsOf } from '@/testing/mock-api';
import { plans, sap2024Detail } from '@/testing/plan-fixtures';
import { renderApp } from '@/testing/render-app';

const reference = {
  'GET /api/members': () => json({ items: members, page: 1, pageSize: 200, totalCount: members.length }),
  'GET /api/sub-regions': () => json(subRegions),
  'GET /api/plans': () => json(plans.slice(0, 1)),
  'GET /api/plans/2': () => json(sap2024Detail),
  'GET /api/topics': () => json(topics),
};

describe('Activities list', () => {
  it('reads its filters from the address, sends them to the API and shows the activities', async () => {
    const spy = mockApi({ ...reference, 'GET /api/auth/me': () => json(staffUser), 'GET /api/activities': () => json(activityPage) });
    renderApp('/activities?fiscalYear=2019&type=regional-workshop&sort=title');

    const table = await screen.findByRole('table', { name: 'Activities in FY2019/20, by title, A to Z' });
    const query = new URL(requestsOf(spy).find((r) => new URL(r.url).pathname === '/api/activities')!.url).searchParams;
    expect(Object.fromEntries(query)).toMatchObject({ fiscalYear: '2019', type: 'regional-workshop', sort: 'title', page: '1', pageSize: '50' });
    expect(screen.getByRole('combobox', { name: 'Fiscal year' })).toHaveValue('2019');
    expect(screen.getByRole('combobox', { name: 'Type' })).toHaveValue('regional-workshop');

    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('9–10 Jul 2019');
    expect(rows[1]).toHaveTextContent('Host: Thailand');
    expect(rows[1]).toHaveTextContent('Presented');
    expect(rows[1]).toHaveTextContent('Delivered');
    expect(rows[1]).toHaveTextContent('40');
    expect(rows[2]).toHaveTextContent('Dec 2019');
    expect(rows[2]).toHaveTextContent('none recorded');
    expect(within(rows[1]!).getByRole('link', { name: /2nd Regional Workshop/ })).toHaveAttribute('href', '/activities/80');
    expect(within(table).getByRole('columnheader', { name: /Activity/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('link', { name: 'Record an activity' })).toHaveAttribute('href', '/activities/new');
    expect(screen.getByRole('button', { name: 'Subscribe (iCal)' })).toBeInTheDocument();
  });

  it('puts a changed filter into the address and starts again at page 1', async () => {
    mockApi({ ...reference, 'GET /api/activities': () => json(activityPage) });
    const { router, user } = renderApp('/activities?page=2&fiscalYear=2019');
    await screen.findByRole('table', { name: /^Activities in FY2019\/20/ });
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Member' })).toHaveTextContent('Thailand'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Member' }), '4');
    expect(router.state.location.search).toBe('?fiscalYear=2019&memberId=4');
    await user.type(screen.getByRole('searchbox', { name: 'Search titles and venues' }), 'wildlife{Enter}');
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('wildlife');
  });

  it('offers the topics by package, keeps the chosen one in the address and sends it to the API', async () => {
    const spy = mockApi({ ...reference, 'GET /api/activities': () => json(activityPage) });
    const { router, user } = renderApp('/activities?fiscalYear=2019&page=3');
    await screen.findByRole('table', { name: /^Activities in FY2019\/20/ });
    const topic = screen.getByRole('combobox', { name: 'Topic' });
    await waitFor(() => expect(within(topic).getByRole('option', { name: 'Risk Management' })).toBeInTheDocument());
    expect(topic).toHaveValue('');
    const groups = within(topic).getAllByRole('group');
    expect(groups.map((g) => g.getAttribute('label'))).toEqual(['Economic Competitiveness', 'Revenue', 'Compliance and Enforcement', 'Other']);
    expect(within(groups[2]!).getAllByRole('option').map((o) => o.textContent)).toEqual(['Post-Clearance Audit', 'Risk Management']);

    await user.selectOptions(topic, 'Risk Management');
    expect(router.state.location.search).toBe('?fiscalYear=2019&topicId=14');
    await waitFor(() =>
      expect(requestsOf(spy).some((r) => new URL(r.url).pathname === '/api/activities' && new URL(r.url).searchParams.get('topicId') === '14')).toBe(true),
    );
    expect(screen.getByRole('combobox', { name: 'Topic' })).toHaveValue('14');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Topic' }), 'Any topic');
    expect(router.state.location.search).toBe('?fiscalYear=2019');
  });

  it('reads a topic from the address, and still shows one the topic list lacks', async () => {
    mockApi({ ...reference, 'GET /api/activities': () => json(activityPage) });
    const { router, user } = renderApp('/activities?topicId=38');
    await screen.findByRole('table');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Topic' })).toHaveDisplayValue('Environment (wildlife, hazardous waste, ODS)'));
    router.navigate('/activities?topicId=777');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Topic' })).toHaveDisplayValue('environment'));
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(router.state.location.search).toBe('');
    expect(screen.getByRole('combobox', { name: 'Topic' })).toHaveValue('');
  });

  it('says so when nothing matches, and offers no "Record an activity" to a Viewer', async () => {
    mockApi({
      ...reference,
      'GET /api/auth/me': () => json(viewerUser),
      'GET /api/activities': () => json({ items: [], page: 1, pageSize: 50, total: 0 }),
    });
    renderApp('/activities?status=cancelled');
    expect(await screen.findByText('No activity matches these filters.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Record an activity' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Calendar view' })).toHaveAttribute('href', '/activities/calendar');
  });

  it('downloads the calendar feed through the API client, with the bearer token', async () => {
    const spy = mockApi({
      ...reference,
      'GET /api/activities': () => json(activityPage),
      'GET /api/activities/calendar.ics': () =>
        new Response('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n', { headers: { 'Content-Type': 'text/calendar' } }),
    });
    const blobs: Blob[] = [];
    const names: string[] = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn((blob: Blob) => (blobs.push(blob), 'blob:test')), revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const { user } = renderApp('/activities?memberId=4');
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Subscribe (iCal)' }));
    expect(await screen.findByText('Downloaded rocb-activities-member-4.ics: 1 upcoming activity.')).toBeInTheDocument();
    const request = requestsOf(spy).find((r) => r.url.includes('calendar.ics'))!;
    expect(request.headers.get('Authorization')).toBe('Bearer access-1');
    expect(new URL(request.url).searchParams.get('memberId')).toBe('4');
    expect(names).toEqual(['rocb-activities-member-4.ics']);
    expect(blobs[0]!.type).toBe('text/calendar;charset=utf-8');
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blobs[0]!);
    });
    expect(text).toContain('BEGIN:VEVENT');
    click.mockRestore();
  });
});
