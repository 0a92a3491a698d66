/** How the rep reads a fact's source (the panel, and evidence texts written when a fact is derived). */
const SOURCE_LABELS: Record<string, string> = {
  'linkedin-company': 'LinkedIn company page',
  'linkedin-company-about': 'LinkedIn About tab',
  'linkedin-company-jobs': 'LinkedIn Jobs tab',
  'linkedin-company-people': 'LinkedIn People tab',
  'linkedin-profile': 'LinkedIn profile',
  'salesnav-company': 'Sales Navigator account',
  'salesnav-lead': 'Sales Navigator lead',
  'crunchbase-org': 'Crunchbase',
  'company-website': 'Company website',
  rep: 'Entered by you',
  import: 'Imported file',
};

/** "linkedin-company" → "LinkedIn company page"; the rep's own facts read "Entered by you". */
export function sourceLabel(source: string | undefined): string {
  return (source && Object.hasOwn(SOURCE_LABELS, source) ? SOURCE_LABELS[source] : undefined) ?? source ?? 'unknown source';
}
