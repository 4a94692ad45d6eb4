/**
 * The date range: a strip with a tick for every dated node in view (measures, statements,
 * documents, in their kind's colour) and the chosen range shaded. Drag across the strip to choose
 * a range, or type the dates; what falls outside fades in the graph.
 */
import { useMemo, useRef, useState, type PointerEvent } from 'react';
import { nodeKindStyle } from '../graph/nodeKinds.ts';
import { timelineScale, timelineTicks, dateOfDay } from '../graph/timelineScale.ts';
import { isOpenRange, type DateRange } from '../state/dateRange.ts';

export interface TimelineProps {
  /** Dated nodes in view. */
  items: readonly { id: string; kind: string; date: string; name: string }[];
  range: DateRange;
  onChange: (range: DateRange) => void;
}

/** See the module comment. */
export function Timeline({ items, range, onChange }: TimelineProps) {
  const svgRef = useRef<SVGSVGElement | null>(null);
  const [drag, setDrag] = useState<{ start: number; end: number } | null>(null);
  const scale = useMemo(() => (items.length > 0 ? timelineScale(items.map((item) => item.date)) : null), [items]);
  const ticks = useMemo(() => (scale ? timelineTicks(scale.first, scale.last) : []), [scale]);
  const inRange = items.filter((item) => (!range.from || item.date >= range.from) && (!range.to || item.date <= range.to)).length;

  const xOf = (event: PointerEvent<SVGSVGElement>): number => {
    const box = svgRef.current!.getBoundingClientRect();
    return (event.clientX - box.left) / box.width;
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
            ? 'No dated measures, statements or documents in view'
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
          <button type="button" className="btn btn-small" disabled={isOpenRange(range)} onClick={() => onChange({ from: null, to: null })}>
            All dates
          </button>
        </div>
      </div>
      {scale ? (
        <svg
          ref={svgRef}
          role="img"
          aria-label="Dated nodes over time; drag to choose a range"
          onPointerDown={(event) => {
            event.currentTarget.setPointerCapture(event.pointerId);
            const x = xOf(event);
            setDrag({ start: x, end: x });
          }}
          onPointerMove={(event) => drag && setDrag({ ...drag, end: xOf(event) })}
          onPointerUp={() => {
            if (!drag) return;
            const from = Math.min(drag.start, drag.end);
            const to = Math.max(drag.start, drag.end);
            setDrag(null);
            if (to - from < 0.01) onChange({ from: null, to: null });
            else onChange({ from: scale.dateAt(from), to: scale.dateAt(to) });
          }}
          style={{ cursor: 'crosshair', touchAction: 'none' }}
        >
          {shade ? (
            <rect x={`${shade.from * 100}%`} y={0} width={`${(shade.to - shade.from) * 100}%`} height={22} fill="#0b63ce" opacity={0.12} />
          ) : null}
          <line x1="0" y1="21.5" x2="100%" y2="21.5" stroke="#c4cbd3" />
          {ticks.map((tick) => (
            <g key={tick}>
              <line x1={`${scale.position(tick) * 100}%`} x2={`${scale.position(tick) * 100}%`} y1={19} y2={24} stroke="#aab3bd" />
              <text x={`${scale.position(tick) * 100}%`} y={33} fontSize={9.5} fill="#5f6b7a" textAnchor="middle">
                {tick.slice(0, 7)}
              </text>
            </g>
          ))}
          {items.map((item, index) => (
            <rect
              key={item.id}
              x={`calc(${scale.position(item.date) * 100}% - 1.5px)`}
              y={3 + (index % 3) * 5}
              width={3}
              height={8}
              rx={1}
              fill={nodeKindStyle(item.kind).color}
              opacity={(!range.from || item.date >= range.from) && (!range.to || item.date <= range.to) ? 1 : 0.25}
            >
              <title>{`${item.date} · ${item.name}`}</title>
            </rect>
          ))}
        </svg>
      ) : null}
      <span className="visually-hidden">{scale ? `From ${dateOfDay(scale.first)} to ${dateOfDay(scale.last)}` : ''}</span>
    </section>
  );
}
