import { type DocStateEvent, delegationInfo, type SessionEndedEvent } from '@accord/protocol';
import { clauseHash, registerStatement, STATEMENT_NODES } from '@accord/statement';
import { LexicalCollaboration } from '@lexical/react/LexicalCollaborationContext';
import { type InitialConfigType, LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { memo, startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { isFrozenView, statusLabel } from '../adoption/lifecycle-view';
import { ApiClient, ApiError } from '../api/api-client';
import { type LiveChannelStatus, type ReconnectOptions, subscribeDocEvents } from '../api/doc-events';
import { type DocMeta, docMetaSchema } from '../api/schemas';
import { earlyMetaNow, earlySocketConstructor, takeEarlyMeta } from '../app/early-load';
import { useAfterText } from '../app/use-after-text';
import { type ApprovalChoice, ApprovalGutter } from '../approvals/ApprovalGutter';
import { useDecisionShortcuts } from '../approvals/decision-shortcuts';
import type { DecisionRequest } from '../approvals/roving-focus';
import { useClauseTops } from '../approvals/use-clause-tops';
import { useClauseNumbers } from '../editor/clause-numbers';
import { useCursorLabelMoments } from '../editor/cursor-label-moments';
import { useCursorLabels } from '../editor/cursor-labels';
import { syncCursorPositionsPerFrame } from '../editor/cursor-sync-per-frame';
import { createProviderFactory } from '../editor/doc-provider';
import { FindBox } from '../editor/FindBox';
import { liveChannelUpdates } from '../editor/live-channel-updates';
import { replaceSpan, revealSpan } from '../editor/select-span';
import { decisionsKey } from '../editor/share-doc-state';
import { readClauseNow, useStatementOutline } from '../editor/statement-mirror';
import '../editor/editor-layout.css';
import { BulkApprove } from '../approvals/BulkApprove';
import { agreementLine } from '../editor/EditorHelp';
import { LiveBulkApprove } from '../editor/LiveBulkApprove';
import {
  LiveNegotiationPanel,
  LiveStaleReview,
  LiveTexts,
  NO_TEXTS_VIEW,
  type TextsView,
} from '../editor/live-texts';
import { MemoLintPanel, MemoStatusBoard, MemoSuppressionsPanel } from '../editor/memo-workspace-panels';
import {
  MemoAdoptionBar,
  MemoBracketTools,
  MemoCollaborationPlugin,
  MemoConnectionPill,
  MemoEditorHelp,
  MemoNotificationFeed,
  MemoPresenceBar,
  MemoRichTextPlugin,
  MemoUserBadge,
  MemoWithdrawGuard,
} from '../editor/memo-workspace-parts';
import { EDITOR_THEME } from '../editor/theme';
import { useConnection } from '../editor/use-connection';
import { useBoardState, useDecidedState } from '../editor/use-decided-state';
import { usePresence } from '../editor/use-presence';
import { HistoryApi } from '../history/history-api';
import { currentIntegrity, IntegrityBanner } from '../integrity/IntegrityBanner';
import type { MappedClause } from '../lint/clause-text-map';
import { fittedSuggestion, type LocatedFinding } from '../lint/visible-findings';
import { SessionEndedDialog, useSessionEnded } from '../membership/SessionEnded';
import { NegotiationApi } from '../negotiation/negotiation-api';
import { openNegotiationTab } from '../negotiation/open-tab';
import { selectedSpan } from '../negotiation/selection';
import { useNegotiation } from '../negotiation/use-negotiation';
import type { Session } from '../session/token-store';
import { friendlyError } from '../ui/friendly-error';
import { Icon } from '../ui/Icon';
import { Tabs } from '../ui/Tabs';
import {
  LazyExportMenu,
  MemoAuditTimeline,
  MemoChangedSinceMine,
  MemoDocumentSettingsPanel,
  MemoMembersPanel,
  MemoVersionsPanel,
} from './memo-panels';

interface Props {
  docId: string;
  session: Session;
  onSignOut(): void;
}

/** The editor of one document: live text, presence, approvals, status board, linter and export. */
export function EditorPage({ docId, session, onSignOut }: Props) {
  const api = useMemo(() => new ApiClient(session.token), [session.token]);
  // Already in when the page's first script asked early (#18): the editor renders at once.
  const [meta, setMeta] = useState<DocMeta | null>(() => {
    const parsed = docMetaSchema.safeParse(earlyMetaNow(docId, session.token));
    return parsed.success ? parsed.data : null;
  });
  const [loadError, setLoadError] = useState<string | null>(null);
  const metaAtMount = useRef(meta !== null);

  useEffect(() => {
    if (metaAtMount.current) return;
    let cancelled = false;
    // The page's first script may have asked already (#18): its answer, read as getDoc reads it; a
    // refusal or a failed request is asked again here, so its message is the one below.
    const early = takeEarlyMeta(docId, session.token);
    const load = early
      ? early.then((m) => (m === null ? api.getDoc(docId) : docMetaSchema.parse(m)))
      : api.getDoc(docId);
    load.then(
      (m) => {
        if (!cancelled) setMeta(m);
      },
      (err: unknown) => {
        if (cancelled) return;
        const status = err instanceof ApiError ? err.status : 0;
        setLoadError(
          status === 403
            ? 'Your delegation is not a party to this document.'
            : status === 404
              ? 'There is no such document.'
              : status === 401
                ? 'Your session has expired: open your invite link again.'
                : `The document could not be loaded. ${friendlyError(err)}`,
        );
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api, docId, session.token]);

  const canEdit = session.claims.role !== 'observer';
  const initialConfig = useMemo<InitialConfigType>(
    () => ({
      namespace: 'accord-statement',
      nodes: STATEMENT_NODES,
      theme: EDITOR_THEME,
      // The server seeds and owns the document: the editor starts empty and fills from Yjs.
      editorState: null,
      editable: canEdit,
      onError: (error: Error) => {
        throw error;
      },
    }),
    [canEdit],
  );

  if (loadError) {
    return (
      <div className="page-message">
        <h1>Accord</h1>
        <p role="alert">{loadError}</p>
        <p>
          <a href="/">Back to your documents</a>
        </p>
      </div>
    );
  }
  if (!meta) return <p className="page-message">Loading…</p>;

  return (
    <LexicalCollaboration>
      <LexicalComposer initialConfig={initialConfig}>
        <Workspace meta={meta} session={session} api={api} canEdit={canEdit} onSignOut={onSignOut} />
      </LexicalComposer>
    </LexicalCollaboration>
  );
}

const StatementPlugin = memo(function StatementPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerStatement(editor), [editor]);
  return null;
});

function approvalErrorMessage(err: unknown): string {
  if (err instanceof ApiError) {
    if (err.code === 'stale_hash')
      return 'The clause changed before your decision arrived: review the current text.';
    if (err.code === 'clause_bracketed') return 'Resolve the bracketed text before approving this clause.';
    return friendlyError(err);
  }
  return friendlyError(err);
}

function Workspace({
  meta,
  session,
  api,
  canEdit,
  onSignOut,
}: {
  meta: DocMeta;
  session: Session;
  api: ApiClient;
  canEdit: boolean;
  onSignOut(): void;
}) {
  const [editor] = useLexicalComposerContext();
  const { claims, token } = session;
  const me = delegationInfo(claims.delegation);

  const [provider, setProvider] = useState<WebsocketProvider | null>(null);
  const providerFactory = useMemo(
    () =>
      createProviderFactory(token, (p) => {
        // The sync socket the page's first script opened is the provider's first (#18).
        p._WS = earlySocketConstructor(meta.id, token);
        setProvider(p);
      }),
    [token, meta.id],
  );
  const connection = useConnection(provider);
  // The side panels wait for the text (#18): until the first sync is in they neither load, fetch nor render.
  const panelsDue = useAfterText(connection.kind === 'online');
  // Stable identity: the collaboration hook reconnects whenever its awareness data changes.
  const awarenessData = useMemo(
    () => ({
      user: { name: claims.name, delegation: claims.delegation, colour: me.colour, role: claims.role },
    }),
    [claims.name, claims.delegation, claims.role, me.colour],
  );
  const people = usePresence(provider);

  const [docState, setDocState] = useState<DocStateEvent | null>(null);
  const [live, setLive] = useState<LiveChannelStatus>('connecting');
  // The server may end this session (party removed, invite revoked, token expired): say so.
  const [streamEnded, setStreamEnded] = useState<SessionEndedEvent | null>(null);
  const ended = useSessionEnded(provider, streamEnded);
  // Comments, amendments and the notification feed (#16), kept current by the same live channel.
  const negotiationApi = useMemo(() => new NegotiationApi(token), [token]);
  // The same object while only texts change (#18): for the views that show decisions, not texts
  // (the negotiation feed reads ids, numbers and approvals only).
  const decided = useDecidedState(docState);
  const negotiation = useNegotiation(negotiationApi, meta.id, decided, claims.delegation, live === 'live');
  const onNegotiationEvent = useRef(negotiation.onEvent);
  onNegotiationEvent.current = negotiation.onEvent;
  const [negotiationClause, setNegotiationClause] = useState<string | null>(null);
  const reconnectEvents = useRef<(options?: ReconnectOptions) => void>(() => {});
  useEffect(() => {
    const subscription = subscribeDocEvents(meta.id, token, {
      // Unchanged parts keep their objects, so only what changed re-renders (#18), and a state that
      // shows nothing new (a keystroke's resent texts) keeps the previous one: no render at all. A
      // transition: a state that does render, renders between keystrokes, never ahead of the typed
      // character; "live" comes in the same transition as the state (never "Agreed" from before an outage).
      ...liveChannelUpdates({ setLive, setState: setDocState, transition: startTransition }),
      onError: (message) => console.warn('live channel:', message),
      onEnded: setStreamEnded,
      onEvent: (name, data) => onNegotiationEvent.current(name, data),
    });
    reconnectEvents.current = subscription.reconnectNow;
    return subscription;
  }, [meta.id, token]);
  // The approvals channel follows the editor's socket back at once, not after its own backoff (#18);
  // a stream that said nothing since the editor's socket was lost is read again too (it may be as dead).
  // Lost: online before, not now (the first load's connecting is no loss).
  const editorKind = useRef(connection.kind);
  const editorLostAt = useRef<number | undefined>(undefined);
  useEffect(() => {
    const was = editorKind.current;
    editorKind.current = connection.kind;
    if (was === 'online' && connection.kind !== 'online') editorLostAt.current = performance.now();
    if (connection.kind !== 'online') return;
    reconnectEvents.current({ quietSince: editorLostAt.current });
    editorLostAt.current = undefined;
  }, [connection.kind]);

  // `outline` changes only with the structure (#18): the workspace does not render per keystroke; the
  // texts are followed below it (LiveTexts: lint and underlines; the negotiation panel; stale review).
  const outline = useStatementOutline();
  // Changes with decisions, not with every keystroke's resent text: panels that refetch follow it.
  const decisions = useMemo(() => decisionsKey(docState), [docState]);
  const boardState = useBoardState(docState);
  useClauseNumbers(editor, outline);
  // On a phone the approvals are a drawer (#18).
  const [drawerOpen, setDrawerOpen] = useState(false);
  const parties = useMemo(() => docState?.parties ?? meta.parties, [docState?.parties, meta.parties]);
  const suppressions = useMemo(() => docState?.suppressions ?? [], [docState?.suppressions]);
  // The linter's state as LiveTexts reports it: a new object only when it changed (#18).
  const [textsView, setTextsView] = useState<TextsView>(NO_TEXTS_VIEW);
  const onTextsView = useCallback(
    (view: TextsView) =>
      setTextsView((prev) => (prev.lint === view.lint && prev.findings === view.findings ? prev : view)),
    [],
  );
  const { lint, findings } = textsView;

  const paneRef = useRef<HTMLDivElement>(null);
  const cursorsRef = useRef<HTMLDivElement>(null);
  useCursorLabels(cursorsRef);
  useCursorLabelMoments(cursorsRef);
  const tops = useClauseTops(editor, outline, paneRef);

  const [notice, setNotice] = useState('');
  // History (#15): "what changed since you decided", versions and the audit trail.
  const historyApi = useMemo(() => new HistoryApi(token), [token]);
  const [reviewing, setReviewing] = useState<string | null>(null);
  // Adoption and silence (#17): a frozen text is read-only for everyone.
  // Kept while status and silence stand, so what takes it skips the states resent per edit (#18).
  const liveStatus = docState?.status ?? meta.status;
  const liveSilence = docState ? (docState.silence ?? null) : (meta.silence ?? null);
  const silenceKey = JSON.stringify(liveSilence);
  // biome-ignore lint/correctness/useExhaustiveDependencies: silenceKey stands for liveSilence's value
  const lifecycle = useMemo(() => ({ status: liveStatus, silence: liveSilence }), [liveStatus, silenceKey]);
  const frozen = isFrozenView(lifecycle);
  useEffect(() => {
    editor.setEditable(canEdit && !ended && !frozen);
  }, [editor, canEdit, ended, frozen]);

  const onDecide = useCallback(
    async (clause: MappedClause, state: ApprovalChoice, note?: string) => {
      try {
        // The hash of the text this person sees: the server refuses it if the text has moved on.
        const shown = readClauseNow(editor, clause);
        await api.approve(meta.id, clause.id, {
          state,
          hash: clauseHash(shown.text),
          ...(note ? { note } : {}),
        });
        setNotice(`Clause ${clause.index}: ${state} recorded for ${claims.delegation}.`);
      } catch (err) {
        throw new Error(approvalErrorMessage(err));
      }
    },
    [api, meta.id, claims.delegation, editor],
  );
  // Alt+Shift+A / O / R decide on the clause at the caret (#18).
  const [decisionRequest, setDecisionRequest] = useState<DecisionRequest | null>(null);
  useDecisionShortcuts(editor, canEdit && !frozen, setDecisionRequest);

  const onApply = useCallback(
    (finding: LocatedFinding) => {
      if (finding.suggestion === undefined) return;
      const rewrite = fittedSuggestion(finding.clauseText, finding.start, finding.suggestion);
      const ok = replaceSpan(
        editor,
        finding.clauseId,
        finding.clauseText,
        finding.start,
        finding.end,
        rewrite,
      );
      setNotice(
        ok ? `Rewritten as “${rewrite}”.` : 'The text changed meanwhile; the findings are being refreshed.',
      );
    },
    [editor],
  );

  const onSuppress = useCallback(
    async (finding: LocatedFinding, reason: string) => {
      try {
        await api.suppress(meta.id, {
          ruleId: finding.ruleId,
          clauseId: finding.clauseId,
          hash: clauseHash(finding.clauseText),
          start: finding.start,
          end: finding.end,
          policy: finding.policy,
          reason,
        });
        setNotice('Finding suppressed; the reason is recorded.');
      } catch (err) {
        throw new Error(approvalErrorMessage(err));
      }
    },
    [api, meta.id],
  );

  // Un-suppress (#19): the finding stands again; the live state drops it from the list.
  const onUnsuppress = useCallback(
    async (suppressionId: string) => {
      try {
        await api.unsuppress(meta.id, suppressionId);
        setNotice('Suppression removed; the finding stands again.');
      } catch (err) {
        setNotice(approvalErrorMessage(err));
      }
    },
    [api, meta.id],
  );

  // Stable, so the memoised approval gutter (an entry per clause) skips the workspace's renders (#18).
  const onReviewStale = useCallback((clause: MappedClause) => setReviewing(clause.id), []);
  const onOpenClauseComments = useCallback((clause: MappedClause) => {
    setNegotiationClause(clause.id);
    openNegotiationTab();
  }, []);
  const onOpenNotification = useCallback((clauseId: string) => {
    setNegotiationClause(clauseId);
    openNegotiationTab();
  }, []);
  // One element while `canEdit` stands, so the memoised rich-text plugin skips the workspace's renders.
  const contentEditable = useMemo(
    () => (
      <ContentEditable
        className="editor-input"
        data-testid="editor"
        aria-label={`Statement text${canEdit ? '' : ' (read-only)'}`}
        aria-readonly={!canEdit}
        aria-multiline
        spellCheck
      />
    ),
    [canEdit],
  );

  const reveal = useCallback(
    (clauseId: string, start = 0, end = start) => revealSpan(editor, clauseId, start, end),
    [editor],
  );
  // The memoised side panels' props, stable unless what they show changed (#18).
  const revealFinding = useCallback(
    (f: LocatedFinding) => revealSpan(editor, f.clauseId, f.start, f.end),
    [editor],
  );
  // Reads the texts itself (LiveBulkApprove), so the memoised status board skips keystrokes.
  const approveSelection = useCallback(
    (selected: ReadonlySet<string>, clear: () => void) => (
      <LiveBulkApprove
        state={decided}
        clauses={outline}
        myDelegation={claims.delegation}
        only={selected}
        label="Approve selected…"
        onDecide={onDecide}
        onDone={(message) => {
          setNotice(message);
          clear();
        }}
      />
    ),
    [decided, outline, claims.delegation, onDecide],
  );
  const latestClauses = useRef<MappedClause[]>([]);
  const selection = useCallback(() => selectedSpan(editor, latestClauses.current), [editor]);
  // The negotiation panel shows one clause (as it picks it): LiveNegotiationPanel keeps only that
  // clause's text current, so typing in another re-renders neither the workspace nor its list (#18).
  const negotiationMe = useMemo(
    () => ({ delegation: claims.delegation, role: claims.role }),
    [claims.delegation, claims.role],
  );
  // From the outline: numbers change with the structure, not with every keystroke.
  const clauseIndex = useCallback((id: string) => outline.find((c) => c.id === id)?.index, [outline]);
  const memberMe = useMemo(
    () => ({ delegation: claims.delegation, role: claims.role, sub: claims.sub }),
    [claims.delegation, claims.role, claims.sub],
  );
  const status = docState?.status ?? meta.status;
  const agreement = agreementLine(statusLabel(lifecycle), status, live, connection.kind, lint, clauseIndex);

  return (
    <div
      className={`workspace${drawerOpen ? ' approvals-open' : ''}`}
      style={{ ['--me' as string]: me.colour }}
    >
      <header className="topbar">
        <a className="brand" href="/" aria-label="Accord — your documents">
          Accord
        </a>
        <div className="doc-heading">
          <h1 className="doc-title">{meta.title}</h1>
          <span
            className={`status-badge status-${status} agreement-${agreement.tone}`}
            title={agreement.blocked || undefined}
            data-testid="status-badge"
          >
            {agreement.tone === 'agreed' && (
              <>
                <Icon name="approved" />{' '}
              </>
            )}
            {agreement.label}
          </span>
          {meta.tlp && <span className="tlp-badge">TLP:{meta.tlp}</span>}
        </div>
        <div className="topbar-right">
          <MemoPresenceBar people={people} />
          <MemoConnectionPill view={connection} />
          <MemoNotificationFeed
            feed={negotiation.feed}
            unread={negotiation.unread}
            markAllRead={negotiation.markAllRead}
            onOpen={onOpenNotification}
          />
          <LazyExportMenu api={api} docId={meta.id} token={token} onReveal={reveal} />
          <MemoUserBadge claims={claims} onSignOut={onSignOut} />
        </div>
      </header>
      <IntegrityBanner integrity={currentIntegrity(docState?.integrity, meta.integrity)} />

      <div className="toolbar" role="toolbar" aria-label="Editing tools">
        <MemoAdoptionBar
          docId={meta.id}
          token={token}
          role={claims.role}
          lifecycle={lifecycle}
          onNotice={setNotice}
        />
        {canEdit ? (
          !frozen && <MemoBracketTools delegation={claims.delegation} onMessage={setNotice} />
        ) : (
          <p className="readonly-banner" data-testid="readonly-banner">
            <Icon name="eye" /> Read-only — you are observing for {me.name}; observers cannot edit or approve.
          </p>
        )}
        <FindBox editor={editor} clauses={outline} />
        {canEdit && !frozen && (
          <BulkApprove
            state={decided}
            clauses={outline}
            myDelegation={claims.delegation}
            onDecide={onDecide}
            onDone={setNotice}
          />
        )}
        <button
          type="button"
          className="btn btn-small drawer-toggle"
          aria-expanded={drawerOpen}
          aria-controls="approval-drawer"
          onClick={() => setDrawerOpen((o) => !o)}
          data-testid="drawer-toggle"
        >
          Approvals
        </button>
        <MemoEditorHelp />
        {live !== 'live' && (
          <span className="muted small" role="status">
            Approvals channel {live === 'connecting' ? 'connecting…' : 'reconnecting…'}
          </span>
        )}
        <p className="notice" role="status" aria-live="polite">
          {notice}
        </p>
      </div>

      <main className="workspace-main">
        <div className="document-pane" ref={paneRef}>
          <div ref={cursorsRef} className="cursors-layer" />
          <div className="editor-column">
            <MemoRichTextPlugin contentEditable={contentEditable} ErrorBoundary={LexicalErrorBoundary} />
            <StatementPlugin />
            <MemoWithdrawGuard lifecycle={lifecycle} clauseNumber={clauseIndex} />
            <MemoCollaborationPlugin
              id={meta.id}
              providerFactory={providerFactory}
              shouldBootstrap={false}
              username={`${claims.name} · ${claims.delegation}`}
              cursorColor={me.colour}
              cursorsContainerRef={cursorsRef}
              syncCursorPositionsFn={syncCursorPositionsPerFrame}
              awarenessData={awarenessData}
            />
            <LiveTexts
              parties={parties}
              suppressions={suppressions}
              canEdit={canEdit && !frozen}
              onApply={onApply}
              latest={latestClauses}
              onView={onTextsView}
            />
          </div>
          {drawerOpen && (
            <button
              type="button"
              className="btn btn-small drawer-close"
              onClick={() => setDrawerOpen(false)}
              data-testid="drawer-close"
            >
              Close approvals
            </button>
          )}
          <ApprovalGutter
            id="approval-drawer"
            clauses={outline}
            request={decisionRequest}
            tops={tops}
            state={decided}
            parties={parties}
            myDelegation={claims.delegation}
            canApprove={canEdit && lifecycle.status !== 'adopted'}
            onDecide={onDecide}
            onReviewStale={onReviewStale}
            commentCounts={negotiation.openComments}
            onOpenComments={onOpenClauseComments}
            {...(canEdit && !frozen ? { onUnsuppress } : {})}
          />
        </div>

        <aside className="sidebar" aria-label="Status and findings">
          <Tabs
            label="Side panels"
            tabs={[
              {
                id: 'board',
                title: 'Status board',
                content: panelsDue && (
                  <>
                    {agreement.blocked && (
                      <p className="export-blocked" role="status" data-testid="export-blocked">
                        {agreement.blocked}
                      </p>
                    )}
                    <MemoChangedSinceMine
                      state={decided}
                      myDelegation={claims.delegation}
                      onReview={setReviewing}
                    />
                    <MemoStatusBoard
                      state={boardState}
                      myDelegation={claims.delegation}
                      onReveal={reveal}
                      openComments={negotiation.openComments}
                      selectionAction={canEdit && !frozen ? approveSelection : undefined}
                    />
                  </>
                ),
              },
              {
                id: 'negotiation',
                title: `Negotiation (${[...negotiation.openComments.values()].reduce((a, b) => a + b, 0)})`,
                content: panelsDue && (
                  <LiveNegotiationPanel
                    api={negotiationApi}
                    docId={meta.id}
                    outline={outline}
                    negotiation={negotiation}
                    me={negotiationMe}
                    clauseId={negotiationClause}
                    onClause={setNegotiationClause}
                    selection={selection}
                    ydoc={provider?.doc ?? null}
                    onReveal={reveal}
                    frozen={frozen}
                  />
                ),
              },
              {
                id: 'versions',
                title: 'Versions',
                content: panelsDue && (
                  <MemoVersionsPanel api={historyApi} docId={meta.id} canCreate={canEdit} />
                ),
              },
              {
                id: 'audit',
                title: 'Audit trail',
                content: panelsDue && (
                  <MemoAuditTimeline
                    api={historyApi}
                    docId={meta.id}
                    clauseIndex={clauseIndex}
                    refreshKey={decisions}
                  />
                ),
              },
              {
                id: 'members',
                title: 'Members',
                content: panelsDue && (
                  <MemoMembersPanel
                    token={token}
                    docId={meta.id}
                    me={memberMe}
                    parties={parties}
                    refresh={decisions}
                  />
                ),
              },
              {
                id: 'document',
                title: 'Document',
                content: panelsDue && (
                  <MemoDocumentSettingsPanel
                    docId={meta.id}
                    token={token}
                    myDelegation={claims.delegation}
                    canManage={claims.role === 'penholder'}
                    frozen={frozen}
                    settings={meta}
                    parties={parties}
                    onChanged={setNotice}
                  />
                ),
              },
              {
                id: 'findings',
                title: lint.checking ? 'Findings (checking…)' : `Findings (${findings.length})`,
                content: (
                  <>
                    <MemoLintPanel
                      findings={findings}
                      clauseIndex={clauseIndex}
                      canEdit={canEdit && !frozen}
                      error={lint.error}
                      checking={lint.checking}
                      onReveal={revealFinding}
                      onApply={onApply}
                      onSuppress={onSuppress}
                    />
                    <MemoSuppressionsPanel
                      state={docState}
                      onReveal={reveal}
                      {...(canEdit && !frozen ? { onUnsuppress } : {})}
                    />
                  </>
                ),
              },
            ]}
          />
        </aside>
      </main>
      {reviewing && (
        <LiveStaleReview
          api={historyApi}
          docId={meta.id}
          clauseId={reviewing}
          myDelegation={claims.delegation}
          canDecide={canEdit}
          onDecide={onDecide}
          onClose={() => setReviewing(null)}
        />
      )}
      <SessionEndedDialog ended={ended} onSignIn={onSignOut} />
    </div>
  );
}
