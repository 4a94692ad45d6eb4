/**
 * The thin bar under the top bar that moves while any request is in flight, announced to screen
 * readers as busy.
 */
import { useEffect, useState } from 'react';
import { onRequestActivity } from '../api/graphqlClient.ts';

/** See the module comment. */
export function ProgressBar() {
  const [inFlight, setInFlight] = useState(0);
  useEffect(() => onRequestActivity(setInFlight), []);
  return (
    <div
      className="progress"
      data-active={inFlight > 0}
      role="progressbar"
      aria-label="Loading"
      aria-busy={inFlight > 0}
      aria-hidden={inFlight === 0}
      data-testid="progress"
    />
  );
}
