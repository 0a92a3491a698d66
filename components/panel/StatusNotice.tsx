import type { ReactNode } from 'react';

/** A full-panel message for the states where there is no result to show. */
export function StatusNotice({ title, children, tone = 'info', testId }: { title: string; children?: ReactNode; tone?: 'info' | 'error'; testId?: string }) {
  return (
    <div className={`notice ${tone === 'error' ? 'error' : ''}`} role={tone === 'error' ? 'alert' : 'status'} data-testid={testId}>
      <strong>{tone === 'error' ? '⚠ ' : ''}{title}</strong>
      {children && <div className="notice-body">{children}</div>}
    </div>
  );
}
