import {
  blockerViewSchema,
  clauseApprovalsViewSchema,
  type DocStateEvent,
  docStateEventSchema,
  suppressionViewSchema,
} from '@accord/protocol';
import { z } from 'zod';

/** What parsing one pushed state gives: the validated state, or the first problem found. */
export type DocStateParseResult =
  | { success: true; data: DocStateEvent }
  | { success: false; message: string };

/** The long lists of a state: validated item by item, each item once while its JSON stays the same. */
const LISTS = ['clauses', 'blockers', 'suppressions'] as const;
type ListName = (typeof LISTS)[number];

/** The state without its long lists (they are checked as arrays here, their items below). */
const shellSchema = docStateEventSchema.extend({
  clauses: z.array(z.unknown()),
  blockers: z.array(z.unknown()),
  suppressions: z.array(z.unknown()),
});

const itemSchemas: { [K in ListName]: z.ZodType<DocStateEvent[K][number]> } = {
  clauses: clauseApprovalsViewSchema,
  blockers: blockerViewSchema,
  suppressions: suppressionViewSchema,
};

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

/** Where a top-level array of the JSON text sits, and where each of its items does. */
interface ListSpan {
  start: number;
  end: number;
  items: [number, number][];
}

/**
 * Finds, in a JSON object's text, the top-level arrays named in LISTS and the text span of each of
 * their items, in one pass over the characters (no parse). Returns null where the text is not a
 * JSON object as expected; the caller then parses the whole text instead.
 */
function findLists(text: string): Map<string, ListSpan> | null {
  const found = new Map<string, ListSpan>();
  let depth = 0;
  let key: string | null = null;
  let lastString = '';
  let list: ListSpan | null = null;
  let itemStart = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === QUOTE) {
      const from = i;
      // Most of the text is inside strings (clause texts): find their end with indexOf, not per character.
      for (;;) {
        i = text.indexOf('"', i + 1);
        if (i < 0) return null;
        let slashes = 0;
        while (text.charCodeAt(i - 1 - slashes) === BACKSLASH) slashes++;
        if (slashes % 2 === 0) break;
      }
      if (depth === 1) lastString = text.slice(from + 1, i);
      if (list && depth === 2 && itemStart < 0) itemStart = from;
      continue;
    }
    if (ch === OPEN_BRACE || ch === OPEN_BRACKET) {
      if (list && depth === 2 && itemStart < 0) itemStart = i;
      if (depth === 1 && ch === OPEN_BRACKET && key !== null && (LISTS as readonly string[]).includes(key)) {
        list = { start: i, end: -1, items: [] };
        found.set(key, list);
      }
      depth++;
      continue;
    }
    if (ch === CLOSE_BRACE || ch === CLOSE_BRACKET) {
      depth--;
      if (depth < 0) return null;
      if (list && depth === 1) {
        if (itemStart >= 0) list.items.push([itemStart, i]);
        else if (list.items.length > 0) return null; // a trailing comma: not JSON
        list.end = i + 1;
        list = null;
        itemStart = -1;
      }
      continue;
    }
    if (depth === 1 && ch === COLON) {
      key = lastString;
      continue;
    }
    if (depth === 1 && ch === COMMA) {
      key = null;
      continue;
    }
    if (list && depth === 2) {
      if (ch === COMMA) {
        if (itemStart < 0) return null;
        list.items.push([itemStart, i]);
        itemStart = -1;
      } else if (itemStart < 0 && ch > 32) itemStart = i;
    }
  }
  return depth === 0 ? found : null;
}

/**
 * What the delta parser gives for one push: the validated state in which an item of a long list is
 * `null` where it is the item parsed at the same place of the previous push (its JSON text is the
 * same), or the first problem found. Small to send between threads: a push that changed one clause
 * of 300 carries one clause (#18).
 */
export type DocStateDelta =
  | { success: true; data: DocStateDeltaData; reused: boolean }
  | { success: false; message: string };

/** A state whose long lists may hold `null`: "the item at this place of the previous state". */
export type DocStateDeltaData = Omit<DocStateEvent, ListName> & {
  [K in ListName]: (DocStateEvent[K][number] | null)[];
};

/**
 * The validating half of the live state parser (#18), the part that can run off the page's main
 * thread (live-stream.worker.ts, through live-stream-core.ts). Every push is validated against the protocol's `docStateEventSchema`
 * (the contract), but a clause, blocker or suppression whose JSON text is the same as at the same
 * place of the previous push is neither parsed nor validated again: it comes out as `null`, meaning
 * "the previous one" (applyDocStateDelta puts the previous object back). A push refused is
 * forgotten: the next one is compared with the last push accepted, as the applier's objects are.
 */
export function createDocStateDeltaParser(): (data: string) => DocStateDelta {
  let previous = new Map<ListName, string[]>();

  const parseList = (
    name: ListName,
    data: string,
    span: ListSpan,
  ): { ok: true; texts: string[]; items: unknown[] } | { ok: false; message: string } => {
    const prev = previous.get(name);
    const texts: string[] = new Array(span.items.length);
    const items: unknown[] = new Array(span.items.length);
    for (let i = 0; i < span.items.length; i++) {
      const [from, to] = span.items[i] as [number, number];
      const text = data.slice(from, to).trimEnd();
      texts[i] = text;
      if (prev && i < prev.length && prev[i] === text) {
        items[i] = null;
        continue;
      }
      const parsed = itemSchemas[name].safeParse(JSON.parse(text));
      if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'invalid' };
      items[i] = parsed.data;
    }
    return { ok: true, texts, items };
  };

  const parseWhole = (data: string): DocStateDelta => {
    const parsed = docStateEventSchema.safeParse(JSON.parse(data));
    if (!parsed.success) return { success: false, message: parsed.error.issues[0]?.message ?? 'invalid' };
    previous = new Map();
    return { success: true, data: parsed.data as DocStateDeltaData, reused: false };
  };

  return (data) => {
    try {
      const lists = findLists(data);
      if (!lists || lists.size !== LISTS.length) return parseWhole(data);
      // The state with each long list cut to `[]`: what is left is parsed and validated whole.
      const spans = [...lists.values()].sort((a, b) => a.start - b.start);
      let shellText = '';
      let at = 0;
      for (const span of spans) {
        shellText += `${data.slice(at, span.start)}[]`;
        at = span.end;
      }
      shellText += data.slice(at);
      const shell = shellSchema.safeParse(JSON.parse(shellText));
      if (!shell.success) return { success: false, message: shell.error.issues[0]?.message ?? 'invalid' };
      const out: Record<string, unknown> = { ...shell.data };
      const next = new Map<ListName, string[]>();
      for (const name of LISTS) {
        const result = parseList(name, data, lists.get(name) as ListSpan);
        if (!result.ok) return { success: false, message: result.message };
        out[name] = result.items;
        next.set(name, result.texts);
      }
      previous = next;
      return { success: true, data: out as DocStateDeltaData, reused: true };
    } catch (err) {
      return { success: false, message: err instanceof Error ? err.message : 'invalid JSON' };
    }
  };
}

/**
 * The other half (#18), on the page: puts back, for every `null` item of a delta, the object of the
 * previous state accepted at that place, so memoised views see the same objects for what did not
 * change. Fed every delta of one delta parser, in order.
 */
export function createDocStateDeltaApplier(): (delta: DocStateDelta) => DocStateParseResult {
  let previous: DocStateEvent | null = null;
  return (delta) => {
    if (!delta.success) return delta;
    const data: Record<string, unknown> = { ...delta.data };
    for (const name of LISTS) {
      const before: readonly unknown[] = previous?.[name] ?? [];
      const items = delta.data[name] as readonly unknown[];
      data[name] = items.map((item, i) => {
        if (item !== null) return item;
        if (!delta.reused || i >= before.length) throw new Error(`live state: no previous ${name} item ${i}`);
        return before[i];
      });
    }
    previous = data as DocStateEvent;
    return { success: true, data: previous };
  };
}
