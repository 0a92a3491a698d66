import { useState } from 'react';

const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;

/** The first `max` characters of page text, never splitting an emoji or a combined letter. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  if (!segmenter) return Array.from(text).slice(0, max).join('');
  let out = '';
  for (const { segment } of segmenter.segment(text)) {
    if (out.length + segment.length > max) break;
    out += segment;
  }
  return out;
}

/**
 * Page text, rendered as text (never HTML), in its own direction (RTL names stay RTL), cut to
 * `max` characters with a button that shows the rest.
 */
export function ClampText({ text, max = 160, className }: { text: string; max?: number; className?: string }) {
  const [open, setOpen] = useState(false);
  const long = text.length > max;
  return (
    <span className={`wrap ${className ?? ''}`}>
      <bdi dir="auto">{long && !open ? `${clip(text, max).trimEnd()}…` : text}</bdi>
      {long && (
        <button type="button" className="link" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'less' : 'more'}
          <span className="visually-hidden"> of this text</span>
        </button>
      )}
    </span>
  );
}
