export { type ClauseStanding, clauseStanding } from './agreement';
export { ACCORD_NAMESPACE, AKN_NAMESPACE, type AknOptions, renderAkn } from './akn';
export { renderDocx } from './docx';
export { canonicalText, normaliseText, textFingerprint } from './fingerprint';
export { CONTENT_TYPES, EXPORT_FORMATS, type ExportFormat, FILE_EXTENSIONS, isExportFormat } from './formats';
export { escapeHtml, renderHtml } from './html';
export {
  type CommuniqueApproval,
  type CommuniqueBracket,
  type CommuniqueClauseInput,
  type CommuniqueInput,
  type CommuniqueParty,
  communiqueInputSchema,
  TLP_LEVELS,
  type Tlp,
} from './input';
export { escapeMarkdown, escapeMarkdownLine, renderMarkdown } from './markdown';
export {
  type AnnexApproval,
  type AnnexEntry,
  buildCommunique,
  type Communique,
  type CommuniqueAnnex,
  type CommuniqueParagraph,
} from './model';
export { plainText, strictestTlp, tlpMarkingsIn } from './neutralise';
export { renderPdf } from './pdf';
export { type RedlineClause, type RedlineInput, renderRedlineHtml, renderRedlinePdf } from './redline';
export {
  groupRefusals,
  REFUSAL_CAUSES,
  type RefusalCause,
  type RefusalCauseGroup,
  type RefusalGroups,
  type RefusalItem,
  type RefusalPartyGroup,
} from './refusals';
export { renderCommunique } from './render';
export type { Run } from './runs';
export { type TlpMarking, tlpMarking } from './tlp';
