/** The format adapters by name (`npm run import -- <format> <file>`). */
import type { FormatAdapter, FormatName } from '../import-model.ts';
import { cnSanctions } from './cn-sanctions.ts';
import { federalRegister } from './federal-register.ts';
import { us1260h } from './us-1260h.ts';
import { reference } from './reference.ts';
import { usSpecialLeg } from './us-special-leg.ts';

export const ADAPTERS: Readonly<Record<FormatName, FormatAdapter>> = {
  'cn-sanctions': cnSanctions,
  'us-1260h': us1260h,
  'us-special-leg': usSpecialLeg,
  'federal-register': federalRegister,
  reference,
};
