import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import type { Communique } from './model';

/** The Akoma Ntoso 3.0 (OASIS LegalDocML) namespace. */
export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

/** Accord's own metadata inside `proprietary` (the schema wants another namespace there). */
export const ACCORD_NAMESPACE = 'urn:accord:communique';

/** Characters XML 1.0 cannot carry at all (CQ16): dropped rather than producing a broken file. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const xmlText = (s: string): string => s.replace(NOT_XML, '');

/** An eId/href-safe token from a delegation code. */
const orgId = (code: string): string => `org_${code.toLowerCase().replace(/[^a-z0-9]/g, '_')}`;

export interface AknOptions {
  /** Document id, used in the FRBR URIs (`/akn/int/statement/<date>/<id>`). */
  docId?: string;
}

/**
 * The communiqué as Akoma Ntoso 3.0 XML (CQ21): a `statement` (openStructure) whose `mainBody`
 * holds one numbered `paragraph` per clause; title, date, place and parties in the preface;
 * "Done at …" and the signatories in the conclusions. Built with xmlbuilder2, which escapes every
 * text and attribute value.
 */
export function renderAkn(c: Communique, options: AknOptions = {}): string {
  const date = c.meta.creationDate.slice(0, 10);
  const id = (options.docId ?? c.fingerprint.slice(0, 16)).replace(/[^A-Za-z0-9_-]/g, '_');
  const work = `/akn/int/statement/${date}/${id}`;
  const expression = `${work}/eng@${date}`;
  const manifestation = `${expression}/!main.xml`;
  const parties = c.signatories.parties;
  const author = `#${orgId(parties[0]?.code ?? 'accord')}`;

  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(AKN_NAMESPACE, 'akomaNtoso');
  const statement = root.ele('statement', {
    name: c.mode === 'final' ? 'jointStatement' : 'draftJointStatement',
  });

  const meta = statement.ele('meta');
  const ident = meta.ele('identification', { source: '#accord' });
  const frbr = (el: XMLBuilder, thisUri: string, uri: string) => {
    el.ele('FRBRthis', { value: thisUri }).up();
    el.ele('FRBRuri', { value: uri }).up();
  };
  const w = ident.ele('FRBRWork');
  frbr(w, `${work}/!main`, work);
  w.ele('FRBRalias', { value: xmlText(c.header.title), name: 'title' }).up();
  w.ele('FRBRdate', { date, name: 'adoption' }).up();
  for (const p of parties) w.ele('FRBRauthor', { href: `#${orgId(p.code)}` }).up();
  w.ele('FRBRcountry', { value: 'int' }).up();
  const e = ident.ele('FRBRExpression');
  frbr(e, `${expression}/!main`, expression);
  e.ele('FRBRdate', { date, name: 'adoption' }).up();
  e.ele('FRBRauthor', { href: author }).up();
  e.ele('FRBRlanguage', { language: 'eng' }).up();
  const m = ident.ele('FRBRManifestation');
  frbr(m, manifestation, manifestation);
  m.ele('FRBRdate', { date, name: 'generation' }).up();
  m.ele('FRBRauthor', { href: '#accord' }).up();

  const refs = meta.ele('references', { source: '#accord' });
  refs
    .ele('TLCOrganization', { eId: 'accord', href: '/ontology/organization/accord', showAs: 'Accord' })
    .up();
  for (const p of parties) {
    refs
      .ele('TLCOrganization', {
        eId: orgId(p.code),
        href: `/ontology/organization/${p.code.toLowerCase()}`,
        showAs: xmlText(p.name),
      })
      .up();
  }
  const notes = meta.ele('proprietary', { source: '#accord' });
  notes.ele(ACCORD_NAMESPACE, 'accord:tlp').txt(c.marking.tlp.label).up();
  notes.ele(ACCORD_NAMESPACE, 'accord:fingerprint', { algorithm: 'sha256' }).txt(c.fingerprint).up();
  if (c.marking.draft) notes.ele(ACCORD_NAMESPACE, 'accord:draft').txt(c.pageHeader).up();
  if (c.marking.findings) notes.ele(ACCORD_NAMESPACE, 'accord:findings').txt(c.marking.findings).up();

  const preface = statement.ele('preface');
  preface.ele('p', { class: 'title' }).ele('docTitle').txt(xmlText(c.header.title));
  preface.ele('p', { class: 'issuedBy' }).txt(xmlText(c.header.issuedBy));
  preface.ele('p', { class: 'placeAndDate' }).txt(xmlText(c.header.placeAndDate));

  const body = statement.ele('mainBody');
  for (const p of c.paragraphs) {
    const para = body.ele('paragraph', { eId: `para_${p.number}` });
    para.ele('num').txt(`${p.number}.`);
    const text = p.runs.map((r) => r.text).join('');
    para.ele('content').ele('p').txt(xmlText(text));
  }

  const conclusions = statement.ele('conclusions');
  conclusions.ele('p').txt(xmlText(c.signatories.closing));
  for (const s of parties) {
    conclusions
      .ele('p', { class: 'signature' })
      .ele('signature')
      .ele('party', { refersTo: `#${orgId(s.code)}` })
      .txt(xmlText(s.line));
  }
  // The record's annex, set apart as an attachment of its own (CQ20); never in the public text.
  if (c.annex) {
    const annex = c.annex;
    const doc = statement
      .ele('attachments')
      .ele('attachment', { eId: 'att_1' })
      .ele('doc', { name: 'recordOfApproval' });
    const annexWork = `${work}/!annex_1`;
    const am = doc.ele('meta').ele('identification', { source: '#accord' });
    const aw = am.ele('FRBRWork');
    frbr(aw, annexWork, work);
    aw.ele('FRBRdate', { date, name: 'adoption' }).up();
    aw.ele('FRBRauthor', { href: '#accord' }).up();
    aw.ele('FRBRcountry', { value: 'int' }).up();
    const ae = am.ele('FRBRExpression');
    frbr(ae, `${expression}/!annex_1`, expression);
    ae.ele('FRBRdate', { date, name: 'adoption' }).up();
    ae.ele('FRBRauthor', { href: '#accord' }).up();
    ae.ele('FRBRlanguage', { language: 'eng' }).up();
    const amf = am.ele('FRBRManifestation');
    frbr(amf, `${expression}/!annex_1.xml`, `${expression}/!annex_1.xml`);
    amf.ele('FRBRdate', { date, name: 'generation' }).up();
    amf.ele('FRBRauthor', { href: '#accord' }).up();
    const ap = doc.ele('preface');
    ap.ele('p', { class: 'title' }).ele('docTitle').txt(`Annex: ${annex.heading}`);
    ap.ele('p').txt(xmlText(annex.intro));
    for (const line of [annex.adoptionLine, annex.chainHeadLine]) if (line) ap.ele('p').txt(xmlText(line));
    const ab = doc.ele('mainBody');
    for (const entry of annex.entries) {
      const para = ab.ele('paragraph', { eId: `att_1__para_${entry.number}` });
      para.ele('num').txt(`${entry.number}.`);
      const content = para.ele('content');
      content.ele('p').txt(`Clause hash (SHA-256): ${entry.hash}`);
      const table = content.ele('table');
      const head = table.ele('tr');
      for (const h of ['Party', 'State', 'By', 'At', 'Note']) head.ele('th').ele('p').txt(h);
      for (const a of entry.approvals) {
        const row = table.ele('tr');
        for (const cell of [
          `${a.partyName} (${a.party})`,
          a.stale ? `${a.state} (stale)` : a.state,
          a.by || '—',
          a.at || '—',
          a.note || '—',
        ]) {
          row.ele('td').ele('p').txt(xmlText(cell));
        }
      }
    }
    doc.ele('conclusions').ele('p').txt(annex.fingerprintLine);
  }
  return root.end({ prettyPrint: true });
}
