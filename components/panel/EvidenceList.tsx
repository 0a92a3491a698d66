import { ClampText } from '../shared/ClampText';
import type { EvidenceItem } from '../../lib/view/model';

/** Only http(s) links are clickable: the URL was read from a page. */
function safeHref(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** Where a value was read: the page, the text it was read from, and when. */
export function EvidenceList({ items }: { items: EvidenceItem[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="evidence" aria-label="Evidence">
      {items.map((e, i) => {
        const href = safeHref(e.url);
        return (
          <li key={i} className="muted">
            <span>{e.sourceLabel}</span>
            {href && (
              <>
                {' · '}
                <a href={href} target="_blank" rel="noreferrer" className="truncate-link" title={href}>
                  {shortUrl(href)}
                </a>
              </>
            )}
            {e.observedAt !== undefined && <> · <time dateTime={new Date(e.observedAt).toISOString()}>{new Date(e.observedAt).toLocaleString()}</time></>}
            {e.text && (
              <div className="quote">
                “<ClampText text={e.text} max={140} />”
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function shortUrl(href: string): string {
  const u = new URL(href);
  const s = u.host + u.pathname.replace(/\/$/, '');
  return s.length > 60 ? `${s.slice(0, 59)}…` : s;
}
