import type { EditorThemeClasses } from 'lexical';

/** Class names Lexical puts on the DOM it renders; styled in app/styles.css. */
export const EDITOR_THEME: EditorThemeClasses = {
  paragraph: 'clause',
  bracket: 'bracket',
  text: { bold: 'text-bold', italic: 'text-italic', underline: 'text-underline' },
  collaboration: {
    cursor: 'remote-cursor',
    cursorName: 'remote-cursor-name',
    selection: 'remote-selection',
    selectionBg: 'remote-selection-bg',
  },
};
