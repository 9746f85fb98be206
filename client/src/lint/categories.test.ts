import { LINT_CATEGORIES } from '@accord/linter';
import { describe, expect, it } from 'vitest';
import { CATEGORY_ORDER, CATEGORY_STYLES } from './categories';

describe('lint category styles', () => {
  it('styles exactly the categories the linter reports, in the same order', () => {
    expect(CATEGORY_ORDER).toEqual([...LINT_CATEGORIES]);
  });

  it('gives each category a distinct colour and a text label', () => {
    const colours = new Set(Object.values(CATEGORY_STYLES).map((s) => s.colour));
    expect(colours.size).toBe(LINT_CATEGORIES.length);
    for (const style of Object.values(CATEGORY_STYLES)) expect(style.label.length).toBeGreaterThan(0);
  });
});
