import type { ReactNode } from 'react';

/** A full-panel message for the states where there is no result to show. */
export function StatusNotice({ title, children, tone = 'info' }: { title: string; children?: ReactNode; tone?: 'info' | 'error' }) {
  return (
    <div className={`notice ${tone === 'error' ? 'error' : ''}`} role={tone === 'error' ? 'alert' : 'status'}>
      <strong>{title}</strong>
      {children && <div style={{ marginTop: 4 }}>{children}</div>}
    </div>
  );
}
