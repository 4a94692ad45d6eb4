/**
 * Who said what: statements filtered by speaker, by what they are about and by date (the server
 * filters), newest first. Each shows who said it, when, to whom and about what, the quote, the
 * attribution chain, a link to its place in the graph and one to its evidence.
 */
import { useEffect, useMemo, useState } from 'react';
import { request } from '../api/graphqlClient.ts';
import { StatementsQuery } from '../api/documents.ts';
import { toEvidence } from '../api/mappers.ts';
import { nodeElementId } from '../graph/elementIds.ts';
import { useRequest } from '../hooks/useRequest.ts';
import type { StatementFilter } from '../state/explorerState.ts';
import { NO_STATEMENT_FILTER } from '../state/explorerState.ts';
import { ErrorNotice } from './ErrorNotice.tsx';
import type { NodeRef } from './NodeChip.tsx';
import { useActions } from '../actions/ActionManager.ts';
import { NodeSelect } from './NodeSelect.tsx';
import { StatementCard, type StatementNode } from './StatementCard.tsx';
import { ListingsFeed } from './ListingsFeed.tsx';

interface Page {
  total: number;
  statements: StatementNode[];
  endCursor: string | null;
  hasNextPage: boolean;
}

const PAGE = 50;

async function fetchPage(
  filter: StatementFilter,
  after: string | null,
  signal: AbortSignal,
): Promise<Page> {
  const data = await request(
    StatementsQuery,
    {
      speaker: filter.speaker,
      about: filter.about,
      from: filter.from,
      to: filter.to,
      first: PAGE,
      after,
    },
    signal,
  );
  const connection = data.statements;
  return {
    total: connection.totalCount,
    statements: connection.edges.flatMap((edge) =>
      edge.node.__typename === 'Statement' ? [edge.node] : [],
    ),
    endCursor: connection.pageInfo.endCursor,
    hasNextPage: connection.pageInfo.hasNextPage,
  };
}

export interface StatementsPanelProps {
  /** The filters as set; `about` set means pinned. */
  filter: StatementFilter;
  /** The topic in effect: the pinned one, else the selected node (explorerReducer's statementAbout). */
  about: string | null;
  onFilter: (filter: StatementFilter) => void;
  /** Ids of the nodes shown in the graph. */
  shown: ReadonlySet<string>;
  selection: readonly string[];
}

/** See the module comment. */
export function StatementsPanel({
  filter: set,
  about,
  onFilter,
  shown,
  selection,
}: StatementsPanelProps) {
  const actions = useActions();
  const filter = useMemo(() => ({ ...set, about }), [set, about]);
  const pinned = set.about !== null;
  const options = useRequest<Page>();
  const results = useRequest<Page>();
  const nextPage = useRequest<Page>();
  const [extra, setExtra] = useState<StatementNode[]>([]);
  const [cursor, setCursor] = useState<{ endCursor: string | null; hasNextPage: boolean } | null>(
    null,
  );
  const { run: runOptions } = options;
  const { run: runResults } = results;
  const { reset: resetNextPage } = nextPage;

  useEffect(() => {
    void runOptions((signal) => fetchPage(NO_STATEMENT_FILTER, null, signal));
  }, [runOptions]);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a new filter drops the pages loaded for the old one, in the same effect that starts its first page
    setExtra([]);
    setCursor(null);
    resetNextPage();
    void runResults((signal) => fetchPage(filter, null, signal));
  }, [filter, runResults, resetNextPage]);

  const speakers = useMemo(
    () =>
      distinct(
        options.state.status === 'done'
          ? options.state.data.statements.flatMap((s) => (s.speaker ? [s.speaker] : []))
          : [],
      ),
    [options.state],
  );
  const topics = useMemo(
    () =>
      distinct(
        options.state.status === 'done'
          ? options.state.data.statements.flatMap((s) => s.about)
          : [],
      ),
    [options.state],
  );
  const page = results.state.status === 'done' ? results.state.data : null;
  const statements = page ? [...page.statements, ...extra] : [];
  const more =
    cursor ?? (page ? { endCursor: page.endCursor, hasNextPage: page.hasNextPage } : null);
  const filtered = set.speaker || set.about || set.from || set.to;

  const loadMore = async () => {
    const after = more?.endCursor;
    if (!after) return;
    const next = await nextPage.run((signal) => fetchPage(filter, after, signal));
    if (!next) return;
    setExtra((list) => [...list, ...next.statements]);
    setCursor({ endCursor: next.endCursor, hasNextPage: next.hasNextPage });
  };

  return (
    <section aria-label="Who said what" data-testid="statements-panel">
      <div className="filters">
        <NodeSelect
          label="Speaker"
          name="Speaker"
          none="Anyone"
          value={filter.speaker}
          nodes={speakers}
          onChange={(speaker) => onFilter({ ...set, speaker })}
        />
        <div className="filter-with-action">
          <NodeSelect
            label={
              <>
                About{' '}
                <span className="hint" data-testid="about-mode">
                  {pinned ? 'pinned' : 'follows the selection'}
                </span>
              </>
            }
            name="About"
            none="Anything"
            value={filter.about}
            nodes={topics}
            onChange={(id) => onFilter({ ...set, about: id })}
          />
          <button
            type="button"
            className="btn btn-small"
            aria-pressed={pinned}
            disabled={!pinned && !about}
            onClick={() => onFilter({ ...set, about: pinned ? null : about })}
            title={pinned ? 'Follow the selection again' : 'Keep this topic whatever is selected'}
          >
            {pinned ? 'Unpin topic' : 'Pin topic'}
          </button>
        </div>
        <label>
          Said from
          <input
            className="input"
            type="date"
            aria-label="Said from"
            value={filter.from ?? ''}
            onChange={(event) => onFilter({ ...set, from: event.target.value || null })}
          />
        </label>
        <label>
          Said until
          <input
            className="input"
            type="date"
            aria-label="Said until"
            value={filter.to ?? ''}
            onChange={(event) => onFilter({ ...set, to: event.target.value || null })}
          />
        </label>
      </div>
      <div className="statement-meta" style={{ marginBottom: 8 }} aria-live="polite">
        {results.state.status === 'loading' ? (
          <>
            <span className="spinner" /> Loading statements…
          </>
        ) : page ? (
          <span>
            {page.total === 0
              ? 'No statements match these filters.'
              : `${page.total} statement${page.total === 1 ? '' : 's'}${filtered ? ' match' : ''}`}
          </span>
        ) : null}
        {filtered ? (
          <button
            type="button"
            className="btn btn-small"
            onClick={() => onFilter(NO_STATEMENT_FILTER)}
            style={{ marginLeft: 'auto' }}
          >
            Clear filters
          </button>
        ) : null}
      </div>
      {results.state.status === 'error' ? (
        <ErrorNotice error={results.state.error} onRetry={results.retry} context="Statements" />
      ) : null}
      <ul className="statement-list">
        {statements.map((statement) => (
          <StatementCard
            key={statement.id}
            statement={statement}
            shown={shown.has(statement.id)}
            selected={selection.includes(nodeElementId(statement.id))}
            onShow={() => actions.run('showNode', { id: statement.id, name: statement.name })}
            onEvidence={() => {
              const first = statement.evidence[0];
              if (first) actions.run('openEvidence', toEvidence(first));
            }}
          />
        ))}
      </ul>
      {nextPage.state.status === 'error' ? (
        <ErrorNotice
          error={nextPage.state.error}
          onRetry={() => void loadMore()}
          context="More statements"
        />
      ) : null}
      {more?.hasNextPage ? (
        <button
          type="button"
          className="btn"
          onClick={() => void loadMore()}
          disabled={nextPage.state.status === 'loading'}
          style={{ marginTop: 8 }}
        >
          {nextPage.state.status === 'loading' ? 'Loading…' : 'More statements'}
        </button>
      ) : null}
      <ListingsFeed filter={filter} />
    </section>
  );
}

function distinct(nodes: NodeRef[]): NodeRef[] {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}
