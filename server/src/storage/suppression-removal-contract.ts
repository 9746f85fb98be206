import { type AuditInput, verifyChain } from '@accord/approvals';
import { suppressionId } from '@accord/linter';
import type { SuppressionView } from '@accord/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { AccordError } from '../errors';
import { contractMeta, freshId } from './contract-support';
import type { DocumentMeta } from './storage';
import type { StorageUnderTest } from './storage-contract';

const actor = { sub: 'u-fr-1', name: 'Camille Martin', delegation: 'FR' };
const created: AuditInput = { kind: 'document-created', actor };
const metaFor = (id: string): DocumentMeta => contractMeta(id, { createdBy: actor.sub });
const suppression = (ruleId: string): SuppressionView => ({
  ruleId,
  clauseId: 'c1',
  clauseHash: 'b'.repeat(64),
  start: 3,
  end: 9,
  policy: 'FR',
  reason: 'agreed wording',
  by: `${actor.name} (FR)`,
  at: '2025-03-01T10:01:00.000Z',
});
const removal = (s: SuppressionView, note?: string): AuditInput => ({
  kind: 'suppression-removed',
  actor,
  clauseId: s.clauseId,
  hash: s.clauseHash,
  ...(note ? { note } : {}),
  data: { suppressionId: suppressionId(s), ruleId: s.ruleId },
});

/**
 * SG17 (#19 un-suppress): `commitChange` with `removeSuppression: id` removes the suppression whose
 * derived id (@accord/linter `suppressionId`) it is, with its `suppression-removed` entry in the
 * same transaction; an id the document does not hold is refused with not_found, keeping nothing.
 */
export function describeSuppressionRemovalContract(
  name: string,
  open: () => Promise<StorageUnderTest>,
): void {
  describe(`Storage suppression removal contract: ${name}`, () => {
    let under: StorageUnderTest;
    const storage = () => under.storage;
    beforeAll(async () => {
      under = await open();
    });
    afterAll(async () => {
      await under?.cleanup();
    });

    async function documentWith(rules: string[]): Promise<string> {
      const id = freshId('unsuppress');
      await storage().createDocument(metaFor(id), Y.encodeStateAsUpdate(new Y.Doc()), created);
      for (const rule of rules) {
        await storage().commitChange(id, {
          audit: { kind: 'suppression', actor, clauseId: 'c1', data: { ruleId: rule } },
          at: '2025-03-01T10:01:00.000Z',
          suppression: suppression(rule),
        });
      }
      return id;
    }

    it('SG17: removing a suppression by its id keeps the others and records who removed it and why', async () => {
      const id = await documentWith(['L1', 'L2', 'L3']);
      const target = suppression('L2');
      const entry = await storage().commitChange(id, {
        audit: removal(target, 'the wording changed in capitals'),
        at: '2025-03-01T10:02:00.000Z',
        removeSuppression: suppressionId(target),
      });
      expect(entry.kind).toBe('suppression-removed');
      expect(await storage().suppressions(id)).toEqual([suppression('L1'), suppression('L3')]);
      const log = await storage().audit(id);
      expect(log.at(-1)).toMatchObject({
        kind: 'suppression-removed',
        actor,
        note: 'the wording changed in capitals',
        data: { suppressionId: suppressionId(target) },
      });
      expect(verifyChain(log).ok).toBe(true);
    });

    it('SG17: an id the document does not hold is refused with not_found and nothing is kept', async () => {
      const id = await documentWith(['L1']);
      const before = await storage().audit(id);
      const other = suppression('NOT-SUPPRESSED');
      const refused = await storage()
        .commitChange(id, {
          audit: removal(other),
          at: '2025-03-01T10:02:00.000Z',
          removeSuppression: suppressionId(other),
        })
        .then(
          () => undefined,
          (err: unknown) => err,
        );
      expect(refused).toBeInstanceOf(AccordError);
      expect((refused as AccordError).code).toBe('not_found');
      expect(await storage().audit(id)).toEqual(before);
      expect(await storage().suppressions(id)).toEqual([suppression('L1')]);
    });

    it('SG17: a suppression removed once cannot be removed again', async () => {
      const id = await documentWith(['L1']);
      const change = {
        audit: removal(suppression('L1')),
        at: '2025-03-01T10:02:00.000Z',
        removeSuppression: suppressionId(suppression('L1')),
      };
      await storage().commitChange(id, change);
      await expect(storage().commitChange(id, change)).rejects.toThrow(/no suppression/);
      expect(await storage().suppressions(id)).toEqual([]);
      expect((await storage().audit(id)).filter((e) => e.kind === 'suppression-removed')).toHaveLength(1);
    });
  });
}
