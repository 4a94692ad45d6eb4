import { ACTOR_KINDS as MODEL_ACTOR_KINDS } from '@policygraph/model';
import { SECTIONS as SEED_SECTIONS, type Evidence } from '@policygraph/graph-seed';
import type {
  Candidate as DraftCandidate,
  SidecarEntry as DraftSidecarEntry,
} from '@policygraph/draft';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ACTOR_KINDS } from './entryLook.ts';
import { SECTIONS, type Candidate, type SeedQuote, type SidecarEntry } from './extraction.ts';

// The review view's seed-format types are the seed format's and the drafting's own (checked by the
// typecheck: a hand-kept copy that drifts fails it).
expectTypeOf<SidecarEntry>().toEqualTypeOf<DraftSidecarEntry>();
expectTypeOf<Candidate>().toEqualTypeOf<DraftCandidate>();
expectTypeOf<SeedQuote>().toEqualTypeOf<Evidence>();

describe('the seed format as the review view reads it', () => {
  it('has the seed format’s sections, in the order a seed file writes them', () => {
    expect(SECTIONS).toEqual([...SEED_SECTIONS]);
  });

  it('offers exactly the model’s actor kinds', () => {
    expect([...ACTOR_KINDS].sort()).toEqual([...MODEL_ACTOR_KINDS].sort());
    expect(ACTOR_KINDS).not.toContain('MEASURE');
  });
});
