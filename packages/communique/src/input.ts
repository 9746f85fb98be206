import { z } from 'zod';

export const TLP_LEVELS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'] as const;

export const tlpSchema = z.enum(TLP_LEVELS);

export const communiquePartySchema = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
});

export const communiqueApprovalSchema = z.object({
  party: z.string().min(1),
  state: z.enum(['approved', 'objection', 'reserve', 'pending']),
  stale: z.boolean(),
  by: z.string().optional(),
  at: z.string().optional(),
  note: z.string().optional(),
});

export const communiqueBracketSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    delegation: z.string(),
  })
  .refine((b) => b.end > b.start, { message: 'bracket end must be after its start' });

export const communiqueClauseSchema = z
  .object({
    id: z.string().min(1),
    index: z.number().int(),
    text: z.string(),
    hash: z.string().regex(/^[0-9a-f]{64}$/, 'clause hash must be 64 lowercase hex digits'),
    brackets: z.array(communiqueBracketSchema),
    approvals: z.array(communiqueApprovalSchema),
    /** Compilation text (CQ23): the open amendments under the clause, e.g. "[FR: replace '…' with '…']". */
    amendments: z.array(z.string().max(25_000)).max(200).optional(),
  })
  .refine((c) => c.brackets.every((b) => b.end <= c.text.length), {
    message: 'bracket offsets must lie inside the clause text',
    path: ['brackets'],
  });

export const communiqueInputSchema = z.object({
  mode: z.enum(['draft', 'final']),
  title: z.string().min(1),
  parties: z.array(communiquePartySchema).min(1),
  place: z.string(),
  date: z.iso.date(),
  generatedAt: z.iso.datetime({ offset: true }),
  tlp: tlpSchema,
  clauses: z.array(communiqueClauseSchema),
  /** The communiqué as published: no annex, no notes, no negotiators' names (CQ18). */
  public: z.boolean().optional(),
  /** Unresolved lint errors; a draft with any says so on every page (CQ19). */
  findings: z.number().int().nonnegative().optional(),
  /** Head hash of the document's audit chain, printed in the record's annex (CQ20). */
  chainHead: z.string().max(200).optional(),
  /** How the text was adopted, printed in the annex: e.g. "adopted under silence procedure". */
  adoption: z.string().max(500).optional(),
});

export type Tlp = z.infer<typeof tlpSchema>;
export type CommuniqueParty = z.infer<typeof communiquePartySchema>;
export type CommuniqueApproval = z.infer<typeof communiqueApprovalSchema>;
/** UTF-16 offsets into `text`, covering "[…]" including the bracket characters already present in the text. */
export type CommuniqueBracket = z.infer<typeof communiqueBracketSchema>;
export type CommuniqueClauseInput = z.infer<typeof communiqueClauseSchema>;
export type CommuniqueInput = z.infer<typeof communiqueInputSchema>;
