// Crunchbase organisation page selectors (Angular components seen in scrapers 2022-24: profile-header,
// fields-card, label-with-info, field-formatter; no real page has been checked — read by label text).

export const NAME = ['h1.profile-name', '.profile-name h1', 'profile-header h1', 'h1'];
export const DESCRIPTION = ['description-card .description', 'description-card', 'span.description', 'p.description'];

/** Label elements: fields-card `label-with-info` (2022-24), and plain dt/th for simpler renderings. */
export const LABELS = 'label-with-info, .wrappable-label-with-info, dt, th';
/** The value next to a label: the row's field-formatter, else dd/td. */
export const VALUE_IN_ROW = 'field-formatter, .field-formatter, .component--field-formatter, dd, td';
export const ROW = 'li, tr, .field-row, tile-field';

/** Funding rounds table: a header row with "Announced Date" and "Money Raised". */
export const TABLES = 'table';

export const LINKEDIN_LINK = 'a[href*="linkedin.com/company/"]';
