import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getSession } from '@/lib/auth/session';
import { json, mockApi, problem, requestsOf } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const tokens = { tokenType: 'Bearer', accessToken: 'new-access', refreshToken: 'new-refresh', expiresIn: 3600 };

describe('Sign-in page', () => {
  it('shows why the sign-in failed (the 401 detail), moves focus to it, and stays signed out', async () => {
    const spy = mockApi({
      'POST /api/auth/sign-in': () => problem(401, { title: 'Sign-in failed.', detail: 'The email or password is incorrect.' }),
    });
    const { user, router } = renderApp('/login', { signedIn: false });

    await user.type(screen.getByLabelText(/^Email/), 'ann@rocb.test');
    await user.type(screen.getByLabelText(/^Password/), 'not-the-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The email or password is incorrect.');
    expect(alert.parentElement).toHaveFocus();
    expect(router.state.location.pathname).toBe('/login');
    expect(getSession()).toBeNull();
    const signIn = requestsOf(spy).find((r) => r.url.endsWith('/api/auth/sign-in'))!;
    expect(signIn.headers.get('Authorization')).toBeNull();
    expect(await signIn.clone().json()).toEqual({ email: 'ann@rocb.test', password: 'not-the-password' });
  });

  it('says plainly how long to wait when sign-in is rate-limited (429)', async () => {
    mockApi({
      'POST /api/auth/sign-in': () =>
        new Response(JSON.stringify({ status: 429, title: 'Too many requests.' }), {
          status: 429,
          headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '42' },
        }),
    });
    const { user } = renderApp('/login', { signedIn: false });

    await user.type(screen.getByLabelText(/^Email/), 'ann@rocb.test');
    await user.type(screen.getByLabelText(/^Password/), 'whatever');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Too many sign-in attempts');
    expect(alert).toHaveTextContent('Wait 42 seconds, then try again.');
  });

  it('signs in and goes back to the page the user came from', async () => {
    mockApi({
      'POST /api/auth/sign-in': () => json(tokens),
      'GET /api/sub-regions': () => json([]),
      'GET /api/regions': () => json([]),
    });
    const { user, router } = renderApp('/admin/sub-regions', { signedIn: false });

    // No session: the sign-in page, remembering where the user was going.
    await screen.findByRole('heading', { level: 1, name: 'Sign in to Rocb' });
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe('?returnTo=%2Fadmin%2Fsub-regions');

    await user.type(screen.getByLabelText(/^Email/), 'ann@rocb.test');
    await user.type(screen.getByLabelText(/^Password/), 'Correct-Passw0rd!');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sub-regions' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/admin/sub-regions');
    expect(getSession()).toMatchObject({ accessToken: 'new-access', refreshToken: 'new-refresh' });
  });

  it('never returns to another site after sign-in', async () => {
    mockApi({ 'POST /api/auth/sign-in': () => json(tokens) });
    const { user, router } = renderApp('/login?returnTo=%2F%2Fevil.example', { signedIn: false });

    await user.type(screen.getByLabelText(/^Email/), 'ann@rocb.test');
    await user.type(screen.getByLabelText(/^Password/), 'Correct-Passw0rd!');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });
});
