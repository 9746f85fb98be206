import { describe, expect, it } from 'vitest';
import { bandFor, EVERYWHERE, isNear } from './near-band';

describe('bandFor (#18: what the gutter and the status board render whole)', () => {
  const screen = 800;
  it('covers what is on screen and at least half a screen above and below, wherever the page is scrolled', () => {
    for (let scrolled = -3000; scrolled <= 30000; scrolled += 37) {
      const top = -scrolled; // the element's top relative to the viewport's
      const band = bandFor(top, screen);
      expect(band.from).toBeLessThanOrEqual(scrolled - screen / 2);
      expect(band.to).toBeGreaterThanOrEqual(scrolled + screen + screen / 2);
    }
  });
  it('spans two and a half screens, not four: far entries stay empty while typing', () => {
    const band = bandFor(-12000, screen);
    expect(band.to - band.from).toBe(2.5 * screen);
    expect(isNear(band, 12000 + 2 * screen + screen)).toBe(false);
    expect(isNear(band, 12000 - 2 * screen)).toBe(false);
  });
  it('with a reach of a quarter (the status board), covers the screen and an eighth above and below, in steps of an eighth', () => {
    for (let scrolled = -3000; scrolled <= 30000; scrolled += 37) {
      const band = bandFor(-scrolled, screen, 0.25);
      expect(band.from).toBeLessThanOrEqual(scrolled - screen / 8);
      expect(band.to).toBeGreaterThanOrEqual(scrolled + screen + screen / 8);
      expect(band.to - band.from).toBe(screen + (3 * screen) / 8);
    }
    expect(bandFor(-12000, screen, 0.25)).toEqual(bandFor(-12050, screen, 0.25));
  });
  it('moves only in steps of half a screen, so scrolling a little renders nothing new', () => {
    expect(bandFor(-12000, screen)).toEqual(bandFor(-12100, screen));
    expect(isNear(EVERYWHERE, 1e9)).toBe(true);
  });
});
