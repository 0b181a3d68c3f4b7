import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { viewerUser } from '@/testing/fixtures';
import { json, mockApi, problem, requestsOf } from '@/testing/mock-api';
import { renderApp } from '@/testing/render-app';

const planFile = { description: 'test', plan: { code: 'SAP-2030-2032', kind: 'sap', title: 'Test plan', pillars: [] } };
const counts = { pillars: 4, actions: 55, kpis: 61, milestones: 63 };

describe('Plan import', () => {
  it('shows the dry run problems row by row, and offers Import only after a clean dry run', async () => {
    let dryRuns = 0;
    const spy = mockApi({
      'POST /api/plans/import': (request) => {
        const dryRun = new URL(request.url).searchParams.get('dryRun') === 'true';
        if (!dryRun) return json({ dryRun: false, written: true, problems: [], counts });
        dryRuns += 1;
        return dryRuns === 1
          ? json({
              dryRun: true,
              written: false,
              problems: [
                { path: 'plan.pillars[0].actions[0].kpis[0].target.denominator', row: null, message: 'The denominator must be positive.' },
                { path: 'plan.pillars[0].actions[0].kpis[0].target.value', row: 12, message: 'The target (35.0) is larger than its denominator (0).' },
              ],
              counts,
            })
          : json({ dryRun: true, written: false, problems: [], counts });
      },
      'GET /api/plans': () => json([]),
    });
    const { user } = renderApp('/plans/import');

    const importButton = await screen.findByRole('button', { name: 'Import' });
    expect(importButton).toBeDisabled();
    const text = screen.getByRole('textbox', { name: /Plan JSON/ });
    await user.click(text);
    await user.paste(JSON.stringify(planFile));
    await user.click(screen.getByRole('button', { name: 'Check (dry run)' }));

    const table = await screen.findByRole('table', { name: 'Problems found in The pasted plan' });
    const rows = within(table).getAllByRole('row').slice(1).map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['1', '—', 'plan.pillars[0].actions[0].kpis[0].target.denominator', 'The denominator must be positive.'],
      ['2', '12', 'plan.pillars[0].actions[0].kpis[0].target.value', 'The target (35.0) is larger than its denominator (0).'],
    ]);
    expect(screen.getByRole('alert')).toHaveTextContent('The pasted plan has 2 problems: nothing was written.');
    expect(importButton).toBeDisabled();
    const sent = requestsOf(spy).find((r) => r.method === 'POST')!;
    expect(new URL(sent.url).searchParams.get('dryRun')).toBe('true');
    expect(await sent.clone().json()).toEqual(planFile);

    // Checked again (fixed): clean, and Import writes.
    await user.click(screen.getByRole('button', { name: 'Check (dry run)' }));
    expect(await screen.findByText('No problems found in The pasted plan.')).toBeInTheDocument();
    expect(screen.getByText('Nothing was written yet. Import would write 4 pillars, 55 actions, 61 KPIs, 63 milestones.')).toBeInTheDocument();
    await waitFor(() => expect(importButton).toBeEnabled());

    // A change to the text needs a new dry run.
    await user.type(text, ' ');
    expect(importButton).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Check (dry run)' }));
    await waitFor(() => expect(importButton).toBeEnabled());

    await user.click(importButton);
    expect(await screen.findByText('Imported The pasted plan: 4 pillars, 55 actions, 61 KPIs, 63 milestones written.')).toBeInTheDocument();
    const last = requestsOf(spy).filter((r) => r.method === 'POST').at(-1)!;
    expect(new URL(last.url).searchParams.get('dryRun')).toBe('false');
    expect(importButton).toBeDisabled();
  });

  it('reads an uploaded file, and says when it is not JSON without sending it', async () => {
    const spy = mockApi();
    const { user } = renderApp('/plans/import');

    const input = await screen.findByLabelText('Plan file (JSON)');
    await user.upload(input, new File(['{ not json'], 'bad-plan.json', { type: 'application/json' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: /Plan JSON/ })).toHaveValue('{ not json'));
    await user.click(screen.getByRole('button', { name: 'Check (dry run)' }));

    expect(screen.getByRole('textbox', { name: /Plan JSON/ })).toHaveAccessibleDescription(/This is not valid JSON/);
    expect(requestsOf(spy).some((r) => r.method === 'POST')).toBe(false);
  });

  it('shows the API problem of an unreadable file', async () => {
    mockApi({
      'POST /api/plans/import': () => problem(400, { title: 'The request could not be read.', detail: 'The JSON body has a value of the wrong type at $.plan.kind.' }),
    });
    const { user } = renderApp('/plans/import');
    await user.click(await screen.findByRole('textbox', { name: /Plan JSON/ }));
    await user.paste('{"plan":{"kind":7}}');
    await user.click(screen.getByRole('button', { name: 'Check (dry run)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The JSON body has a value of the wrong type at $.plan.kind.');
  });

  it('is not offered to a Viewer', async () => {
    mockApi({ 'GET /api/auth/me': () => json(viewerUser) });
    renderApp('/plans/import');
    expect(await screen.findByRole('heading', { level: 1, name: "You don't have access" })).toBeInTheDocument();
  });
});
