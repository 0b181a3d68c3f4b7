import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { subRegions, thailand } from '@/testing/fixtures';
import { json, mockApi, problem, requestsOf } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const getThailand = () => json(thailand, { headers: { ETag: '"7"' } });

// The administrator's Member page also lists the focal points and the change history.
const sections = {
  'GET /api/members/4/focal-points': () => json([]),
  'GET /api/audit-entries/Member/4': () => json([]),
};

describe('Member detail and edit', () => {
  it('puts each 400 field error next to its field, with a summary', async () => {
    mockApi({
      ...sections,
      'GET /api/members/4': getThailand,
      'GET /api/sub-regions': () => json(subRegions),
      'PUT /api/members/4': () =>
        problem(400, {
          title: 'One or more validation errors occurred.',
          errors: { name: ["'Name' must not be empty."], code: ['The code must be two capital letters.'] },
        }),
    });
    const { user } = renderApp('/admin/members/4');

    const name = await screen.findByLabelText(/^Name/);
    await user.clear(name);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('The Member was not saved: fix these 2 problems');
    expect(summary).toHaveFocus();

    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription("'Name' must not be empty.");
    const code = screen.getByLabelText(/^Code/);
    expect(code).toHaveAttribute('aria-invalid', 'true');
    expect(code).toHaveAccessibleDescription(/The code must be two capital letters\./);
    expect(screen.getByLabelText(/^Sub-region/)).not.toHaveAttribute('aria-invalid');
  });

  it('sends the ETag from GET as If-Match and shows the saved version', async () => {
    let sent: { ifMatch: string | null; body: unknown } | undefined;
    mockApi({
      ...sections,
      'GET /api/members/4': getThailand,
      'GET /api/sub-regions': () => json(subRegions),
      'GET /api/members': () => json({ items: [], page: 1, pageSize: 50, totalCount: 0 }),
      'PUT /api/members/4': async (request) => {
        const body = (await request.json()) as { name: string };
        sent = { ifMatch: request.headers.get('If-Match'), body };
        return json({ ...thailand, name: body.name, version: '8' }, { headers: { ETag: '"8"' } });
      },
    });
    const { user } = renderApp('/admin/members/4');

    const name = await screen.findByLabelText(/^Name/);
    await user.clear(name);
    await user.type(name, 'Kingdom of Thailand');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Saved Kingdom of Thailand.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Kingdom of Thailand');
    expect(sent?.ifMatch).toBe('"7"');
    expect(sent?.body).toMatchObject({
      code: 'TH',
      name: 'Kingdom of Thailand',
      subRegionId: 3,
      joinedOn: '1972-07-01',
      leftOn: null,
      source: null,
    });
  });

  it('on 412 says someone else changed the Member and reloads their version on request', async () => {
    let version = 7;
    mockApi({
      ...sections,
      'GET /api/members/4': () =>
        json({ ...thailand, name: version === 7 ? 'Thailand' : 'Thailand (changed)', version: String(version) }, { headers: { ETag: `"${version}"` } }),
      'GET /api/sub-regions': () => json(subRegions),
      'PUT /api/members/4': () => {
        version = 9;
        return problem(412, { title: 'Precondition Failed', detail: 'The Member has changed since you read it.' });
      },
    });
    const { user } = renderApp('/admin/members/4');

    await user.type(await screen.findByLabelText(/^Name/), '!');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else changed this Member; reload to see their version');
    await user.click(screen.getByRole('button', { name: 'Reload' }));

    await waitFor(() => expect(screen.getByLabelText(/^Name/)).toHaveValue('Thailand (changed)'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the detail of a 409 duplicate code', async () => {
    mockApi({
      ...sections,
      'GET /api/members/4': getThailand,
      'GET /api/sub-regions': () => json(subRegions),
      'PUT /api/members/4': () =>
        problem(409, {
          title: 'The change conflicts with existing records.',
          detail: 'Another Member administration already has this code.',
          errors: { code: ['Another Member administration already has this code.'] },
        }),
    });
    const { user } = renderApp('/admin/members/4');

    await user.click(await screen.findByRole('button', { name: 'Save changes' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The change conflicts with existing records.');
    expect(alert).toHaveTextContent('Another Member administration already has this code.');
    expect(screen.getByLabelText(/^Code/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('asks before deleting, and shows why a delete was refused (409)', async () => {
    const spy = mockApi({
      ...sections,
      'GET /api/members/4': getThailand,
      'GET /api/sub-regions': () => json(subRegions),
      'DELETE /api/members/4': () => problem(409, { title: 'Conflict', detail: 'Thailand is referred to by other records.' }),
    });
    const { user } = renderApp('/admin/members/4');

    await user.click(await screen.findByRole('button', { name: 'Delete Member' }));
    expect(requestsOf(spy).some((r) => r.method === 'DELETE')).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Yes, delete Thailand' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Thailand is referred to by other records.');
  });

  it('says so when the Member does not exist', async () => {
    mockApi({
      'GET /api/members/999': () => problem(404, { title: 'Not Found' }),
      'GET /api/sub-regions': () => json(subRegions),
    });
    renderApp('/admin/members/999');

    expect(await screen.findByRole('heading', { name: 'Member not found' })).toBeInTheDocument();
  });
});
