import { describe, expect, it } from 'vitest';
import { groupTopics, topicPackageLabel } from './topics';

describe('groupTopics', () => {
  it('groups by package in the WCO order, each by name, and adds topics missing from the list on their own', () => {
    const groups = groupTopics(
      [
        { id: 3, code: 'hr', name: 'Human Resources', package: 'organizational-development' },
        { id: 2, code: 'tfa', name: 'WTO Trade Facilitation Agreement', package: 'economic-competitiveness' },
        { id: 1, code: 'rkc', name: 'Revised Kyoto Convention', package: 'economic-competitiveness' },
        { id: 4, code: 'valuation', name: 'Valuation', package: 'revenue' },
        { id: 5, code: 'x', name: 'Something new', package: 'brand-new' },
      ],
      [
        { id: 1, code: 'rkc', name: 'Revised Kyoto Convention' },
        { id: 99, code: 'gone', name: 'A retired topic' },
      ],
    );
    expect(groups.map((g) => [g.label, g.topics.map((t) => t.id)])).toEqual([
      ['Economic Competitiveness', [1, 2]],
      ['Revenue', [4]],
      ['Organizational Development', [3]],
      ['Brand new', [5]],
      ['Not in the topic list', [99]],
    ]);
  });

  it('names the packages', () => {
    expect(topicPackageLabel('compliance-enforcement')).toBe('Compliance and Enforcement');
    expect(topicPackageLabel('other')).toBe('Other');
  });
});
