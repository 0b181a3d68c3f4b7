import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockApi } from '@/testing/mock-api';
import { plans } from '@/testing/plan-fixtures';
import { renderApp } from '@/testing/render-app';

describe('App shell', () => {
  it('has a banner, main navigation with the reference data links, a skip link and a main landmark', async () => {
    mockApi();
    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent('Rocb');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    for (const name of ['Dashboard', 'Plans', 'Activities', 'Needs', 'Experts', 'Members', 'Sub-regions']) {
      expect(within(nav).getByRole('link', { name })).toBeInTheDocument();
    }
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main-content');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');
    expect(screen.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
  });

  it('lists the plans, newest first', async () => {
    mockApi({ 'GET /api/plans': () => json(plans) });
    renderApp('/plans');
    expect(await screen.findByRole('heading', { level: 1, name: 'Plans' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Plans, newest first' });
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['SAP-2024-2026', 'AWP-2020-21', 'SAP-2018-2020']);
    expect(within(table).getByRole('link', { name: 'SAP-2024-2026' })).toHaveAttribute('href', '/plans/2');
    expect(screen.getByRole('link', { name: 'Import a plan' })).toHaveAttribute('href', '/plans/import');
  });

  it('opens the needs surveys at /needs (no longer a placeholder)', async () => {
    mockApi({ 'GET /api/needs-cycles': () => json({ items: [], page: 1, pageSize: 50, total: 0 }) });
    renderApp('/needs');
    expect(await screen.findByRole('heading', { level: 1, name: 'Needs surveys' })).toBeInTheDocument();
    expect(await screen.findByText('No needs survey yet.')).toBeInTheDocument();
    expect(screen.queryByText(/Coming soon/)).not.toBeInTheDocument();
  });

  it('shows a 404 page for an unknown address, inside the shell', async () => {
    mockApi();
    renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('/no/such/page')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  });
});
