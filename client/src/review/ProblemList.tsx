/** The loader's refusals naming one entry or the document, on its card: field, then message. */
import type { LoadProblem } from './loadProblems.ts';

/** See the module comment; renders nothing when there are none. */
export function ProblemList(props: { problems: readonly LoadProblem[]; testId: string }) {
  if (props.problems.length === 0) return null;
  return (
    <ul className="review-problems" role="alert" data-testid={props.testId}>
      {props.problems.map((problem, index) => (
        <li key={index}>
          {problem.field ? <strong>{problem.field}: </strong> : null}
          {problem.message}
        </li>
      ))}
    </ul>
  );
}
