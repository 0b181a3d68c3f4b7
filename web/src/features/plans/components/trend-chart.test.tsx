import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { niceStep, TrendChart } from './trend-chart';

describe('Trend chart', () => {
  const points = [
    { label: 'FY2024/25', value: 10, target: 35 },
    { label: 'FY2025/26', value: null, target: 35 },
  ];

  it('is an image with a title and description, and gives the same figures as a table', () => {
    render(<TrendChart title="Implementing Members by fiscal year" description="Bars show the value; dashed lines the target." points={points} />);

    const chart = screen.getByRole('img', { name: /Implementing Members by fiscal year/ });
    expect(chart.querySelector('title')).toHaveTextContent('Implementing Members by fiscal year');
    expect(chart.querySelector('desc')).toHaveTextContent('Bars show the value; dashed lines the target.');
    expect(chart.querySelectorAll('.chart-bar')).toHaveLength(1);
    expect(chart.querySelectorAll('.chart-target')).toHaveLength(2);
    expect(within(chart).getByText('no data')).toBeInTheDocument();

    const table = screen.getByRole('table', { name: 'Implementing Members by fiscal year: the figures' });
    const rows = within(table).getAllByRole('row').map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Period', 'Value', 'Target'],
      ['FY2024/25', '10', '35'],
      ['FY2025/26', 'No data', '35'],
    ]);
  });

  it('writes figures with the unit it is given', () => {
    render(<TrendChart title="Women" description="Share of women" points={[{ label: 'FY2024/25', value: 12.5, target: 25 }]} format={(v) => `${v}%`} />);
    const table = screen.getByRole('table');
    expect(within(table).getByRole('row', { name: /FY2024\/25/ })).toHaveTextContent('FY2024/2512.5%25%');
  });

  it('chooses round grid steps', () => {
    expect(niceStep(35)).toBe(10);
    expect(niceStep(4)).toBe(1);
    expect(niceStep(0)).toBe(1);
    expect(niceStep(100)).toBe(25);
  });
});

describe('Trend chart grid', () => {
  it('draws whole-number grid lines for counts', () => {
    render(<TrendChart title="Reports" description="Reports per year" points={[{ label: 'FY2024/25', value: 0, target: 1 }]} />);
    const labels = [...screen.getByRole('img').querySelectorAll('.chart-grid text')].map((t) => t.textContent);
    expect(labels).toEqual(['0', '1']);
  });
});
