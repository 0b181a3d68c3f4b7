import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api/problem';
import { EvidenceList } from './evidence-list';
import { FormProgress } from './form-progress';
import { GapChart } from './gap-chart';
import { HeatMap } from './heat-map';
import { NeedLevelPicker, QuarterSelect } from './pickers';
import { SaveStatus } from './save-status';

describe('HeatMap', () => {
  const rows = [
    { id: 1, label: 'Risk Management' },
    { id: 2, label: 'Valuation' },
  ];
  const columns = [
    { id: 10, label: 'SEA' },
    { id: 20, label: 'PI' },
  ];
  const cells: Record<string, { weighted: number; members: number }> = { '1:10': { weighted: 9, members: 3 }, '2:20': { weighted: 2, members: 1 } };

  it('is an image named by its title, with the figures in its cells, darker for more, and a table of the same figures', () => {
    render(<HeatMap title="Demand by topic and sub-region" rows={rows} columns={columns} cell={(r, c) => cells[`${r}:${c}`]} />);
    const img = screen.getByRole('img', { name: /Demand by topic and sub-region/ });
    expect(img).toHaveAccessibleDescription(/Highest: Risk Management in SEA, 9/);
    expect(within(img).getByText('9 (3)').closest('g')).toHaveAttribute('data-step', '5');
    expect(within(img).getByText('2 (1)').closest('g')).toHaveAttribute('data-step', '2');
    expect(within(img).getAllByText('–')).toHaveLength(2);
    const table = screen.getByRole('table', { name: /Demand by topic and sub-region/ });
    const valuation = within(table).getByRole('row', { name: /Valuation/ });
    expect(within(valuation).getAllByRole('cell').map((c) => c.textContent)).toEqual(['0', '2 (1)']);
  });

  it('says so when nothing was asked', () => {
    render(<HeatMap title="Demand" rows={rows} columns={columns} cell={() => undefined} />);
    expect(screen.getByRole('img', { name: /Demand/ })).toHaveAccessibleDescription('No demand was recorded.');
  });
});

describe('GapChart', () => {
  it('draws demand against supply and names the short topics in its description and table', () => {
    render(
      <GapChart
        title="Demand versus supply"
        rows={[
          { key: 'rm', label: 'Risk Management', demand: 8, supply: 2, short: true },
          { key: 'val', label: 'Valuation', demand: 3, supply: 5, short: false },
        ]}
      />,
    );
    const img = screen.getByRole('img', { name: /Demand versus supply/ });
    expect(img).toHaveAccessibleDescription(/Short of experts: Risk Management\./);
    expect(within(img).getByText('8 vs 2 short')).toBeInTheDocument();
    const row = within(screen.getByRole('table')).getByRole('row', { name: /Valuation/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['3', '5', '-2', 'Enough']);
  });
});

describe('the form controls', () => {
  it('picks a need level with the keyboard and clears it', async () => {
    const user = userEvent.setup();
    function Harness() {
      const [value, setValue] = useState<number | null>(null);
      return (
        <>
          <NeedLevelPicker id="q1-needLevel" label="Level of need" value={value} onChange={setValue} errors={value === null ? ['Choose a level.'] : undefined} />
          <output>{String(value)}</output>
        </>
      );
    }
    render(<Harness />);
    const group = screen.getByRole('group', { name: 'Level of need' });
    expect(group).toHaveAccessibleDescription('Choose a level.');
    await user.click(screen.getByRole('radio', { name: '2 – Medium' }));
    expect(screen.getByText('2')).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: '3 – High' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(screen.getByText('null')).toBeInTheDocument();
  });

  it('offers the quarters of the fiscal year with their months', () => {
    render(<QuarterSelect id="q" label="Preferred quarter" value={3} onChange={() => {}} fiscalYear={2027} />);
    const select = screen.getByRole('combobox', { name: 'Preferred quarter' });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual([
      '(any time)',
      'Q1 (Jul–Sep 2027)',
      'Q2 (Oct–Dec 2027)',
      'Q3 (Jan–Mar 2028)',
      'Q4 (Apr–Jun 2028)',
    ]);
    expect(select).toHaveValue('3');
  });

  it('shows progress in words and as a bar', () => {
    render(<FormProgress progress={{ answered: 2, total: 5, percent: 40 }} />);
    const bar = screen.getByRole('progressbar', { name: 'Progress: 2 of 5 questions answered' });
    expect(bar).toHaveAttribute('value', '2');
    expect(bar).toHaveAttribute('max', '5');
  });

  it('tells the save state, with the API reason when a save fails', () => {
    const { rerender } = render(<SaveStatus state={{ kind: 'saving' }} />);
    expect(screen.getByRole('status')).toHaveTextContent('Saving…');
    rerender(<SaveStatus state={{ kind: 'saved', at: new Date(2027, 0, 5, 9, 7) }} />);
    expect(screen.getByRole('status')).toHaveTextContent('Saved at 09:07');
    rerender(<SaveStatus state={{ kind: 'error', error: new ApiError(409, { title: 'Closed', detail: 'The survey closed on 31 Jan 2027.' }) }} />);
    expect(screen.getByRole('status')).toHaveTextContent('Not saved: The survey closed on 31 Jan 2027.');
  });
});

describe('EvidenceList', () => {
  it('lists the answers behind a line, with a link to each response', () => {
    render(
      <MemoryRouter>
        <EvidenceList
          fiscalYear={2027}
          entries={[
            { memberId: 4, memberLabel: 'Thailand', topicLabel: 'Risk Management', needLevel: 3, preferredDelivery: 'expert-mission', preferredQuarter: 2, responseLink: '/needs/1/responses/4', revision: 3 },
          ]}
        />
      </MemoryRouter>,
    );
    const item = screen.getByRole('listitem');
    expect(item).toHaveTextContent('Thailand: Risk Management, need 3 – High, prefers expert mission, Q2 (Oct–Dec 2027)');
    expect(within(item).getByRole('link', { name: 'response, revision 3' })).toHaveAttribute('href', '/needs/1/responses/4');
  });

  it('says when a line stands on no answer', () => {
    render(<EvidenceList entries={[]} />);
    expect(screen.getByText(/added by hand/)).toBeInTheDocument();
  });
});
