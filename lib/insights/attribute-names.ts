// The attributes an analysis compares and their names: no normaliser tables here, so a page
// that only shows results (the options page) stays light.
export const CATEGORY_ATTRIBUTES = ['industry', 'hqCountry', 'hqRegion', 'fundingStage', 'technologies'] as const;
export const NUMBER_ATTRIBUTES = ['employees', 'revenue'] as const;
export type CategoryAttribute = (typeof CATEGORY_ATTRIBUTES)[number];
export type NumberAttribute = (typeof NUMBER_ATTRIBUTES)[number];
export type Attribute = CategoryAttribute | NumberAttribute;

export const ATTRIBUTE_LABELS: Record<Attribute, string> = {
  industry: 'Industry',
  hqCountry: 'Country',
  hqRegion: 'Region',
  fundingStage: 'Funding stage',
  technologies: 'Technology',
  employees: 'Employees',
  revenue: 'Annual revenue',
};

