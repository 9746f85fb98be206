import type { LintCategory } from '@accord/linter';

export interface CategoryStyle {
  label: string;
  /** Underline and badge colour; every use also shows the label, never the colour alone. */
  colour: string;
}

// Only a type is imported from the linter: its runtime (NLP included) stays in the worker bundle.
export const CATEGORY_STYLES: Record<LintCategory, CategoryStyle> = {
  attribution: { label: 'Attribution', colour: '#c62828' },
  'source-protection': { label: 'Source protection', colour: '#6a1b9a' },
  'operational-detail': { label: 'Operational detail', colour: '#ef6c00' },
  sanctions: { label: 'Sanctions', colour: '#00838f' },
  classification: { label: 'Classification', colour: '#2e7d32' },
};

export const CATEGORY_ORDER = Object.keys(CATEGORY_STYLES) as LintCategory[];

/** The name of the CSS custom highlight that underlines findings of a category. */
export function highlightName(category: LintCategory): string {
  return `lint-${category}`;
}
