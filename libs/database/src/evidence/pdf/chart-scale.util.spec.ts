import { bands, labelStride, niceStep, valueScale, yOf } from './chart-scale.util';

describe('niceStep', () => {
  it.each([
    [0.07, 0.1],
    [0.13, 0.2],
    [0.22, 0.25],
    [3, 5],
    [7, 10],
    [180, 200],
    [0, 1],
  ])('%d → %d', (rough, step) => {
    expect(niceStep(rough)).toBeCloseTo(step, 10);
  });
});

describe('valueScale', () => {
  it('covers the values and the target with round ticks from zero', () => {
    expect(valueScale([12, 37, null, 25], { tickCount: 5 })).toEqual({ min: 0, max: 40, ticks: [0, 10, 20, 30, 40], step: 10 });
  });

  it('keeps a rate inside 0..1 and has no binary noise in its ticks', () => {
    const scale = valueScale([0.82, 0.97, 0.9], { tickCount: 6, bounds: { min: 0, max: 1 } });
    expect(scale.min).toBe(0);
    expect(scale.max).toBe(1);
    expect(scale.ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('reaches below zero for an NPS under zero', () => {
    const scale = valueScale([-30, 45], { bounds: { min: -100, max: 100 } });
    expect(scale.min).toBeLessThanOrEqual(-30);
    expect(scale.max).toBeGreaterThanOrEqual(45);
    expect(scale.ticks).toContain(0);
  });

  it('falls back to the bounds (a rating reads from 1), or 0..1, when there is nothing to show', () => {
    expect(valueScale([null, null], { bounds: { min: 1, max: 5 } })).toMatchObject({ min: 1, max: 5 });
    expect(valueScale([])).toMatchObject({ min: 0, max: 1 });
    expect(valueScale([0, 0])).toMatchObject({ min: 0, max: 1 });
  });
});

describe('yOf, bands and labelStride', () => {
  it('maps the axis onto the plot, upwards', () => {
    const scale = { min: 0, max: 40, ticks: [], step: 10 };
    expect(yOf(scale, 0, 100, 300)).toBe(300);
    expect(yOf(scale, 40, 100, 300)).toBe(100);
    expect(yOf(scale, 10, 100, 300)).toBe(250);
  });

  it('puts equal bands across the width', () => {
    expect(bands(4, 0, 400, 0.5)).toEqual({ centres: [50, 150, 250, 350], width: 50 });
    expect(bands(0, 0, 400)).toEqual({ centres: [], width: 0 });
  });

  it('skips labels that would overlap', () => {
    expect(labelStride(12, 40, 30)).toBe(1);
    expect(labelStride(36, 12, 30)).toBe(3);
  });
});
