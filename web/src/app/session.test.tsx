import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getSession } from '@/lib/auth/session';
import { members, subRegions } from '@/testing/fixtures';
import { json, mockApi, problem, requestsOf } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const memberPage = { items: members, page: 1, pageSize: 50, totalCount: members.length };
const expiredToken = () => problem(401, { title: 'Authentication required.' });

describe('Session', () => {
  it('sends the bearer token with every API call', async () => {
    const spy = mockApi({ 'GET /api/members': () => json(memberPage), 'GET /api/sub-regions': () => json(subRegions) });
    renderApp('/admin/members');

    await screen.findByRole('link', { name: 'Thailand' });
    for (const request of requestsOf(spy)) expect(request.headers.get('Authorization')).toBe('Bearer access-1');
  });

  it('on a 401 refreshes the session once and retries the call with the new token', async () => {
    const spy = mockApi({
      'GET /api/members': (request) => (request.headers.get('Authorization') === 'Bearer access-2' ? json(memberPage) : expiredToken()),
      'GET /api/sub-regions': (request) =>
        request.headers.get('Authorization') === 'Bearer access-2' ? json(subRegions) : expiredToken(),
      'POST /api/auth/refresh': () => json({ tokenType: 'Bearer', accessToken: 'access-2', refreshToken: 'refresh-2', expiresIn: 3600 }),
    });
    renderApp('/admin/members');

    expect(await screen.findByRole('link', { name: 'Thailand' })).toBeInTheDocument();
    const refreshes = requestsOf(spy).filter((r) => r.url.endsWith('/api/auth/refresh'));
    expect(refreshes).toHaveLength(1);
    expect(await refreshes[0]!.clone().json()).toEqual({ refreshToken: 'refresh-1' });
    expect(getSession()).toMatchObject({ accessToken: 'access-2', refreshToken: 'refresh-2' });
  });

  it('when the refresh fails too, ends the session and sends the user to sign in, then back to the page', async () => {
    let signedInAgain = false;
    mockApi({
      'GET /api/members': () => (signedInAgain ? json(memberPage) : expiredToken()),
      'GET /api/sub-regions': () => (signedInAgain ? json(subRegions) : expiredToken()),
      'POST /api/auth/refresh': () => problem(401, { title: 'Sign-in failed.', detail: 'The session has ended: sign in again.' }),
      'POST /api/auth/sign-in': () => {
        signedInAgain = true;
        return json({ tokenType: 'Bearer', accessToken: 'access-3', refreshToken: 'refresh-3', expiresIn: 3600 });
      },
    });
    const { user, router } = renderApp('/admin/members?q=thai');

    expect(await screen.findByText('Your session has expired. Sign in again.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    const search = new URLSearchParams(router.state.location.search);
    expect(search.get('expired')).toBe('1');
    expect(search.get('returnTo')).toBe('/admin/members?q=thai');
    expect(getSession()).toBeNull();

    await user.type(screen.getByLabelText(/^Email/), 'ann@rocb.test');
    await user.type(screen.getByLabelText(/^Password/), 'Correct-Passw0rd!');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('link', { name: 'Thailand' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/admin/members');
    expect(router.state.location.search).toBe('?q=thai');
  });

  it('signs out: POST sign-out, forget the tokens, back to the sign-in page', async () => {
    const spy = mockApi({ 'POST /api/auth/sign-out': () => new Response(null, { status: 204 }) });
    const { user, router } = renderApp('/');

    await user.click(await screen.findByRole('button', { name: 'Sign out' }));

    expect(await screen.findByText('You have signed out.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(getSession()).toBeNull();
    const signOut = requestsOf(spy).find((r) => r.url.endsWith('/api/auth/sign-out'))!;
    expect(signOut.headers.get('Authorization')).toBe('Bearer access-1');
  });
});
