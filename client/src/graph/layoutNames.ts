/**
 * The layouts the explorer offers, by the names the URL and the layout menu use. Kept apart from
 * layouts.ts (which loads Cytoscape and its extensions) so pure modules can name layouts cheaply.
 */

export const LAYOUT_NAMES = ['fcose', 'concentric', 'layered'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

/** Menu wording for each layout. */
export const LAYOUT_LABELS: Record<LayoutName, string> = {
  fcose: 'Force-directed (fCoSE)',
  concentric: 'Concentric (by degree)',
  layered: 'Layered (dagre)',
};

/** True when `value` names a layout. */
export function isLayoutName(value: unknown): value is LayoutName {
  return typeof value === 'string' && (LAYOUT_NAMES as readonly string[]).includes(value);
}
