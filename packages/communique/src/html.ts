import type { Communique, CommuniqueParagraph } from './model';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for both element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

const CSS = `
@page { size: A4; margin: 25mm 20mm 25mm 20mm; }
* { box-sizing: border-box; }
html { font-family: "DejaVu Serif", "Noto Serif", Georgia, "Times New Roman", serif; color: #111; }
body { margin: 0 auto; max-width: 170mm; padding: 12mm 0; line-height: 1.5; font-size: 11.5pt; }
.tlp { display: inline-block; background: #000; font-family: "DejaVu Sans", Arial, sans-serif; font-weight: bold; font-size: 9pt; padding: 1pt 4pt; letter-spacing: 0.02em; }
.page-header, .page-footer { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 8.5pt; color: #333; }
.page-header { display: flex; justify-content: space-between; border-bottom: 0.5pt solid #999; padding-bottom: 2mm; margin-bottom: 8mm; }
.page-footer { border-top: 0.5pt solid #999; padding-top: 2mm; margin-top: 10mm; overflow-wrap: anywhere; }
.findings { font-weight: bold; color: #b00; }
.draft-mark { font-weight: bold; letter-spacing: 0.2em; color: #b00; }
h1 { font-size: 18pt; text-align: center; margin: 0 0 4mm; }
.issued-by { text-align: center; font-style: italic; margin: 0; }
.place-date { text-align: center; margin: 0 0 8mm; }
.paragraphs { list-style: none; padding: 0; margin: 0; }
.paragraph { display: grid; grid-template-columns: 10mm 1fr; margin: 0 0 3mm; break-inside: avoid; }
.paragraph .num { font-weight: bold; }
.paragraph .note { grid-column: 2; font-family: "DejaVu Sans", Arial, sans-serif; font-size: 9pt; color: #7a3e00; margin: 1mm 0 0; }
.paragraph.unagreed .text { background: #fff6e0; }
.bracket { font-weight: bold; color: #8a0000; }
.wrap { font-weight: bold; color: #8a0000; }
.closing { margin-top: 8mm; }
.signatories { list-style: none; padding: 0; display: grid; grid-template-columns: 1fr 1fr; gap: 10mm 12mm; margin-top: 6mm; }
.signatories li { border-top: 0.5pt solid #333; padding-top: 1.5mm; margin-top: 12mm; }
.annex-rule { break-after: page; border: 0; border-top: 0.5pt solid #999; margin: 10mm 0; }
.annex { break-before: page; font-family: "DejaVu Sans", Arial, sans-serif; font-size: 9.5pt; }
.annex h2 { font-size: 13pt; }
.annex h3 { font-size: 10.5pt; margin: 5mm 0 1mm; }
.hash, .fingerprint code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 8.5pt; overflow-wrap: anywhere; }
.annex table { border-collapse: collapse; width: 100%; margin-bottom: 2mm; }
.annex th, .annex td { border: 0.5pt solid #999; padding: 1mm 2mm; text-align: left; vertical-align: top; }
.fingerprint { margin-top: 6mm; font-weight: bold; }
.watermark { display: none; }
.print-frame { width: 100%; border-collapse: collapse; table-layout: fixed; }
.print-frame > thead > tr > td, .print-frame > tfoot > tr > td, .print-frame > tbody > tr > td { padding: 0; }
@media print {
  body { padding: 0; max-width: none; }
  .page-header { position: fixed; top: 0; left: 0; right: 0; margin: 0; }
  .page-footer { position: fixed; bottom: 0; left: 0; right: 0; margin: 0; }
  .header-space { height: 14mm; }
  .footer-space { height: 16mm; }
  .draft .watermark { display: block; position: fixed; top: 40%; left: 0; right: 0; text-align: center;
    font: bold 110pt "DejaVu Sans", Arial, sans-serif; color: rgba(160, 0, 0, 0.12); transform: rotate(-35deg);
    z-index: -1; pointer-events: none; }
}
@media screen {
  .draft .watermark { display: block; position: fixed; top: 35%; left: 0; right: 0; text-align: center;
    font: bold 96pt "DejaVu Sans", Arial, sans-serif; color: rgba(160, 0, 0, 0.08); transform: rotate(-35deg);
    z-index: -1; pointer-events: none; }
}
`;

function paragraphHtml(p: CommuniqueParagraph): string {
  const text = p.runs
    .map((r) => {
      if (r.kind === 'wrap') return `<span class="wrap">${r.text}</span>`;
      if (r.kind === 'bracket') {
        const who =
          r.delegations.length > 0 ? ` title="Bracketed by ${escapeHtml(r.delegations.join(', '))}"` : '';
        return `<span class="bracket"${who}>${escapeHtml(r.text)}</span>`;
      }
      return escapeHtml(r.text);
    })
    .join('');
  const note =
    (p.note ? `<p class="note">Note: ${escapeHtml(p.note)}</p>` : '') +
    (p.amendments ?? []).map((line) => `<p class="note amendment">${escapeHtml(line)}</p>`).join('');
  const cls = p.agreed ? 'paragraph' : 'paragraph unagreed';
  return `<li class="${cls}" id="p${p.number}" data-clause="${escapeHtml(p.clauseId)}"><span class="num">${p.number}.</span><span class="text">${text}</span>${note}</li>`;
}

function tlpHtml(c: Communique): string {
  const { label, color } = c.marking.tlp;
  return `<span class="tlp" style="color:#${color}">${escapeHtml(label)}</span>`;
}

/** A standalone, print-ready page: CSS inline, no external resources. */
export function renderHtml(c: Communique): string {
  const e = escapeHtml;
  const parts: string[] = [];
  parts.push(
    '<!doctype html>',
    `<html lang="${c.meta.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(c.meta.title)}</title>`,
    `<meta name="description" content="${e(c.meta.subject)}">`,
    `<meta name="keywords" content="${e(c.meta.keywords.join(', '))}">`,
    `<meta name="dcterms.created" content="${e(c.meta.creationDate)}">`,
    `<meta name="dcterms.date" content="${e(c.meta.creationDate.slice(0, 10))}">`,
    `<meta name="tlp" content="${e(c.marking.tlp.label)}">`,
    `<style>${CSS}</style>`,
    '</head>',
    `<body class="${c.mode}">`,
  );
  if (c.marking.watermark)
    parts.push(`<div class="watermark" aria-hidden="true">${e(c.marking.watermark)}</div>`);
  const draftMark = c.marking.draft ? '<span class="draft-mark">DRAFT</span>' : '';
  const findings = c.marking.findings ? `<span class="findings">${e(c.marking.findings)}</span>` : '';
  parts.push(`<header class="page-header">${tlpHtml(c)}${findings}${draftMark}</header>`);
  // Printed tables repeat thead/tfoot on every page: the empty cells keep text clear of the fixed header and footer.
  parts.push(
    '<table class="print-frame" role="presentation"><thead><tr><td><div class="header-space"></div></td></tr></thead>',
    '<tfoot><tr><td><div class="footer-space"></div></td></tr></tfoot><tbody><tr><td>',
    '<main>',
  );
  parts.push(`<h1>${e(c.header.title)}</h1>`);
  parts.push(`<p class="issued-by">${e(c.header.issuedBy)}</p>`);
  parts.push(`<p class="place-date">${e(c.header.placeAndDate)}</p>`);
  parts.push('<ol class="paragraphs">', ...c.paragraphs.map(paragraphHtml), '</ol>');
  parts.push(`<p class="closing">${e(c.signatories.closing)}</p>`);
  parts.push('<ul class="signatories" aria-label="Signatories">');
  for (const s of c.signatories.parties) parts.push(`<li>${e(s.line)} <small>(${e(s.code)})</small></li>`);
  parts.push('</ul>');
  if (c.annex) {
    // Set apart: its own section, starting a new printed page, outside the communiqué's <main>.
    parts.push('</main>', '<hr class="annex-rule">');
    parts.push(`<section class="annex"><h2>Annex: ${e(c.annex.heading)}</h2><p>${e(c.annex.intro)}</p>`);
    if (c.annex.adoptionLine) parts.push(`<p class="adoption">${e(c.annex.adoptionLine)}</p>`);
    if (c.annex.chainHeadLine)
      parts.push(`<p class="chain-head"><code>${e(c.annex.chainHeadLine)}</code></p>`);
    for (const entry of c.annex.entries) {
      parts.push(
        `<h3>Paragraph ${entry.number}</h3>`,
        `<p>Clause hash (SHA-256): <code class="hash">${e(entry.hash)}</code></p>`,
        '<table><thead><tr><th>Party</th><th>State</th><th>By</th><th>At</th><th>Note</th></tr></thead><tbody>',
      );
      for (const a of entry.approvals) {
        const state = a.stale ? `${a.state} (stale)` : a.state;
        parts.push(
          `<tr><td>${e(a.partyName)} (${e(a.party)})</td><td>${e(state)}</td><td>${e(a.by || '—')}</td><td>${e(a.at || '—')}</td><td>${e(a.note)}</td></tr>`,
        );
      }
      parts.push('</tbody></table>');
    }
    const [label, hex] = splitFingerprintLine(c.annex.fingerprintLine);
    parts.push(`<p class="fingerprint">${e(label)} <code>${e(hex)}</code></p></section>`);
  } else {
    parts.push('</main>');
  }
  parts.push('</td></tr></tbody></table>');
  parts.push(`<footer class="page-footer">${e(c.pageFooter)}</footer>`);
  parts.push('</body>', '</html>', '');
  return parts.join('\n');
}

function splitFingerprintLine(line: string): [string, string] {
  const at = line.lastIndexOf(' ');
  return [line.slice(0, at), line.slice(at + 1)];
}
