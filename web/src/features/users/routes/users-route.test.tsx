import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { User } from '@/lib/api/types';
import { members } from '@/testing/fixtures';
import { json, mockApi, problem, requestsOf } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const memberPage = json({ items: members, page: 1, pageSize: 200, totalCount: members.length });

const ann: User = {
  id: '0190b000-0000-7000-8000-00000000000a',
  email: 'ann@customs.go.th',
  displayName: 'Ann Focal',
  role: 'MemberFocalPoint',
  memberId: 4,
  memberCode: 'TH',
  memberName: 'Thailand',
  expertId: null,
  isDisabled: false,
  lockedOutUntil: null,
  createdAt: '2026-01-01T00:00:00Z',
};

describe('Users', () => {
  it('lists users and sends the search, role and Member filters to the API', async () => {
    const spy = mockApi({
      'GET /api/users': () => json({ items: [ann], page: 1, pageSize: 50, totalCount: 1 }),
      'GET /api/members': () => memberPage.clone(),
    });
    renderApp('/admin/users?q=ann&role=MemberFocalPoint&memberId=4');

    const row = (await screen.findByRole('rowheader', { name: 'Ann Focal' })).closest('tr')!;
    expect(row).toHaveTextContent('Member focal point');
    expect(row).toHaveTextContent('Thailand (TH)');
    expect(row).toHaveTextContent('Active');
    const list = requestsOf(spy).find((r) => new URL(r.url).pathname === '/api/users')!;
    expect(Object.fromEntries(new URL(list.url).searchParams)).toEqual({ page: '1', pageSize: '50', q: 'ann', role: 'MemberFocalPoint', memberId: '4' });
  });

  it('asks for a Member only for a focal point, and shows the 400 field errors next to the fields', async () => {
    const spy = mockApi({
      'GET /api/members': () => memberPage.clone(),
      'POST /api/users': () =>
        problem(400, {
          title: 'One or more validation errors occurred.',
          errors: {
            email: ['Another user already has this email.'],
            password: ['Passwords must have at least one non alphanumeric character.'],
          },
        }),
    });
    const { user } = renderApp('/admin/users/new');

    const role = await screen.findByLabelText(/^Role/);
    expect(screen.queryByLabelText(/^Member/)).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/^Expert profile id/)).not.toBeInTheDocument();
    expect(screen.getByLabelText(/^Initial password/)).toHaveAccessibleDescription(/At least 12 characters, with an upper-case letter, a lower-case letter, a digit and a symbol\./);

    await user.type(screen.getByLabelText(/^Email/), 'ann@customs.go.th');
    await user.type(screen.getByLabelText(/^Name/), 'Ann Focal');
    await user.selectOptions(role, 'Member focal point');
    await user.selectOptions(await screen.findByLabelText(/^Member/), 'Thailand (TH)');
    await user.type(screen.getByLabelText(/^Initial password/), 'Password1234');
    await user.click(screen.getByRole('button', { name: 'Add user' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('The user was not saved: fix these 2 problems');
    expect(summary).toHaveFocus();
    const email = screen.getByLabelText(/^Email/);
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(/Another user already has this email\./);
    const password = screen.getByLabelText(/^Initial password/);
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription(/Passwords must have at least one non alphanumeric character\./);
    expect(screen.getByLabelText(/^Name/)).not.toHaveAttribute('aria-invalid');

    const post = requestsOf(spy).find((r) => r.method === 'POST')!;
    expect(await post.clone().json()).toEqual({
      email: 'ann@customs.go.th',
      displayName: 'Ann Focal',
      role: 'MemberFocalPoint',
      memberId: 4,
      expertId: null,
      password: 'Password1234',
    });
  });

  it('asks for the expert profile only for an expert', async () => {
    mockApi({ 'GET /api/members': () => memberPage.clone() });
    const { user } = renderApp('/admin/users/new');

    await user.selectOptions(await screen.findByLabelText(/^Role/), 'Expert');
    expect(screen.getByLabelText(/^Expert profile id/)).toBeInTheDocument();
    expect(screen.queryByLabelText(/^Member/)).not.toBeInTheDocument();
  });

  it('edits a user, and shows a refusal (409) with its reason on the field', async () => {
    const spy = mockApi({
      'GET /api/members': () => memberPage.clone(),
      [`GET /api/users/${ann.id}`]: () => json(ann),
      [`PUT /api/users/${ann.id}`]: () =>
        problem(409, {
          title: 'The change conflicts with existing records.',
          detail: 'You cannot disable your own account.',
          errors: { isDisabled: ['You cannot disable your own account.'] },
        }),
    });
    const { user } = renderApp(`/admin/users/${ann.id}`);

    await user.click(await screen.findByRole('checkbox', { name: 'Disabled: cannot sign in' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The change conflicts with existing records.');
    expect(alert).toHaveTextContent('You cannot disable your own account.');
    expect(screen.getByRole('checkbox', { name: 'Disabled: cannot sign in' })).toHaveAttribute('aria-invalid', 'true');
    const put = requestsOf(spy).find((r) => r.method === 'PUT')!;
    expect(await put.clone().json()).toEqual({ displayName: 'Ann Focal', role: 'MemberFocalPoint', memberId: 4, expertId: null, isDisabled: true });
  });

  it('resets a password and shows the policy error next to the field', async () => {
    let calls = 0;
    mockApi({
      'GET /api/members': () => memberPage.clone(),
      [`GET /api/users/${ann.id}`]: () => json(ann),
      [`POST /api/users/${ann.id}/password`]: () =>
        ++calls === 1
          ? problem(400, { title: 'One or more validation errors occurred.', errors: { newPassword: ['Passwords must be at least 12 characters.'] } })
          : new Response(null, { status: 204 }),
    });
    const { user } = renderApp(`/admin/users/${ann.id}`);

    const section = await screen.findByRole('region', { name: 'Reset the password' });
    const field = within(section).getByLabelText(/^New password/);
    await user.type(field, 'short');
    await user.click(within(section).getByRole('button', { name: 'Reset password' }));
    expect(await within(section).findByRole('alert')).toBeInTheDocument();
    expect(field).toHaveAccessibleDescription(/Passwords must be at least 12 characters\./);

    await user.clear(field);
    await user.type(field, 'A-much-Better-Passw0rd');
    await user.click(within(section).getByRole('button', { name: 'Reset password' }));
    expect(await within(section).findByText('The password of Ann Focal was reset. Give them the new one safely.')).toBeInTheDocument();
  });
});
