import { industryKey, normaliseIndustry } from './industry';

// LinkedIn's own industry names in its other UI languages → the English V2 label the facts model
// and the playbooks use. Only names a real source showed are here (never a translation of ours);
// where a page also carries the industry id, the id wins (industry-ids.ts). Sources:
//  [es-job] ../shared/real-pages/linkedin-jobs/diegoale23__plataforma_gestion__job_detail_4207705658@7a7caf06.html:
//           es logged-in job page 2025, "Acerca de la empresa" card (MANIFEST-lists.tsv: V2 Retail Apparel and Fashion).
//  [R5]  JuanPabloVeliz/LinkedIn_DA Datasets/industries.csv @78cedad (2023): es/pt names copied from job pages;
//        placed by meaning, not by an id (../shared/research/linkedin-labels.md §6).
//  [R9]  eduardormorais/linkedin-scrapy scraping_server/template_example.html @90f25a5 (pt-BR page, 2020; V1 names).
//  [R10] ar3ac/job_hunter linkedin_debug.html @2c2d350 (it logged-in job page, 2025).
//  [R15] alexandersmorzh-lab/cv_adapter linkedin_search.py INDUSTRY_NAME_ALIASES @9a19568 (nl, second-hand).
//  [de-page] joergdeymann/BewerbungsmanagerEditiion dok/Beispiel_LinkedIn_InsideM2M_Info.txt @1148957: text of a
//        German company Info page (2025-26 layout) copied from LinkedIn.
//  [fr-sn] public code index, document "Releaf Prospector — Prompt Claude Code VSC" (library file id
//        52592683122), SECTORS_SEED: French Sales Navigator industry typeahead labels with their ids,
//        "vérifiés via le typeahead Sales Navigator le 16/04/2026" (second-hand); the id is in each comment.
// Missing (no source found): de and fr for software, IT and internet; most starter-playbook
// industries in de, it and nl; Government Administration and Accommodation Services in every language.

type Lang = 'de' | 'fr' | 'es' | 'pt' | 'nl' | 'it';

const NAMES: Record<Lang, [local: string, english: string][]> = {
  de: [
    ['IT-Dienstleistungen und IT-Beratung', 'IT Services and IT Consulting'], // [de-page]
  ],
  fr: [
    ['Industrie manufacturière', 'Manufacturing'], // [fr-sn] 25
    ['Fabrication de machines', 'Machinery Manufacturing'], // [fr-sn] 55
    ['Fabrication de machines industrielles', 'Industrial Machinery Manufacturing'], // [fr-sn] 135
    ["Fabrication de machines d'automatisation", 'Automation Machinery Manufacturing'], // [fr-sn] 147
    ['Fabrication de matériel de transport', 'Transportation Equipment Manufacturing'], // [fr-sn] 1029
    ['Fabrication de produits informatiques et électroniques', 'Computers and Electronics Manufacturing'], // [fr-sn] 24
    ['Fabrication de produits alimentaires et boissons', 'Food and Beverage Manufacturing'], // [fr-sn] 23
    ['Fabrication de produits chimiques', 'Chemical Manufacturing'], // [fr-sn] 54
    ['Hôpitaux et services de santé', 'Hospitals and Health Care'], // [fr-sn] 14
    ['Construction', 'Construction'], // [fr-sn] 48
    ['Commerce de détail', 'Retail'], // [fr-sn] 27
    ['Services et conseil aux entreprises', 'Business Consulting and Services'], // [fr-sn] 11
    ['Transports routiers de fret', 'Truck Transportation'], // [fr-sn] 92
  ],
  es: [
    ['Desarrollo de software', 'Software Development'], // [R5]
    ['Servicios de TI y consultoría de TI', 'IT Services and IT Consulting'], // [R5]
    ['Servicios y tecnologías de la información', 'IT Services and IT Consulting'], // [R5] V1 "Information Technology & Services"
    ['Tecnología, información e internet', 'Technology, Information and Internet'], // [R5]
    ['Tecnología, información y medios de comunicación', 'Technology, Information and Media'], // [R5]
    ['Venta minorista', 'Retail'], // [R5]
    ['Comercio al por menor de prendas de vestir y moda', 'Retail Apparel and Fashion'], // [es-job]
    ['Industria textil y moda para la venta minorista', 'Retail Apparel and Fashion'], // [R5] 2023 wording
    ['Dotación y selección de personal', 'Staffing and Recruiting'], // [R5]
    ['Servicios financieros', 'Financial Services'], // [R5]
    ['Manufactura', 'Manufacturing'], // [R5]
    ['Fabricación de maquinaria industrial', 'Industrial Machinery Manufacturing'], // [R5]
    ['Fabricación de maquinaria de automatización', 'Automation Machinery Manufacturing'], // [R5]
    ['Fabricación de productos químicos', 'Chemical Manufacturing'], // [R5]
    ['Hospitales y atención sanitaria', 'Hospitals and Health Care'], // [R5]
    ['Servicios de publicidad', 'Advertising Services'], // [R5]
    ['Asesoría y servicios empresariales', 'Business Consulting and Services'], // [R5]
    ['Servicios de recursos humanos', 'Human Resources Services'], // [R5]
  ],
  pt: [
    ['Desenvolvimento de software', 'Software Development'], // [R5]
    ['Serviços e consultoria de TI', 'IT Services and IT Consulting'], // [R5]
    ['Tecnologia da informação e serviços', 'IT Services and IT Consulting'], // [R9] V1 "Information Technology & Services"
    ['Tecnologia, Informação e Internet', 'Technology, Information and Internet'], // [R5]
    ['Varejo', 'Retail'], // [R5]
    ['Recrutamento e seleção', 'Staffing and Recruiting'], // [R5], [R9]
    ['Serviços financeiros', 'Financial Services'], // [R5]
    ['Manufatura', 'Manufacturing'], // [R5]
    ['Fabricação de máquinas de automação', 'Automation Machinery Manufacturing'], // [R5]
    ['Fabricação de produtos químicos', 'Chemical Manufacturing'], // [R5]
    ['Hospitais e atendimento à saúde', 'Hospitals and Health Care'], // [R5]
    ['Serviços de publicidade', 'Advertising Services'], // [R5]
    ['Consultoria e serviços empresariais', 'Business Consulting and Services'], // [R5]
    ['Serviços de recursos humanos', 'Human Resources Services'], // [R5]
  ],
  nl: [
    ['Softwareontwikkeling', 'Software Development'], // [R15]
    ['IT-diensten en IT-consultancy', 'IT Services and IT Consulting'], // [R15]
    ['Technologie, informatie en internet', 'Technology, Information and Internet'], // [R15]
    ['Financiële dienstverlening', 'Financial Services'], // [R15]
  ],
  it: [
    ['Tecnologia, informazioni e internet', 'Technology, Information and Internet'], // [R10]
  ],
};

let tables: Map<string, Map<string, string>> | undefined;

function load(): Map<string, Map<string, string>> {
  if (tables) return tables;
  tables = new Map();
  for (const [lang, names] of Object.entries(NAMES)) tables.set(lang, new Map(names.map(([l, en]) => [industryKey(l), en])));
  return tables;
}

export const INDUSTRY_LANGS = Object.keys(NAMES) as Lang[];

/**
 * A localised LinkedIn industry name → its English V2 label: in the page's language when known,
 * else in whichever language has it. An English label (V1 or V2) passes as itself. Null when no
 * source gave the name: an industry in an unknown wording stays unknown rather than a miss.
 */
export function industryFromLocal(text: string, lang?: string): { label: string; lang: string } | null {
  const key = industryKey(text);
  if (!key) return null;
  const t = load();
  const english = normaliseIndustry(text) ? { label: text, lang: 'en' } : null;
  // without a page language an English label reads as English ("Construction" is French too)
  if (lang === 'en' || (!lang && english)) return english;
  for (const l of lang && t.has(lang) ? [lang] : [...t.keys()]) {
    const en = t.get(l)!.get(key);
    if (en) return { label: en, lang: l };
  }
  return english;
}

/** Every (language, local name, English label) row, for tests and docs. */
export const industryTranslations = (): [string, string, string][] =>
  Object.entries(NAMES).flatMap(([lang, names]) => names.map(([l, en]) => [lang, l, en] as [string, string, string]));
