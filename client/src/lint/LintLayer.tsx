import { delegationInfo } from '@accord/protocol';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection } from 'lexical';
import { useEffect, useMemo, useRef, useState } from 'react';
import { CATEGORY_ORDER, CATEGORY_STYLES, highlightName } from './categories';
import type { MappedClause } from './clause-text-map';
import { rangesForFinding, rectsContain } from './lint-ranges';
import { type LocatedFinding, policyLabel } from './visible-findings';

interface Props {
  clauses: MappedClause[];
  findings: LocatedFinding[];
  canEdit: boolean;
  onApply(finding: LocatedFinding): void;
}

interface Entry {
  finding: LocatedFinding;
  clause: MappedClause;
  ranges: Range[];
}

interface Shown {
  finding: LocatedFinding;
  rect: DOMRect;
  via: 'hover' | 'caret';
}

const NONE_LOCATED: { finding: LocatedFinding; clause: MappedClause }[] = [];

const supportsHighlights = typeof CSS !== 'undefined' && 'highlights' in CSS;

/**
 * Underlines findings with CSS custom highlights (local view state: nothing is written into the shared
 * document) and shows a card for the finding under the mouse or the caret.
 */
export function LintLayer({ clauses, findings, canEdit, onApply }: Props) {
  const [editor] = useLexicalComposerContext();
  const [shown, setShown] = useState<Shown | null>(null);
  const cardRef = useRef<HTMLDivElement>(null);
  const hideTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const located = useMemo(() => {
    // None to draw (#18): the same empty list, so typing re-runs none of the effects below.
    if (findings.length === 0) return NONE_LOCATED;
    const wanted = new Set(findings.map((f) => f.clauseId));
    const byId = new Map<string, MappedClause>();
    for (const c of clauses) if (wanted.has(c.id)) byId.set(c.id, c);
    return findings.flatMap((finding) => {
      const clause = byId.get(finding.clauseId);
      return clause ? [{ finding, clause }] : [];
    });
  }, [clauses, findings]);

  // Ranges point at live DOM text nodes. They are rebuilt incrementally (#18): when the findings
  // change, only those whose finding or clause changed; after an editor update, only those in the
  // clauses Lexical re-rendered. The highlights (registered once, not per keystroke: re-registering
  // them repaints every highlighted text) take and drop just those ranges.
  const rangesRef = useRef<{ finding: LocatedFinding; ranges: Range[] }[]>([]);
  const entriesRef = useRef(new Map<string, Entry>());
  const highlightsRef = useRef(new Map<string, Highlight>());
  useEffect(() => {
    const highlights = highlightsRef.current;
    const entries = entriesRef.current;
    if (supportsHighlights)
      for (const category of CATEGORY_ORDER) {
        const highlight = new Highlight();
        highlights.set(category, highlight);
        CSS.highlights.set(highlightName(category), highlight);
      }
    return () => {
      if (supportsHighlights)
        for (const category of CATEGORY_ORDER) CSS.highlights.delete(highlightName(category));
      highlights.clear();
      entries.clear();
      rangesRef.current = [];
    };
  }, []);
  useEffect(() => {
    const highlights = highlightsRef.current;
    const entries = entriesRef.current;
    const drop = (entry: Entry) => {
      const highlight = highlights.get(entry.finding.category);
      for (const range of entry.ranges) highlight?.delete(range);
    };
    const build = (finding: LocatedFinding, clause: MappedClause): Entry => {
      const entry = { finding, clause, ranges: rangesForFinding(editor, clause, finding) };
      const highlight = highlights.get(finding.category);
      for (const range of entry.ranges) highlight?.add(range);
      return entry;
    };
    const publish = () => {
      rangesRef.current = [...entries.values()];
    };
    let touched = false;
    const wanted = new Set<string>();
    for (const { finding, clause } of located) {
      wanted.add(finding.id);
      const old = entries.get(finding.id);
      if (old && old.finding === finding && old.clause === clause) continue;
      if (old) drop(old);
      entries.set(finding.id, build(finding, clause));
      touched = true;
    }
    for (const [id, entry] of entries)
      if (!wanted.has(id)) {
        drop(entry);
        entries.delete(id);
        touched = true;
      }
    if (touched) publish();
    return editor.registerUpdateListener(({ dirtyElements }) => {
      if (dirtyElements.size === 0 || entries.size === 0) return;
      let rebuilt = false;
      for (const [id, entry] of entries) {
        if (!dirtyElements.has(entry.clause.key)) continue;
        drop(entry);
        entries.set(id, build(entry.finding, entry.clause));
        rebuilt = true;
      }
      if (rebuilt) publish();
    });
  }, [editor, located]);

  useEffect(() => {
    const root = editor.getRootElement();
    if (!root) return;
    const onMove = (event: MouseEvent) => {
      for (const { finding, ranges } of rangesRef.current) {
        const rect = rectsContain(ranges, event.clientX, event.clientY);
        if (rect) {
          clearTimeout(hideTimer.current);
          setShown((s) => (s?.finding.id === finding.id ? s : { finding, rect, via: 'hover' }));
          return;
        }
      }
      scheduleHide();
    };
    const scheduleHide = () => {
      clearTimeout(hideTimer.current);
      hideTimer.current = setTimeout(() => setShown((s) => (s?.via === 'hover' ? null : s)), 300);
    };
    root.addEventListener('mousemove', onMove);
    root.addEventListener('mouseleave', scheduleHide);
    return () => {
      root.removeEventListener('mousemove', onMove);
      root.removeEventListener('mouseleave', scheduleHide);
    };
  }, [editor]);

  // Keyboard users get the same card when the caret rests inside a finding.
  useEffect(() => {
    return editor.registerUpdateListener(({ editorState }) => {
      const caret = editorState.read(() => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
        return { key: selection.anchor.key, offset: selection.anchor.offset };
      });
      if (!caret) return;
      const hit = located.find(({ finding, clause }) =>
        clause.segments.some(
          (s) =>
            s.key === caret.key &&
            s.start + caret.offset > finding.start &&
            s.start + caret.offset < finding.end,
        ),
      );
      const ranges = hit ? rangesRef.current.find((r) => r.finding.id === hit.finding.id)?.ranges : undefined;
      const rect = ranges?.[0]?.getBoundingClientRect();
      if (hit && rect) setShown({ finding: hit.finding, rect, via: 'caret' });
      else setShown((s) => (s?.via === 'caret' ? null : s));
    });
  }, [editor, located]);

  useEffect(() => {
    if (shown && !findings.some((f) => f.id === shown.finding.id)) setShown(null);
  }, [findings, shown]);

  // The card is placed in viewport coordinates: once the page scrolls it would point at other text.
  useEffect(() => {
    if (!shown) return;
    const close = () => setShown(null);
    window.addEventListener('scroll', close, { once: true, passive: true });
    return () => window.removeEventListener('scroll', close);
  }, [shown]);

  if (!shown) return null;
  const { finding, rect } = shown;
  const style = CATEGORY_STYLES[finding.category];
  return (
    <div
      ref={cardRef}
      className="finding-card"
      role="dialog"
      aria-label={`${style.label} finding`}
      data-testid="finding-card"
      style={{ top: rect.bottom + 6, left: Math.max(8, Math.min(rect.left, window.innerWidth - 380)) }}
      onMouseEnter={() => clearTimeout(hideTimer.current)}
      onMouseLeave={() => setShown(null)}
    >
      <div className="finding-card-head">
        <span className="category-badge" style={{ borderColor: style.colour, color: style.colour }}>
          {style.label}
        </span>
        <span className={`severity severity-${finding.severity}`}>{finding.severity}</span>
      </div>
      <p className="finding-message">{finding.message}</p>
      <p className="finding-policy">
        Policy: <strong>{policyLabel(finding.policy, (c) => delegationInfo(c).name)}</strong>
      </p>
      {finding.suggestion !== undefined && canEdit && (
        <button type="button" className="btn btn-primary btn-small" onClick={() => onApply(finding)}>
          Rewrite as “{finding.suggestion}”
        </button>
      )}
    </div>
  );
}
