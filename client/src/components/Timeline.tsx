/**
 * The date range: a strip with a tick for every dated node in view (measures, statements,
 * documents, in their kind's colour) and the chosen range shaded. Drag across the strip to choose
 * a range, or type the dates; what falls outside fades in the graph.
 */
import { useEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import { nodeKindStyle } from '../graph/nodeKinds.ts';
import { timelineScale, timelineTicks } from '../graph/timelineScale.ts';
import { isOpenRange, isOutsideRange, type DateRange } from '../state/dateRange.ts';

export interface TimelineProps {
  /** Dated nodes in view. */
  items: readonly { id: string; kind: string; date: string; name: string }[];
  range: DateRange;
  onChange: (range: DateRange) => void;
}

const HEIGHT = 30;
const EDGE = 8;

/** See the module comment. */
export function Timeline({ items, range, onChange }: TimelineProps) {
  const svgRef = useRef<SVGSVGElement | null>(null);
  const [width, setWidth] = useState(600);
  const [drag, setDrag] = useState<{ start: number; end: number } | null>(null);
  const scale = useMemo(
    () => (items.length > 0 ? timelineScale(items.map((item) => item.date)) : null),
    [items],
  );
  const ticks = useMemo(() => (scale ? timelineTicks(scale.first, scale.last) : []), [scale]);
  const inRange = items.filter((item) => !isOutsideRange(item.date, range)).length;

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const observer = new ResizeObserver(([entry]) => entry && setWidth(entry.contentRect.width));
    observer.observe(svg);
    return () => observer.disconnect();
  }, [scale]);

  const inner = Math.max(width - 2 * EDGE, 1);
  const px = (fraction: number) => EDGE + fraction * inner;
  const fractionOf = (event: PointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return Math.min(1, Math.max(0, (event.clientX - box.left - EDGE) / inner));
  };
  const shade = (() => {
    if (!scale) return null;
    if (drag) return { from: Math.min(drag.start, drag.end), to: Math.max(drag.start, drag.end) };
    if (isOpenRange(range)) return null;
    return {
      from: range.from ? Math.max(0, scale.position(range.from)) : 0,
      to: range.to ? Math.min(1, scale.position(range.to)) : 1,
    };
  })();

  return (
    <section className="timeline" aria-label="Date range">
      <div className="timeline-head">
        <strong>Timeline</strong>
        <span>
          {items.length === 0
            ? 'No dated measures, statements or documents in view.'
            : isOpenRange(range)
              ? `${items.length} dated node${items.length === 1 ? '' : 's'}; drag across the strip to fade what falls outside a range`
              : `${inRange} of ${items.length} dated nodes in range`}
        </span>
        <div className="timeline-inputs">
          <label>
            <span className="visually-hidden">From date</span>
            <input
              className="input"
              type="date"
              value={range.from ?? ''}
              max={range.to ?? undefined}
              onChange={(event) => onChange({ ...range, from: event.target.value || null })}
            />
          </label>
          <span aria-hidden="true">–</span>
          <label>
            <span className="visually-hidden">To date</span>
            <input
              className="input"
              type="date"
              value={range.to ?? ''}
              min={range.from ?? undefined}
              onChange={(event) => onChange({ ...range, to: event.target.value || null })}
            />
          </label>
          <button
            type="button"
            className="btn btn-small"
            disabled={isOpenRange(range)}
            onClick={() => onChange({ from: null, to: null })}
          >
            All dates
          </button>
        </div>
      </div>
      {scale ? (
        <svg
          ref={svgRef}
          height={HEIGHT}
          role="img"
          aria-label={`${items.length} dated nodes over time; drag to choose a range`}
          onPointerDown={(event) => {
            event.currentTarget.setPointerCapture(event.pointerId);
            const x = fractionOf(event);
            setDrag({ start: x, end: x });
          }}
          onPointerMove={(event) => drag && setDrag({ ...drag, end: fractionOf(event) })}
          onPointerUp={() => {
            if (!drag) return;
            const from = Math.min(drag.start, drag.end);
            const to = Math.max(drag.start, drag.end);
            setDrag(null);
            if (to - from < 0.01) onChange({ from: null, to: null });
            else onChange({ from: scale.dateAt(from), to: scale.dateAt(to) });
          }}
        >
          {shade ? (
            <rect
              x={px(shade.from)}
              y={0}
              width={Math.max(2, (shade.to - shade.from) * inner)}
              height={18}
              fill="#0b63ce"
              opacity={0.13}
              rx={2}
            />
          ) : null}
          <line x1={EDGE} y1={17.5} x2={width - EDGE} y2={17.5} stroke="#c4cbd3" />
          {ticks.map((tick) => {
            const x = px(scale.position(tick));
            return (
              <g key={tick}>
                <line x1={x} x2={x} y1={15} y2={20} stroke="#aab3bd" />
                <text
                  x={x}
                  y={29}
                  fontSize={9.5}
                  fill="#5f6b7a"
                  textAnchor={x > width - 30 ? 'end' : x < 30 ? 'start' : 'middle'}
                >
                  {tick.slice(0, 7)}
                </text>
              </g>
            );
          })}
          {items.map((item, index) => (
            <rect
              key={item.id}
              x={px(scale.position(item.date)) - 1.5}
              y={2 + (index % 3) * 4}
              width={3}
              height={8}
              rx={1}
              fill={nodeKindStyle(item.kind).color}
              opacity={isOutsideRange(item.date, range) ? 0.25 : 1}
            >
              <title>{`${item.date} · ${item.name}`}</title>
            </rect>
          ))}
        </svg>
      ) : null}
    </section>
  );
}
