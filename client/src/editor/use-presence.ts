import { delegationInfo } from '@accord/protocol';
import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { z } from 'zod';

export interface Person {
  clientId: number;
  name: string;
  delegation: string;
  colour: string;
  role: string;
  isMe: boolean;
  /** Whether their caret is in the editor. */
  focusing: boolean;
}

// Awareness states come from other people's browsers: read them as untrusted input. Lexical's binding
// owns the top-level fields (name, color, cursor positions); our user record rides in awarenessData.
const awarenessSchema = z.object({
  focusing: z.boolean().optional(),
  awarenessData: z
    .object({
      user: z.object({
        name: z.string(),
        delegation: z.string(),
        colour: z.string(),
        role: z.string().optional(),
      }),
    })
    .optional(),
});

/** Everyone whose browser has this document open, from the awareness protocol. */
export function usePresence(provider: WebsocketProvider | null): Person[] {
  const [people, setPeople] = useState<Person[]>([]);
  useEffect(() => {
    if (!provider) return;
    const { awareness } = provider;
    const read = () => {
      const list: Person[] = [];
      for (const [clientId, raw] of awareness.getStates()) {
        const parsed = awarenessSchema.safeParse(raw);
        if (!parsed.success || !parsed.data.awarenessData) continue;
        const { awarenessData, focusing } = parsed.data;
        const { user } = awarenessData;
        list.push({
          clientId,
          name: user.name,
          delegation: user.delegation,
          colour: delegationInfo(user.delegation).colour,
          role: user.role ?? 'drafter',
          isMe: clientId === awareness.clientID,
          focusing: focusing ?? false,
        });
      }
      list.sort((a, b) => Number(b.isMe) - Number(a.isMe) || a.delegation.localeCompare(b.delegation));
      // A moved caret changes the awareness state on every keystroke, ours and theirs, but not who is
      // here: keep the list (and spare the workspace a render) unless someone came, went or changed (#18).
      setPeople((prev) => (samePeople(prev, list) ? prev : list));
    };
    read();
    awareness.on('change', read);
    return () => awareness.off('change', read);
  }, [provider]);
  return people;
}

const samePerson = (a: Person, b: Person) =>
  a.clientId === b.clientId &&
  a.name === b.name &&
  a.delegation === b.delegation &&
  a.colour === b.colour &&
  a.role === b.role &&
  a.isMe === b.isMe &&
  a.focusing === b.focusing;

export function samePeople(a: readonly Person[], b: readonly Person[]): boolean {
  return a.length === b.length && a.every((p, i) => samePerson(p, b[i]!));
}
