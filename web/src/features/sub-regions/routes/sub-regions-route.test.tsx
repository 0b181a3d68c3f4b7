import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { subRegions } from '@/testing/fixtures';
import { json, mockApi, problem, requestsOf } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const regions = [{ code: 'AP', name: 'Asia/Pacific', rocbLocation: 'Bangkok', source: null }];

describe('Sub-regions', () => {
  it('lists sub-regions with programme managers and Member counts, and edits one inline with If-Match', async () => {
    const pi = subRegions[1]!;
    const spy = mockApi({
      'GET /api/sub-regions': () => json(subRegions),
      'GET /api/regions': () => json(regions),
      'GET /api/sub-regions/2': () => json(pi, { headers: { ETag: '"12"' } }),
      'PUT /api/sub-regions/2': () => problem(400, { title: 'Validation failed', errors: { programmeManager: ['Too long.'] } }),
    });
    const { user } = renderApp('/admin/sub-regions');

    const row = (await screen.findByRole('rowheader', { name: 'Pacific Islands' })).closest('tr')!;
    expect(within(row).getByText('not assigned')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: '1 Members in Pacific Islands' })).toHaveAttribute('href', '/admin/members?subRegionId=2');

    await user.click(within(row).getByRole('button', { name: 'Edit Pacific Islands' }));
    const manager = await screen.findByLabelText(/^Programme manager/);
    await user.type(manager, 'Someone');
    await user.click(screen.getByRole('button', { name: 'Save sub-region' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The sub-region was not saved');
    expect(manager).toHaveAttribute('aria-invalid', 'true');
    expect(manager).toHaveAccessibleDescription(/Too long\./);
    const put = requestsOf(spy).find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"12"');
    expect(await put.clone().json()).toMatchObject({ code: 'PI', programmeManager: 'Someone', regionCode: 'AP' });
  });
});
