import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminUser, focalPointUser, subRegions, thailand, viewerUser } from '@/testing/fixtures';
import { json, mockApi, requestsOf } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

describe('Role-aware navigation', () => {
  it('shows an administrator every administration link, and their name and role', async () => {
    mockApi({ 'GET /api/auth/me': () => json(adminUser) });
    renderApp('/');

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    for (const name of ['Members', 'Sub-regions', 'Users', 'API keys', 'Audit log']) {
      expect(within(nav).getByRole('link', { name })).toBeInTheDocument();
    }
    const banner = screen.getByRole('banner');
    expect(banner).toHaveTextContent('Ada Admin');
    expect(banner).toHaveTextContent('Administrator');
    expect(within(banner).getByRole('link', { name: 'Account' })).toHaveAttribute('href', '/account');
    expect(within(banner).getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
  });

  it('offers milestone updates to those who may submit, and the review queue to those who may review', async () => {
    mockApi({ 'GET /api/auth/me': () => json(adminUser) });
    const { unmount } = renderApp('/activities');
    let nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Milestone updates' })).toHaveAttribute('href', '/milestones');
    expect(within(nav).getByRole('link', { name: 'Review queue' })).toHaveAttribute('href', '/milestones/queue');
    unmount();

    mockApi({ 'GET /api/auth/me': () => json(focalPointUser) });
    const focal = renderApp('/activities');
    nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Milestone updates' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Review queue' })).not.toBeInTheDocument();
    focal.unmount();

    mockApi({ 'GET /api/auth/me': () => json(viewerUser) });
    renderApp('/activities');
    nav = await screen.findByRole('navigation', { name: 'Main' });
    for (const name of ['Dashboard', 'Plans', 'Activities', 'Needs']) expect(within(nav).getByRole('link', { name })).toBeInTheDocument();
    // A viewer may not read the expert roster (personal data).
    expect(within(nav).queryByRole('link', { name: 'Experts' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Milestone updates' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Review queue' })).not.toBeInTheDocument();
  });

  it('shows a viewer the reference data only, read-only', async () => {
    const spy = mockApi({
      'GET /api/auth/me': () => json(viewerUser),
      'GET /api/members/4': () => json(thailand, { headers: { ETag: '"7"' } }),
    });
    const { router } = renderApp('/');

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getByText('Administration')).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Members' })).toBeInTheDocument();
    for (const name of ['Users', 'API keys', 'Audit log']) {
      expect(within(nav).queryByRole('link', { name })).not.toBeInTheDocument();
    }
    expect(screen.getByRole('banner')).toHaveTextContent('Viewer');

    await router.navigate('/admin/members/4');
    expect(await screen.findByRole('heading', { level: 1, name: /Thailand/ })).toBeInTheDocument();
    expect(screen.getByText('Southeast Asia (SEA)')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save changes' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete Member' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Focal points' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Change history' })).not.toBeInTheDocument();
    // Nothing was asked that the viewer may not see.
    const paths = requestsOf(spy).map((r) => new URL(r.url).pathname);
    expect(paths).not.toContain('/api/members/4/focal-points');
    expect(paths.some((p) => p.startsWith('/api/audit-entries'))).toBe(false);
  });

  it('shows a viewer who types the address of an administration page that they have no access', async () => {
    mockApi({ 'GET /api/auth/me': () => json(viewerUser) });
    renderApp('/admin/users');

    expect(await screen.findByRole('heading', { level: 1, name: "You don't have access" })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the dashboard' })).toBeInTheDocument();
  });

  it('shows "no access" when the API refuses a page with 403', async () => {
    mockApi({
      'GET /api/auth/me': () => json(adminUser),
      'GET /api/audit-entries': () =>
        json({ status: 403, title: 'Forbidden', detail: 'Requires audit:read.' }, { status: 403, headers: { 'Content-Type': 'application/problem+json' } }),
    });
    renderApp('/admin/audit');

    expect(await screen.findByRole('heading', { level: 1, name: "You don't have access" })).toBeInTheDocument();
    expect(screen.getByText('Requires audit:read.')).toBeInTheDocument();
  });

  it('shows a focal point their Member in the header, and their Member\'s focal points', async () => {
    mockApi({
      'GET /api/auth/me': () => json(focalPointUser),
      'GET /api/members/4': () => json(thailand, { headers: { ETag: '"7"' } }),
      'GET /api/sub-regions': () => json(subRegions),
      'GET /api/members/4/focal-points': () =>
        json([{ userId: focalPointUser.id, displayName: 'Fay Focal', email: 'focal@customs.go.th', isDisabled: false }]),
    });
    renderApp('/admin/members/4');

    expect(await screen.findByRole('heading', { level: 1, name: /Thailand/ })).toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent('Member focal point · Thailand');
    const section = await screen.findByRole('region', { name: 'Focal points' });
    expect(await within(section).findByRole('link', { name: 'focal@customs.go.th' })).toHaveAttribute('href', 'mailto:focal@customs.go.th');
  });

  it('hides the focal points when the API will not show them (404)', async () => {
    const spy = mockApi({
      'GET /api/auth/me': () => json(focalPointUser),
      'GET /api/members/1': () => json({ ...thailand, id: 1, name: 'Afghanistan', code: 'AF' }, { headers: { ETag: '"1"' } }),
      'GET /api/members/1/focal-points': () =>
        json({ status: 404, title: 'Not Found' }, { status: 404, headers: { 'Content-Type': 'application/problem+json' } }),
    });
    renderApp('/admin/members/1');

    expect(await screen.findByRole('heading', { level: 1, name: /Afghanistan/ })).toBeInTheDocument();
    await waitFor(() => expect(requestsOf(spy).some((r) => r.url.endsWith('/api/members/1/focal-points'))).toBe(true));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Focal points' })).not.toBeInTheDocument());
    await waitFor(() => expect(screen.queryByRole('status')).not.toBeInTheDocument());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
