/**
 * The communiqué's vocabulary without its renderers: what `@accord/protocol` and the browser import
 * (the renderers pull in PDF and DOCX libraries a browser bundle must not carry).
 */
export { EXPORT_FORMATS, type ExportFormat } from './formats';
export { TLP_LEVELS, type Tlp } from './input';
export { REFUSAL_CAUSES, type RefusalCause } from './refusals';
