import { listPageTypeFromUrl } from '../../extract/list-detect';
import { linkedInPageType } from '../../extract/sites';

// Both LinkedIn content scripts run on every LinkedIn page. On a list page the single-page script
// finds nothing it reads ("unsupported") while the list script scores the rows: the list owns the
// badge there. A company's People tab is both: the company page's own badge wins there.

/** The URL is a list page the single-page reader does not read: the list's badge is the tab's. */
export function listOwnsBadge(url: string): boolean {
  return listPageTypeFromUrl(url) !== null && linkedInPageType(url) === 'unknown';
}
