/** Resolvers of `Item`: its type, makers, providers and broader or narrower items. */
import type { ItemResolvers } from '../schema/resolvers-types.generated.ts';
import type { ItemType } from '../schema/resolvers-types.generated.ts';
import { neighbours, property, disambiguationOf } from './node.ts';

export const Item: ItemResolvers = {
  disambiguation: disambiguationOf,
  itemType: property<ItemType>('itemType'),
  maker: neighbours('OUT', 'MADE_BY'),
  providers: neighbours('OUT', 'PROVIDED_BY'),
  kindOf: neighbours('OUT', 'KIND_OF'),
  kinds: neighbours('IN', 'KIND_OF'),
  coveredBy: neighbours('IN', 'COVERS'),
};
