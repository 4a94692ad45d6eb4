/**
 * zod schema of `Query.listings` arguments, with the documented limits; a violation becomes
 * BAD_USER_INPUT naming the argument (parseArgs in ./args.ts).
 */
import { z } from 'zod';
import { id, isoDate } from './args.ts';
import { LIMITS } from './limits.ts';
import { NODE_KINDS } from './model.ts';

/** Most issuing bodies one `listings(issuedBy:)` may name. */
export const MAX_ISSUERS = 20;

export const listingsArgs = z.object({
  issuedBy: z
    .array(id)
    .min(1, 'must name at least one body')
    .max(MAX_ISSUERS, `must name at most ${MAX_ISSUERS} bodies`)
    .nullish(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "US"')
    .nullish(),
  kinds: z.array(z.enum(NODE_KINDS)).nullish(),
  actor: id.nullish(),
  measure: id.nullish(),
  listName: z.string().max(300, 'must be at most 300 characters').nullish(),
  delisted: z.boolean().nullish(),
  from: isoDate.nullish(),
  to: isoDate.nullish(),
  first: z
    .number()
    .int()
    .min(1, 'must be at least 1')
    .max(LIMITS.pageSize, `must be at most ${LIMITS.pageSize}`),
  after: z.string().max(200, 'must be at most 200 characters').nullish(),
});
