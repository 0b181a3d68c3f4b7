import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ApiKey } from '@/lib/api/types';
import { json, mockApi, problem, requestsOf } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const scopes = [
  { scope: 'reference-data:read', description: 'Read regions, sub-regions and Member administrations.' },
  { scope: 'reference-data:write', description: 'Create, change, delete and import reference data.' },
];

const existing: ApiKey = {
  id: '0190a000-0000-7000-8000-000000000001',
  name: 'Data warehouse',
  prefix: 'rocb_ab12',
  scopes: ['reference-data:read'],
  createdAt: '2026-01-05T08:00:00Z',
  expiresAt: null,
  revokedAt: null,
  lastUsedAt: null,
};

const page = (items: ApiKey[]) => json({ items, page: 1, pageSize: 50, totalCount: items.length });

describe('API keys', () => {
  it('creates a key with the chosen scopes and shows its secret once, with a Copy button and a warning', async () => {
    const created: ApiKey = { ...existing, id: '0190a000-0000-7000-8000-000000000002', name: 'Exporter', prefix: 'rocb_cd34', scopes: ['reference-data:read'] };
    let keys = [existing];
    const spy = mockApi({
      'GET /api/api-keys': () => page(keys),
      'GET /api/api-keys/scopes': () => json(scopes),
      'POST /api/api-keys': () => {
        keys = [created, ...keys];
        return json({ apiKey: created, key: 'rocb_cd34.s3cr3t-value' }, { status: 201 });
      },
    });
    const { user } = renderApp('/admin/api-keys');

    expect(await screen.findByRole('rowheader', { name: 'Data warehouse' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create an API key' }));
    await user.type(await screen.findByLabelText(/^Name/), 'Exporter');
    await user.click(screen.getByRole('checkbox', { name: 'reference-data:read' }));
    await user.type(screen.getByLabelText(/^Expires after/), '2027-06-30');
    await user.click(screen.getByRole('button', { name: 'Create key' }));

    const panel = await screen.findByRole('region', { name: 'Copy the new key “Exporter” now' });
    expect(panel).toHaveFocus();
    expect(panel).toHaveTextContent('This key will not be shown again.');
    expect(within(panel).getByLabelText('API key')).toHaveValue('rocb_cd34.s3cr3t-value');
    await user.click(within(panel).getByRole('button', { name: 'Copy' }));
    // user-event provides the clipboard.
    expect(await navigator.clipboard.readText()).toBe('rocb_cd34.s3cr3t-value');
    expect(within(panel).getByRole('status')).toHaveTextContent('Copied the key to the clipboard.');

    const post = requestsOf(spy).find((r) => r.method === 'POST')!;
    const body = (await post.clone().json()) as { name: string; scopes: string[]; expiresAt: string };
    expect(body.name).toBe('Exporter');
    expect(body.scopes).toEqual(['reference-data:read']);
    // The key works through the chosen day, in the reader's time zone.
    expect(new Date(body.expiresAt).getTime()).toBe(new Date('2027-07-01T00:00:00').getTime());

    // Once dismissed, the secret is gone for good.
    await user.click(within(panel).getByRole('button', { name: 'I have stored the key' }));
    expect(screen.queryByRole('region', { name: /Copy the new key/ })).not.toBeInTheDocument();
    expect(screen.queryByDisplayValue('rocb_cd34.s3cr3t-value')).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('s3cr3t');
    expect(await screen.findByRole('rowheader', { name: 'Exporter' })).toBeInTheDocument();
  });

  it('puts the API\'s field errors next to the fields', async () => {
    mockApi({
      'GET /api/api-keys': () => page([]),
      'GET /api/api-keys/scopes': () => json(scopes),
      'POST /api/api-keys': () =>
        problem(400, { title: 'One or more validation errors occurred.', errors: { name: ['Name is required.'], scopes: ['Choose at least one scope.'] } }),
    });
    const { user } = renderApp('/admin/api-keys');

    await user.click(await screen.findByRole('button', { name: 'Create an API key' }));
    await user.click(await screen.findByRole('button', { name: 'Create key' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The API key was not saved: fix these 2 problems');
    expect(screen.getByLabelText(/^Name/)).toHaveAccessibleDescription(/Name is required\./);
    expect(screen.getByRole('group', { name: /Scopes/ })).toHaveAccessibleDescription('Choose at least one scope.');
  });

  it('revokes a key after a confirmation, and it leaves the list', async () => {
    let keys = [existing];
    const spy = mockApi({
      'GET /api/api-keys': () => page(keys),
      'DELETE /api/api-keys/0190a000-0000-7000-8000-000000000001': () => {
        keys = [];
        return new Response(null, { status: 204 });
      },
    });
    const { user } = renderApp('/admin/api-keys');

    await user.click(await screen.findByRole('button', { name: 'Revoke Data warehouse' }));
    expect(requestsOf(spy).some((r) => r.method === 'DELETE')).toBe(false);
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Yes, revoke Data warehouse' }));

    expect(await screen.findByText('Revoked the key “Data warehouse”.')).toHaveFocus();
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: 'Data warehouse' })).not.toBeInTheDocument());
    expect(screen.getByText('There are no active API keys.')).toBeInTheDocument();
  });

  it('lists revoked keys on request', async () => {
    const spy = mockApi({ 'GET /api/api-keys': () => page([{ ...existing, revokedAt: '2026-02-01T10:00:00Z' }]) });
    const { user } = renderApp('/admin/api-keys');

    await user.click(await screen.findByRole('checkbox', { name: 'Show revoked keys' }));
    await waitFor(() =>
      expect(requestsOf(spy).some((r) => new URL(r.url).searchParams.get('includeRevoked') === 'true')).toBe(true),
    );
    const row = (await screen.findByRole('rowheader', { name: 'Data warehouse' })).closest('tr')!;
    expect(row).toHaveTextContent('Revoked');
    expect(within(row).queryByRole('button', { name: /Revoke/ })).not.toBeInTheDocument();
  });
});
