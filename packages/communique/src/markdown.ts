import type { Communique, CommuniqueParagraph } from './model';

/**
 * Backslash-escapes the ASCII punctuation Markdown could read as markup. CommonMark lets any
 * ASCII punctuation be escaped this way, so removing a backslash before ASCII punctuation gives
 * back the exact text (which is how the README tells readers to recompute the fingerprint).
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~&!]/g, (ch) => `\\${ch}`);
}

/**
 * One line of user text: escaped, and what would still open a block when it starts a line — a
 * list marker ("-", "+", "1.", "1)"), a setext underline ("=") — backslash-escaped too, so a
 * title, place, name or note can never open a list, heading or paragraph of its own (CQ16). The
 * model has already made it one line.
 */
export function escapeMarkdownLine(text: string): string {
  return neutraliseLineStart(escapeMarkdown(text));
}

function neutraliseLineStart(line: string): string {
  return line.replace(/^([-+=])/u, '\\$1').replace(/^(\d+)([.)])/u, '$1\\$2');
}

function paragraphText(p: CommuniqueParagraph): string {
  return neutraliseLineStart(paragraphRuns(p));
}

function paragraphRuns(p: CommuniqueParagraph): string {
  return p.runs
    .map((r) => {
      if (r.kind === 'wrap') return `\\${r.text}`;
      if (r.kind === 'bracket') return `**${escapeMarkdown(r.text)}**`;
      return escapeMarkdown(r.text);
    })
    .join('');
}

function cell(text: string): string {
  return text === '' ? '—' : escapeMarkdownLine(text);
}

export function renderMarkdown(c: Communique): string {
  const out: string[] = [];
  const marking = [c.marking.tlp.label, c.marking.draft ? 'DRAFT' : null, c.marking.findings]
    .filter((m): m is string => m !== null)
    .map((m) => `**${escapeMarkdown(m)}**`)
    .join(' · ');
  out.push(marking, '');
  out.push(`# ${escapeMarkdown(c.header.title)}`, '');
  out.push(`*${escapeMarkdown(c.header.issuedBy)}*`, '');
  out.push(escapeMarkdownLine(c.header.placeAndDate), '');
  for (const p of c.paragraphs) {
    out.push(`${p.number}. ${paragraphText(p)}`);
    if (p.note) out.push('', `   *Note: ${escapeMarkdown(p.note)}*`);
    for (const line of p.amendments ?? []) out.push('', `   ${escapeMarkdown(line)}`);
    out.push('');
  }
  out.push(escapeMarkdownLine(c.signatories.closing), '');
  out.push('**Signatories**', '');
  for (const s of c.signatories.parties) out.push(`- ${escapeMarkdown(s.line)} (${escapeMarkdown(s.code)})`);
  out.push('');
  if (c.annex) {
    // Set apart from the communiqué: a section of its own that starts a new page when printed.
    out.push('---', '', '<div style="break-before: page"></div>', '');
    out.push(`# Annex: ${c.annex.heading}`, '', escapeMarkdownLine(c.annex.intro), '');
    if (c.annex.adoptionLine) out.push(escapeMarkdownLine(c.annex.adoptionLine), '');
    if (c.annex.chainHeadLine) out.push(`**${escapeMarkdown(c.annex.chainHeadLine)}**`, '');
    for (const entry of c.annex.entries) {
      out.push(`## Paragraph ${entry.number}`, '', `Clause hash (SHA-256): \`${entry.hash}\``, '');
      out.push('| Party | State | By | At | Note |', '| --- | --- | --- | --- | --- |');
      for (const a of entry.approvals) {
        const state = a.stale ? `${a.state} (stale)` : a.state;
        out.push(
          `| ${cell(`${a.partyName} (${a.party})`)} | ${state} | ${cell(a.by)} | ${cell(a.at)} | ${cell(a.note)} |`,
        );
      }
      out.push('');
    }
    out.push(`**${c.annex.fingerprintLine}**`, '');
  }
  out.push('---', '', escapeMarkdownLine(c.pageFooter), '');
  return out.join('\n');
}
