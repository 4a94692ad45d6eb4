/**
 * What the running save or load is doing, or what the last one said: saved, loaded, a CONFLICT naming the entries another reviewer
 * changed (with a way to read their version), or the loader's refusals that name no entry shown.
 */
import type { LoadProblem } from './loadProblems.ts';
import type { ReviewNotice } from './useDraftReview.ts';

/** See the module comment. */
export function ReviewNoticeBox(props: {
  notice: ReviewNotice | null;
  problems: readonly LoadProblem[];
  onReload: () => void;
}) {
  const { notice, problems, onReload } = props;
  if (!notice) return null;
  return (
    <div
      className={notice.tone === 'error' ? 'review-notice is-error' : 'review-notice'}
      role={notice.tone === 'error' ? 'alert' : 'status'}
      aria-busy={notice.tone === 'busy'}
      data-testid="review-notice"
      data-tone={notice.tone}
    >
      <p>
        {notice.tone === 'busy' ? <span className="spinner" aria-hidden="true" /> : null}{' '}
        {notice.message}
      </p>
      {notice.changed ? (
        <>
          {notice.changed.length > 0 ? (
            <p>Changed by the other reviewer: {notice.changed.join(', ')}.</p>
          ) : null}
          <button type="button" className="btn btn-small" onClick={onReload}>
            Read their version (drops your unsaved edits)
          </button>
        </>
      ) : null}
      {problems.length > 0 ? (
        <ul>
          {problems.map((problem, index) => (
            <li key={index}>
              {[problem.entry, problem.field, problem.message].filter(Boolean).join(': ')}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
