import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import {
  buildClientIfStale,
  type Claims,
  launchBrowser,
  openEditor,
  type Person,
  type RunningAccord,
  startAccord,
} from './harness';

/** What a browser test file shares: one Accord server, one Chromium, and the people it opened. */
export interface BrowserSuite {
  readonly accord: RunningAccord;
  readonly browser: Browser;
  /** Every person opened by the file; their contexts are closed after its last test. */
  readonly people: Person[];
  /** Opens the document's editor as `claims` and registers the person, so it is closed after the file. */
  open(docId: string, claims: Claims): Promise<Person>;
}

/**
 * Starts a server and a browser before the file's first test (building the client if stale) and
 * closes every person's context, the browser and the server after its last one.
 */
export function browserSuite(): BrowserSuite {
  let accord: RunningAccord | undefined;
  let browser: Browser | undefined;
  const people: Person[] = [];
  beforeAll(async () => {
    buildClientIfStale();
    accord = await startAccord();
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    for (const p of people) await p.context.close();
    await browser?.close();
    await accord?.stop();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the ${what} is not started yet (use it inside a test)`);
    return value;
  };
  return {
    get accord() {
      return started(accord, 'Accord server');
    },
    get browser() {
      return started(browser, 'browser');
    },
    people,
    async open(docId, claims) {
      const person = await openEditor(
        started(browser, 'browser'),
        started(accord, 'Accord server'),
        docId,
        started(accord, 'Accord server').token(claims),
      );
      people.push(person);
      return person;
    },
  };
}
