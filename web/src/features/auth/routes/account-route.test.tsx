import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getSession } from '@/lib/auth/session';
import { mockApi, problem, requestsOf } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

describe('Account', () => {
  it('shows the API\'s password errors on their fields', async () => {
    mockApi({
      'POST /api/auth/change-password': () =>
        problem(400, { title: 'One or more validation errors occurred.', errors: { currentPassword: ['The current password is incorrect.'] } }),
    });
    const { user } = renderApp('/account');

    await user.type(await screen.findByLabelText(/^Current password/), 'wrong');
    await user.type(screen.getByLabelText(/^New password/), 'A-new-Passw0rd!');
    await user.type(screen.getByLabelText(/^Repeat the new password/), 'A-new-Passw0rd!');
    await user.click(screen.getByRole('button', { name: 'Change password' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The password was not saved');
    expect(screen.getByLabelText(/^Current password/)).toHaveAccessibleDescription('The current password is incorrect.');
  });

  it('after a change, ends the session and asks to sign in with the new password', async () => {
    const spy = mockApi({ 'POST /api/auth/change-password': () => new Response(null, { status: 204 }) });
    const { user, router } = renderApp('/account');

    await user.type(await screen.findByLabelText(/^Current password/), 'Old-Passw0rd!!');
    await user.type(screen.getByLabelText(/^New password/), 'A-new-Passw0rd!');
    await user.type(screen.getByLabelText(/^Repeat the new password/), 'A-new-Passw0rd!');
    await user.click(screen.getByRole('button', { name: 'Change password' }));

    expect(await screen.findByText(/Sign in with your new password\./)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(getSession()).toBeNull();
    const post = requestsOf(spy).find((r) => r.method === 'POST')!;
    expect(await post.clone().json()).toEqual({ currentPassword: 'Old-Passw0rd!!', newPassword: 'A-new-Passw0rd!' });
  });
});
