import { describe, expect, it } from 'vitest';
import {
  industryGroupsOf,
  industryMatches,
  isKnownIndustryOrGroup,
  listIndustries,
  listIndustryGroups,
  listTopLevelIndustryGroups,
  normaliseIndustry,
} from '../../../lib/facts/industry';
import { HOSTILE } from './hostile';

// Pre-2022 (V1) LinkedIn labels → what LinkedIn shows for those companies today (V2).
const OLD_TO_NEW: [string, string][] = [
  ['Computer Software', 'Software Development'],
  ['Marketing & Advertising', 'Advertising Services'],
  ['Marketing and Advertising', 'Advertising Services'],
  ['Internet', 'Technology, Information and Internet'],
  ['Information Technology & Services', 'IT Services and IT Consulting'],
  ['Information Technology and Services', 'IT Services and IT Consulting'],
  ['Hospital & Health Care', 'Hospitals and Health Care'],
  ['Financial Services', 'Financial Services'],
  ['Staffing & Recruiting', 'Staffing and Recruiting'],
  ['Computer & Network Security', 'Computer and Network Security'],
  ['Hospitality', 'Hospitality'],
  ['Restaurants', 'Restaurants'],
  ['Construction', 'Construction'],
  ['Management Consulting', 'Business Consulting and Services'],
  ['Human Resources', 'Human Resources Services'],
  ['Biotechnology', 'Biotechnology Research'],
  ['Pharmaceuticals', 'Pharmaceutical Manufacturing'],
  ['Medical Devices', 'Medical Equipment Manufacturing'],
  ['Medical Practice', 'Medical Practices'],
  ['Health, Wellness & Fitness', 'Wellness and Fitness Services'],
  ['Automotive', 'Motor Vehicle Manufacturing'],
  ['Aviation & Aerospace', 'Aviation and Aerospace Component Manufacturing'],
  ['Defense & Space', 'Defense and Space Manufacturing'],
  ['Semiconductors', 'Semiconductor Manufacturing'],
  ['Computer Hardware', 'Computer Hardware Manufacturing'],
  ['Computer Networking', 'Computer Networking Products'],
  ['Consumer Electronics', 'Computers and Electronics Manufacturing'],
  ['Consumer Goods', 'Manufacturing'],
  ['Telecommunications', 'Telecommunications'],
  ['Wireless', 'Wireless Services'],
  ['Online Media', 'Online Audio and Video Media'],
  ['Broadcast Media', 'Broadcast Media Production and Distribution'],
  ['Motion Pictures & Film', 'Movies, Videos, and Sound'],
  ['Entertainment', 'Entertainment Providers'],
  ['Music', 'Musicians'],
  ['Publishing', 'Book and Periodical Publishing'],
  ['Newspapers', 'Newspaper Publishing'],
  ['Printing', 'Printing Services'],
  ['Design', 'Design Services'],
  ['E-Learning', 'E-Learning Providers'],
  ['Education Management', 'Education Administration Programs'],
  ['Primary/Secondary Education', 'Primary and Secondary Education'],
  ['Professional Training & Coaching', 'Professional Training and Coaching'],
  ['Research', 'Research Services'],
  ['Nanotechnology', 'Nanotechnology Research'],
  ['Venture Capital & Private Equity', 'Venture Capital and Private Equity Principals'],
  ['Commercial Real Estate', 'Leasing Non-residential Real Estate'],
  ['Real Estate', 'Real Estate'],
  ['Oil & Energy', 'Oil and Gas'],
  ['Mining & Metals', 'Mining'],
  ['Logistics & Supply Chain', 'Transportation, Logistics, Supply Chain and Storage'],
  ['Transportation/Trucking/Railroad', 'Truck Transportation'],
  ['Package/Freight Delivery', 'Freight and Package Transportation'],
  ['Warehousing', 'Warehousing and Storage'],
  ['Airlines/Aviation', 'Airlines and Aviation'],
  ['Maritime', 'Maritime Transportation'],
  ['Leisure, Travel & Tourism', 'Travel Arrangements'],
  ['Food & Beverages', 'Food and Beverage Services'],
  ['Food Production', 'Food and Beverage Manufacturing'],
  ['Wine & Spirits', 'Beverage Manufacturing'],
  ['Supermarkets', 'Retail Groceries'],
  ['Apparel & Fashion', 'Retail Apparel and Fashion'],
  ['Luxury Goods & Jewelry', 'Retail Luxury Goods and Jewelry'],
  ['Cosmetics', 'Personal Care Product Manufacturing'],
  ['Import & Export', 'Wholesale Import and Export'],
  ['Building Materials', 'Wholesale Building Materials'],
  ['Business Supplies & Equipment', 'Retail Office Equipment'],
  ['Arts & Crafts', 'Retail Art Supplies'],
  ['Fine Art', 'Artists and Writers'],
  ['Museums & Institutions', 'Museums, Historical Sites, and Zoos'],
  ['Gambling & Casinos', 'Gambling Facilities and Casinos'],
  ['Sports', 'Spectator Sports'],
  ['Recreational Facilities & Services', 'Recreational Facilities'],
  ['Civic & Social Organization', 'Civic and Social Organizations'],
  ['Nonprofit Organization Management', 'Non-profit Organizations'],
  ['Fund-Raising', 'Fundraising'],
  ['Philanthropy', 'Philanthropic Fundraising Services'],
  ['Political Organization', 'Political Organizations'],
  ['Program Development', 'Strategic Management Services'],
  ['Public Relations & Communications', 'Public Relations and Communications Services'],
  ['Government Relations', 'Government Relations Services'],
  ['Public Policy', 'Public Policy Offices'],
  ['Executive Office', 'Executive Offices'],
  ['Legislative Office', 'Legislative Offices'],
  ['Judiciary', 'Administration of Justice'],
  ['Military', 'Armed Forces'],
  ['Outsourcing/Offshoring', 'Outsourcing and Offshoring Consulting'],
  ['Veterinary', 'Veterinary Services'],
  ['Mechanical or Industrial Engineering', 'Industrial Machinery Manufacturing'],
  ['Industrial Automation', 'Automation Machinery Manufacturing'],
  ['Electrical/Electronic Manufacturing', 'Appliances, Electrical, and Electronics Manufacturing'],
  ['Machinery', 'Machinery Manufacturing'],
  ['Chemicals', 'Chemical Manufacturing'],
  ['Plastics', 'Plastics Manufacturing'],
  ['Packaging & Containers', 'Packaging and Containers Manufacturing'],
  ['Paper & Forest Products', 'Paper and Forest Product Manufacturing'],
  ['Glass, Ceramics & Concrete', 'Glass, Ceramics and Concrete Manufacturing'],
  ['Textiles', 'Textile Manufacturing'],
  ['Furniture', 'Furniture and Home Furnishings Manufacturing'],
  ['Sporting Goods', 'Sporting Goods Manufacturing'],
  ['Tobacco', 'Tobacco Manufacturing'],
  ['Dairy', 'Dairy Product Manufacturing'],
  ['Fishery', 'Fisheries'],
  ['Railroad Manufacture', 'Railroad Equipment Manufacturing'],
  ['Renewables & Environment', 'Renewable Energy Semiconductor Manufacturing'],
  ['Animation', 'Animation and Post-production'],
  ['Mobile Games', 'Mobile Gaming Apps'],
  ['Computer Games', 'Computer Games'],
  ['Accounting', 'Accounting'],
  ['Banking', 'Banking'],
  ['Insurance', 'Insurance'],
  ['Utilities', 'Utilities'],
  ['Wholesale', 'Wholesale'],
  ['Retail', 'Retail'],
];

const TOP_LEVEL = [
  'Accommodation Services', 'Administrative and Support Services', 'Construction', 'Consumer Services', 'Education',
  'Entertainment Providers', 'Farming, Ranching, Forestry', 'Financial Services', 'Government Administration',
  'Holding Companies', 'Hospitals and Health Care', 'Manufacturing', 'Oil, Gas, and Mining', 'Professional Services',
  'Real Estate and Equipment Rental Services', 'Retail', 'Technology, Information and Media',
  'Transportation, Logistics, Supply Chain and Storage', 'Utilities', 'Wholesale',
];

describe('normaliseIndustry', () => {
  it.each(OLD_TO_NEW)('old label %j → %j', (old, current) => expect(normaliseIndustry(old)).toBe(current));

  it.each([
    ['software development', 'Software Development'],
    ['SOFTWARE   DEVELOPMENT', 'Software Development'],
    ['  Software Development. ', 'Software Development'],
    ['Soft\u200Bware Development', 'Software Development'],
    ['Oil, Gas and Mining', 'Oil, Gas, and Mining'],
    ['oil & gas & mining', 'Oil, Gas, and Mining'],
    ['Technology Information & Media', 'Technology, Information and Media'],
    ['Nonprofit Organizations', 'Non-profit Organizations'],
    ['E Learning Providers', 'E-Learning Providers'],
    ['Farming, Ranching and Forestry', 'Farming, Ranching, Forestry'],
    ['Womens Handbag Manufacturing', "Women's Handbag Manufacturing"],
  ])('tolerates spelling: %j → %j', (input, expected) => expect(normaliseIndustry(input)).toBe(expected));

  it('maps every current label to itself (no old alias shadows a current label)', () => {
    for (const label of listIndustries()) expect(normaliseIndustry(label)).toBe(label);
  });

  it.each([['Widgets'], ['Software'], ['SaaS'], ['Tech'], ['and'], ['&']])('unknown %j → null', (input) =>
    expect(normaliseIndustry(input)).toBeNull(),
  );

  it.each(HOSTILE.map((h) => [h]))('hostile input %#  → null', (input) => {
    expect(normaliseIndustry(input as string)).toBeNull();
    expect(isKnownIndustryOrGroup(input as string)).toBe(false);
    expect(industryGroupsOf(input as string)).toEqual([]);
    expect(industryMatches(input as string, 'Software Development')).toBe(false);
    expect(industryMatches('Software Development', input as string)).toBe(false);
  });
});

describe('taxonomy', () => {
  it('has at least 150 current industries, each listed once', () => {
    const all = listIndustries();
    expect(all.length).toBeGreaterThanOrEqual(150);
    expect(new Set(all).size).toBe(all.length);
  });

  it('has every top-level group of the V2 taxonomy, and only those at the top', () => {
    expect(listTopLevelIndustryGroups()).toEqual([...TOP_LEVEL].sort());
  });

  it('resolves every industry’s group chain to a top-level group, without cycles', () => {
    const groups = new Set(listIndustryGroups());
    const top = new Set(TOP_LEVEL);
    for (const label of listIndustries()) {
      const chain = industryGroupsOf(label);
      if (top.has(label)) {
        expect(chain).toEqual([]);
        continue;
      }
      expect(chain.length, label).toBeGreaterThan(0);
      expect(top.has(chain[chain.length - 1]!), label).toBe(true);
      expect(new Set(chain).size).toBe(chain.length);
      for (const g of chain) expect(groups.has(g), `${label} → ${g}`).toBe(true);
    }
  });

  it('lists groups that are all known labels', () => {
    const all = new Set(listIndustries());
    for (const g of listIndustryGroups()) expect(all.has(g)).toBe(true);
    expect(listIndustryGroups()).toContain('Technology, Information and Internet');
    expect(listIndustryGroups()).not.toContain('Software Development' + 'x');
  });

  it('gives the nearest group first', () => {
    expect(industryGroupsOf('Software Development')).toEqual(['Technology, Information and Internet', 'Technology, Information and Media']);
    expect(industryGroupsOf('Computer Software')).toEqual(['Technology, Information and Internet', 'Technology, Information and Media']);
    expect(industryGroupsOf('Banking')).toEqual(['Credit Intermediation', 'Financial Services']);
    expect(industryGroupsOf('Financial Services')).toEqual([]);
  });
});

describe('industryMatches', () => {
  it.each([
    ['Software Development', 'Software Development', true],
    ['Computer Software', 'Software Development', true],
    ['Software Development', 'Technology, Information and Internet', true],
    ['Software Development', 'Technology, Information and Media', true],
    ['Computer Software', 'Technology, Information and Media', true],
    ['Mobile Gaming Apps', 'Software Development', true],
    ['Hospitals', 'Hospitals and Health Care', true],
    ['Hospital & Health Care', 'Hospitals and Health Care', true],
    ['Banking', 'Financial Services', true],
    ['Investment Banking', 'Financial Services', true],
    ['Computer & Network Security', 'IT Services and IT Consulting', true],
    ['Information Technology & Services', 'Professional Services', true],
    ['Staffing & Recruiting', 'Administrative and Support Services', true],
    ['Restaurants', 'Accommodation Services', true],
    ['Internet', 'Technology, Information and Media', true],
    ['Software Development', 'Internet', true],
    ['Software Development', 'Financial Services', false],
    ['Software Development', 'IT Services and IT Consulting', false],
    ['Financial Services', 'Banking', false],
    ['Technology, Information and Media', 'Software Development', false],
    ['Hospitals and Health Care', 'Hospitals', false],
    ['Banking', 'Insurance', false],
    ['Widgets', 'Widgets', true],
    ['widgets!', 'WIDGETS', true],
    ['Widgets', 'Gadgets', false],
    ['Widgets', 'Software Development', false],
    ['Software Development', 'Widgets', false],
    ['', '', false],
  ])('%j within %j → %s', (company, icp, expected) => expect(industryMatches(company, icp)).toBe(expected));
});

describe('isKnownIndustryOrGroup', () => {
  it.each([
    ['Software Development', true],
    ['Technology, Information and Media', true],
    ['computer software', true],
    ['Financial Services', true],
    ['Widgets', false],
    ['', false],
  ])('%j → %s', (input, expected) => expect(isKnownIndustryOrGroup(input)).toBe(expected));
});
