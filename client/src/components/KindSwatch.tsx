/**
 * A small picture of a node kind (its Cytoscape shape and colour) or a relationship type (its line
 * colour and style), for the legend, search suggestions and panel headings.
 */
import { nodeKindStyle } from '../graph/nodeKinds.ts';
import { relationshipTypeStyle } from '../graph/relationshipTypes.ts';

const POLYGONS: Record<string, string> = {
  octagon: '4.1,1 9.9,1 13,4.1 13,9.9 9.9,13 4.1,13 1,9.9 1,4.1',
  hexagon: '3.5,1.5 10.5,1.5 13,7 10.5,12.5 3.5,12.5 1,7',
  'concave-hexagon': '1,1.5 13,1.5 11,7 13,12.5 1,12.5 3,7',
  'round-diamond': '7,0.5 13.5,7 7,13.5 0.5,7',
  'round-triangle': '7,1.5 13,12.5 1,12.5',
  'right-rhomboid': '1,2 10,2 13,12 4,12',
  'cut-rectangle': '3.5,1.5 10.5,1.5 13,4 13,10 10.5,12.5 3.5,12.5 1,10 1,4',
  'round-pentagon': '7,1 13,5.5 10.7,12.5 3.3,12.5 1,5.5',
  'round-tag': '1,2 9.5,2 13,7 9.5,12 1,12',
};

/** Picture of node kind `kind`, `size` CSS pixels square; decorative (hidden from screen readers). */
export function KindSwatch({ kind, size = 14 }: { kind: string; size?: number }) {
  const style = nodeKindStyle(kind);
  const fill = style.dashed ? `${style.color}33` : style.color;
  const stroke = style.dashed ? style.color : 'none';
  const common = {
    fill,
    stroke,
    strokeWidth: style.dashed ? 1.3 : 0,
    strokeDasharray: style.dashed ? '2 1.5' : undefined,
  };
  let shape;
  const points = POLYGONS[style.shape];
  if (points) shape = <polygon points={points} strokeLinejoin="round" {...common} />;
  else if (style.shape === 'ellipse') shape = <circle cx={7} cy={7} r={6} {...common} />;
  else if (style.shape === 'round-rectangle' || style.shape === 'barrel')
    shape = (
      <rect
        x={1}
        y={2}
        width={12}
        height={10}
        rx={style.shape === 'barrel' ? 4 : 2.5}
        {...common}
      />
    );
  else shape = <rect x={1.5} y={1.5} width={11} height={11} {...common} />;
  return (
    <svg
      className="kind-swatch"
      width={size}
      height={size}
      viewBox="0 0 14 14"
      aria-hidden="true"
      focusable="false"
    >
      {shape}
    </svg>
  );
}

/** Picture of relationship type `type`: a short arrow in its colour and line style. */
export function RelationshipSwatch({ type }: { type: string }) {
  const style = relationshipTypeStyle(type);
  const dash =
    style.lineStyle === 'dashed' ? '4 2.5' : style.lineStyle === 'dotted' ? '1.5 2' : undefined;
  return (
    <svg
      className="kind-swatch"
      width={26}
      height={10}
      viewBox="0 0 26 10"
      aria-hidden="true"
      focusable="false"
    >
      <line
        x1={1}
        y1={5}
        x2={20}
        y2={5}
        stroke={style.color}
        strokeWidth={1.8}
        strokeDasharray={dash}
      />
      <polygon points="19,1.5 25,5 19,8.5" fill={style.color} />
    </svg>
  );
}
