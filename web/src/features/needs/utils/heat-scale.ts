// The colour scale of the topic × sub-region heat map: a value falls in one of five steps (0 = nothing asked) of a
// single-hue scale, so a darker cell always means more demand. The step, not the colour, is what the tests check;
// the colours are in needs.css (needs-heat-0 … needs-heat-5), with white text from step 4 on for contrast.

export const heatSteps = 5;

/** The step (0…5) of a value on a scale from 0 to max: 0 only for no demand, 1…5 for the fifths of the range. */
export function heatStep(value: number, max: number): number {
  if (!(value > 0) || !(max > 0)) return 0;
  return Math.min(heatSteps, Math.max(1, Math.ceil((value / max) * heatSteps)));
}

/** The value range each step covers, for the key under the map: [{ step: 1, from: 1, to: 2 }, …]. */
export function heatLegend(max: number): { step: number; label: string }[] {
  if (!(max > 0)) return [{ step: 0, label: 'No demand' }];
  const steps = [{ step: 0, label: '0' }];
  let previous = 0;
  for (let step = 1; step <= heatSteps; step++) {
    const upper = (max * step) / heatSteps;
    // Values are whole numbers (sums of need levels): a step covers the integers above the last step's upper bound.
    const from = Math.floor(previous) + 1;
    const to = Math.floor(upper);
    previous = upper;
    if (to < from) continue;
    steps.push({ step, label: from === to ? String(from) : `${from}–${to}` });
  }
  return steps;
}

/** Whether a step is dark enough to need light text. */
export function heatIsDark(step: number): boolean {
  return step >= 4;
}
