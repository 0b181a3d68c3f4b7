import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi, problem, requestsOf } from '@/testing/mock-api';
import { ReportValueForm } from './report-value-form';

function renderForm() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <ReportValueForm kpiId={7} />
    </QueryClientProvider>,
  );
  return userEvent.setup();
}

describe('Report a value', () => {
  it('asks for the value before sending anything', async () => {
    const spy = mockApi();
    const user = renderForm();
    await user.click(screen.getByRole('button', { name: 'Report value' }));
    expect(await screen.findByText('Enter the value.')).toBeInTheDocument();
    expect(requestsOf(spy).filter((r) => r.url.includes('reported-values'))).toHaveLength(0);
  });

  it('sends the value with its evidence, and shows the server field errors', async () => {
    let calls = 0;
    const spy = mockApi({
      'POST /api/kpis/7/reported-values': () => {
        calls += 1;
        return calls === 1
          ? problem(400, { title: 'One or more fields are invalid.', errors: { evidence: ['Say where the value comes from.'] } })
          : json({ id: 1, kpiId: 7, asOf: '2025-05-01', value: 21, evidence: 'Minutes', reportedAt: '2025-05-02T00:00:00Z' }, { status: 201 });
      },
    });
    const user = renderForm();
    await user.type(screen.getByRole('spinbutton', { name: /Value/ }), '21');
    await user.click(screen.getByRole('button', { name: 'Report value' }));
    expect(await screen.findByText('Say where the value comes from.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Evidence/ })).toHaveAttribute('aria-invalid', 'true');

    await user.type(screen.getByRole('textbox', { name: /Evidence/ }), 'Minutes');
    await user.click(screen.getByRole('button', { name: 'Report value' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Reported 21 as of 2025-05-01.');
    const body = (await requestsOf(spy).filter((r) => r.url.includes('reported-values')).at(-1)!.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ value: 21, evidence: 'Minutes' });
  });
});
