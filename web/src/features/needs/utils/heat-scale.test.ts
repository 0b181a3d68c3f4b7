import { describe, expect, it } from 'vitest';
import { heatIsDark, heatLegend, heatStep } from './heat-scale';

describe('heat scale', () => {
  it('keeps step 0 for no demand and spreads the rest over five steps', () => {
    expect(heatStep(0, 12)).toBe(0);
    expect(heatStep(1, 12)).toBe(1);
    expect(heatStep(3, 15)).toBe(1);
    expect(heatStep(4, 15)).toBe(2);
    expect(heatStep(12, 12)).toBe(5);
    expect(heatStep(99, 12)).toBe(5);
    expect(heatStep(5, 0)).toBe(0);
    expect(heatStep(Number.NaN, 10)).toBe(0);
  });

  it('gives a key whose ranges cover every whole value once', () => {
    expect(heatLegend(10)).toEqual([
      { step: 0, label: '0' },
      { step: 1, label: '1–2' },
      { step: 2, label: '3–4' },
      { step: 3, label: '5–6' },
      { step: 4, label: '7–8' },
      { step: 5, label: '9–10' },
    ]);
    // With a small maximum some steps hold no whole value and are left out of the key.
    expect(heatLegend(2).map((s) => s.label)).toEqual(['0', '1', '2']);
    for (let v = 1; v <= 2; v++) expect(heatLegend(2).find((s) => s.label === String(v))?.step).toBe(heatStep(v, 2));
    expect(heatLegend(0)).toEqual([{ step: 0, label: 'No demand' }]);
  });

  it('uses light text on the two darkest steps', () => {
    expect(heatIsDark(3)).toBe(false);
    expect(heatIsDark(4)).toBe(true);
  });
});
