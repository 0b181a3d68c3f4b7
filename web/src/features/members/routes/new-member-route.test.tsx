import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { subRegions, thailand } from '@/testing/fixtures';
import { json, mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

describe('Add a Member', () => {
  it('posts the new Member and opens its page', async () => {
    const created = { ...thailand, id: 40, code: 'XX', name: 'Testland' };
    mockApi({
      'GET /api/sub-regions': () => json(subRegions),
      'GET /api/members': () => json({ items: [], page: 1, pageSize: 50, totalCount: 0 }),
      'POST /api/members': () => json(created, { status: 201, headers: { ETag: '"1"' } }),
      'GET /api/members/40': () => json(created, { headers: { ETag: '"1"' } }),
    });
    const { user, router } = renderApp('/admin/members/new');

    await user.type(await screen.findByLabelText(/^Code/), 'XX');
    await user.type(screen.getByLabelText(/^Name/), 'Testland');
    await user.selectOptions(screen.getByLabelText(/^Sub-region/), 'Southeast Asia (SEA)');
    await user.click(screen.getByRole('button', { name: 'Add Member' }));

    expect(await screen.findByText('Added Testland (XX).')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/admin/members/40');
  });
});
