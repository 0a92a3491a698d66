import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

/**
 * A list whose rows move by drag (the ⠿ handle, HTML5 drag and drop) and by keyboard (↑ ↓
 * buttons, or Alt+↑ / Alt+↓ anywhere in a row), with remove and optional duplicate buttons.
 */
interface Props {
  count: number;
  /** what a row is called in button labels: "criterion 2" */
  name: (i: number) => string;
  render: (i: number) => ReactNode;
  onMove: (from: number, to: number) => void;
  onRemove?: (i: number) => void;
  onDuplicate?: (i: number) => void;
  readOnly: boolean;
  testId: string;
  /** the list cannot go below this many rows (an ICP needs a criterion and a tier) */
  min?: number;
}

export function Reorderable({ count, name, render, onMove, onRemove, onDuplicate, readOnly, testId, min = 0 }: Props) {
  const [dragging, setDragging] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const rows = useRef<(HTMLLIElement | null)[]>([]);
  const move = (from: number, to: number) => {
    if (to < 0 || to >= count) return;
    onMove(from, to);
    // keep the keyboard user on the row they moved
    requestAnimationFrame(() => rows.current[to]?.focus());
  };
  const onKey = (i: number) => (e: KeyboardEvent) => {
    if (readOnly || !e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    // lists nest (a persona's talking points): only the innermost row moves
    e.stopPropagation();
    move(i, e.key === 'ArrowUp' ? i - 1 : i + 1);
  };
  return (
    <ol className="reorder" data-testid={testId}>
      {Array.from({ length: count }, (_, i) => (
        <li
          key={i}
          ref={(el) => void (rows.current[i] = el)}
          tabIndex={-1}
          className={`reorder-row${over === i && dragging !== null && dragging !== i ? ' drop-target' : ''}`}
          data-testid={`${testId}-row`}
          onKeyDown={onKey(i)}
          onDragOver={(e) => {
            if (dragging === null) return;
            e.preventDefault();
            e.stopPropagation();
            setOver(i);
          }}
          onDragLeave={() => setOver((o) => (o === i ? null : o))}
          onDrop={(e) => {
            if (dragging === null) return;
            e.preventDefault();
            e.stopPropagation();
            move(dragging, i);
            setDragging(null);
            setOver(null);
          }}
        >
          {!readOnly && (
            <span
              className="handle"
              draggable
              role="img"
              aria-label={`Drag to move ${name(i)}`}
              title="Drag to move (or Alt+↑ / Alt+↓)"
              onDragStart={(e) => {
                setDragging(i);
                e.dataTransfer.effectAllowed = 'move';
                e.dataTransfer.setData('text/plain', String(i));
              }}
              onDragEnd={() => {
                setDragging(null);
                setOver(null);
              }}
            >
              ⠿
            </span>
          )}
          <div className="row-body">{render(i)}</div>
          {!readOnly && (
            <div className="row-tools">
              <button type="button" className="icon" aria-label={`Move ${name(i)} up`} disabled={i === 0} onClick={() => move(i, i - 1)}>↑</button>
              <button type="button" className="icon" aria-label={`Move ${name(i)} down`} disabled={i === count - 1} onClick={() => move(i, i + 1)}>↓</button>
              {onDuplicate && <button type="button" className="icon" aria-label={`Duplicate ${name(i)}`} onClick={() => onDuplicate(i)}>Copy</button>}
              {onRemove && <button type="button" className="icon" aria-label={`Remove ${name(i)}`} disabled={count <= min} onClick={() => onRemove(i)}>✕</button>}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
