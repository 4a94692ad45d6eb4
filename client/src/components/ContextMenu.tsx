/**
 * The context menu of the graph (right click on a node, a relationship or the background): a
 * keyboard-navigable ARIA menu at the pointer, closed by Escape, a click outside, or choosing. Its
 * entries come from the action registry (actions/ActionManager.ts `menu`).
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Menu, MenuTarget } from '../actions/ActionManager.ts';

/** See the module comment. */
export function ContextMenu({
  target,
  content,
  onClose,
}: {
  target: MenuTarget;
  content: Menu;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDivElement | null>(null);
  const [place, setPlace] = useState({ left: target.x, top: target.y });
  // Keep the menu inside the graph area when opened near its right or bottom edge.
  useLayoutEffect(() => {
    const menu = ref.current;
    const area = menu?.offsetParent as HTMLElement | null;
    if (!menu || !area) return;
    setPlace({
      left: Math.max(4, Math.min(target.x, area.clientWidth - menu.offsetWidth - 4)),
      top: Math.max(4, Math.min(target.y, area.clientHeight - menu.offsetHeight - 4)),
    });
  }, [target.x, target.y]);
  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
    const onDown = (event: MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose();
    };
    window.addEventListener('mousedown', onDown);
    return () => window.removeEventListener('mousedown', onDown);
  }, [onClose]);

  const move = (delta: number) => {
    const buttons = [
      ...(ref.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? []),
    ];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    buttons[(index + delta + buttons.length) % buttons.length]?.focus();
  };

  return (
    <div
      ref={ref}
      className="context-menu"
      role="menu"
      aria-label={content.title}
      style={place}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        } else if (event.key === 'ArrowDown') {
          event.preventDefault();
          move(1);
        } else if (event.key === 'ArrowUp') {
          event.preventDefault();
          move(-1);
        }
      }}
    >
      <div className="context-menu-title">{content.title}</div>
      {content.items.map((item, index) =>
        item ? (
          <button
            key={item.name}
            type="button"
            role="menuitem"
            disabled={item.disabled}
            onClick={() => {
              onClose();
              item.run();
            }}
          >
            <span>{item.label}</span>
            {item.hint ? <span className="hint">{item.hint}</span> : null}
          </button>
        ) : (
          <hr key={`separator-${index}`} />
        ),
      )}
    </div>
  );
}
