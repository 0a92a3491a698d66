import type { ListRowView, ListView } from '../../../lib/messaging/protocol/lists';

// Rows and lists as the background sends them ('list/view'), for the list model's tests.

export function row(over: Partial<ListRowView> & { key: string }): ListRowView {
  return { kind: 'company', text: over.name ?? over.key, coverage: 0.2, rowOnly: true, ...over };
}

export function listView(rows: ListRowView[], over: Partial<ListView> = {}): ListView {
  return { url: 'https://www.linkedin.com/search/results/companies/?keywords=x', pageType: 'linkedin-search-companies', readAt: 1, rows, truncated: false, ...over };
}
