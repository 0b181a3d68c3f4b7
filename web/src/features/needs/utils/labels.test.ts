import { describe, expect, it } from 'vitest';
import { deliveryLabel, fiscalYearLabel, hasNeedsPermission, needLevelLabel, quarterLabel, quarterYear, responseStateLabel } from './labels';

describe('needs labels', () => {
  it('writes the need level with its number and word', () => {
    expect(needLevelLabel(0)).toBe('0 – None');
    expect(needLevelLabel(3)).toBe('3 – High');
    expect(needLevelLabel(null)).toBe('');
    expect(needLevelLabel(7)).toBe('7');
  });

  it('puts the quarters of a July–June fiscal year in the right calendar year', () => {
    expect(quarterYear(2027, 1)).toBe(2027);
    expect(quarterYear(2027, 2)).toBe(2027);
    expect(quarterYear(2027, 3)).toBe(2028);
    expect(quarterLabel(3, 2027)).toBe('Q3 (Jan–Mar 2028)');
    expect(quarterLabel(4)).toBe('Q4 (Apr–Jun)');
    expect(quarterLabel(undefined)).toBe('');
  });

  it('names fiscal years, deliveries and response states, and shows unknown values as sent', () => {
    expect(fiscalYearLabel(2027)).toBe('FY2027/28');
    expect(fiscalYearLabel(2099)).toBe('FY2099/00');
    expect(deliveryLabel('sub-regional-workshop')).toBe('Sub-regional workshop');
    expect(deliveryLabel('hologram')).toBe('hologram');
    expect(responseStateLabel(null)).toBe('Not started');
    expect(responseStateLabel('submitted')).toBe('Submitted');
  });

  it('reads the needs permissions from the signed-in user', () => {
    expect(hasNeedsPermission({ permissions: ['needs:read'] }, 'needs:read')).toBe(true);
    expect(hasNeedsPermission({ permissions: ['needs:read'] }, 'needs:manage')).toBe(false);
    expect(hasNeedsPermission(undefined, 'needs:read')).toBe(false);
  });
});
