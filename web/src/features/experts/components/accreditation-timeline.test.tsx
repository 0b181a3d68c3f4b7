import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Accreditation } from '../api/types';
import { AccreditationTimeline } from './accreditation-timeline';

const accreditation: Accreditation = {
  id: 4,
  category: 'technical-operational-advisor',
  area: 'TFA',
  status: 'candidate',
  statusSince: '2024-06-01',
  validFrom: null,
  validUntil: null,
  evidence: 'Workshop report',
  overrideReason: 'Assessment annulled',
  version: '9',
  history: [
    { id: 1, status: 'candidate', effectiveOn: '2024-01-15', recordedAt: '2024-01-15T08:00:00Z', recordedBy: 'staff@rocb.test', evidence: null, overrideReason: null },
    { id: 2, status: 'pre-accredited', effectiveOn: '2024-03-01', recordedAt: '2024-03-01T08:00:00Z', recordedBy: 'staff@rocb.test', evidence: 'Workshop report', overrideReason: null },
    { id: 3, status: 'candidate', effectiveOn: null, recordedAt: '2024-06-01T08:00:00Z', recordedBy: 'admin@rocb.test', evidence: null, overrideReason: 'Assessment annulled' },
  ],
};

describe('AccreditationTimeline', () => {
  it('lists every status of each accreditation, oldest first, with who recorded it, the evidence and a skipped step', () => {
    render(<AccreditationTimeline accreditations={[accreditation]} />);
    const region = screen.getByRole('region', { name: 'Accreditation history' });
    const steps = within(within(region).getByRole('list', { name: 'Technical/operational advisor (TFA)' })).getAllByRole('listitem');
    expect(steps.map((s) => within(s).getByText(/Candidate|Pre-accredited/).textContent)).toEqual(['Candidate', 'Pre-accredited', 'Candidate']);
    expect(steps[0]).toHaveTextContent('Recorded by staff@rocb.test');
    expect(steps[1]).toHaveTextContent('Evidence: Workshop report');
    expect(steps[2]).toHaveTextContent('date not known');
    expect(steps[2]).toHaveTextContent('Step skipped: Assessment annulled');
  });

  it('says so when there is no accreditation', () => {
    render(<AccreditationTimeline accreditations={[]} />);
    expect(screen.getByRole('region', { name: 'Accreditation history' })).toHaveTextContent('No accreditation recorded.');
  });
});
