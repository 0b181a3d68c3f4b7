import { describe, expect, it } from 'vitest';
import { groupTopics } from './topics';

const topics = [
  { id: 1, code: 'tfa', name: 'Trade Facilitation Agreement', package: 'economic-competitiveness' },
  { id: 2, code: 'risk-management', name: 'Risk management', package: 'compliance-enforcement' },
  { id: 3, code: 'hs', name: 'Harmonized System', package: 'revenue' },
  { id: 4, code: 'aeo', name: 'Authorized Economic Operator', package: 'economic-competitiveness' },
];

describe('groupTopics', () => {
  it('groups the topic list by package in the WCO order, each by name', () => {
    const groups = groupTopics(topics);
    expect(groups.map((g) => g.label)).toEqual(['Economic Competitiveness', 'Revenue', 'Compliance and Enforcement']);
    expect(groups[0]?.topics.map((t) => t.code)).toEqual(['aeo', 'tfa']);
  });

  it('filters by code or name but keeps the chosen ones, and adds a record’s topics the list lacks', () => {
    const groups = groupTopics(topics, { filter: 'RISK', keep: new Set([3]), extra: [{ id: 9, code: 'old', name: 'Retired topic' }] });
    expect(groups.flatMap((g) => g.topics.map((t) => t.id))).toEqual([3, 2]);
    const all = groupTopics(topics, { extra: [{ id: 9, code: 'old', name: 'Retired topic' }] });
    expect(all.at(-1)).toMatchObject({ label: 'Not in the topic list', topics: [{ id: 9 }] });
  });
});
