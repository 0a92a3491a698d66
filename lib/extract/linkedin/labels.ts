// The words LinkedIn prints beside company facts, in every UI language we read. Background only:
// the content script records labels and values as it finds them (labels-record.ts) and these
// dictionaries map them when the log is replayed (labels-read.ts), so they cost the content
// script nothing. Every string was seen in a real source; none is a translation of ours:
//  [app]  reverseengineeringer/com.linkedin.android apktool/res/values-{de,fr,es,pt,it}/strings.xml
//         @4e7235e (LinkedIn's Android app 4.0.53, 2016): entities_company_*, entities_followers,
//         entities_x_employees.
//  [de-page] joergdeymann/BewerbungsmanagerEditiion dok/Beispiel_LinkedIn_InsideM2M_Info.txt and
//         Beispiel_LinkedIn_InsideM2M.txt @1148957: a German company Info page and job posting (2025-26),
//         copied as text from LinkedIn.
//  [de-16] Mutigen/linkedin_copilot linkedin-copilot.js @7bde19c (German page token "Follower:innen").
//  [es-job] ../shared/real-pages/linkedin-jobs/diegoale23__plataforma_gestion__job_detail_4207705658@7a7caf06.html
//         (es logged-in job page, 2025): "seguidores", "empleados", "en LinkedIn".
//  [es-17] DiegoP2001/Linkedin-scraper classes/constants/others.py @9239938 (es search filters, 2025).
//  [fr-3] JeasonYork/Job-Maket-Projet-Fil-Rouge linkedin_page.html @3512f82 (fr feed, 2024): "abonnés".
//  [it-10] ar3ac/job_hunter linkedin_debug.html @2c2d350 (it job page, 2025): "follower", "dipendenti", "su LinkedIn".
// Dutch: no source showed a single label (nl pages are read by structure, numbers and industry names only).
// Not found in any language, so left out: company type values (except German "Privatunternehmen"),
// Sales Navigator labels, "associated members" outside German, "on LinkedIn" in fr/pt.

export type LabelLang = 'en' | 'de' | 'fr' | 'es' | 'pt' | 'nl' | 'it';
export type DetailField = 'website' | 'industry' | 'size' | 'headquarters' | 'type' | 'founded' | 'specialties';

/** About-section (and 2018 "Company details") labels → the field they name. */
export const DETAIL_LABELS: Record<LabelLang, [string, DetailField][]> = {
  en: [
    ['Website', 'website'], ['Industry', 'industry'], ['Industries', 'industry'], ['Company size', 'size'], ['Size', 'size'],
    ['Headquarters', 'headquarters'], ['Headquarter', 'headquarters'], ['Type', 'type'], ['Company type', 'type'],
    ['Organization type', 'type'], ['Organisation type', 'type'], ['Founded', 'founded'], ['Year founded', 'founded'],
    ['Specialties', 'specialties'], ['Specialities', 'specialties'], ['Specialty', 'specialties'],
  ],
  de: [
    ['Website', 'website'], // [de-page]
    ['Webseite', 'website'], // [app]
    ['Branche', 'industry'], // [de-page], [app]
    ['Unternehmensgröße', 'size'], // [de-page], [app]
    ['Hauptsitz', 'headquarters'], // [de-page], [app]
    ['Gegründet', 'founded'], // [de-page], [app]
    ['Typ', 'type'], // [de-page], [app]
    ['Spezialgebiete', 'specialties'], // [de-page], [app]
  ],
  fr: [
    ['Site Web', 'website'], // [app]
    ['Secteur', 'industry'], // [app]
    ['Taille de l’entreprise', 'size'], // [app]
    ['Siège social', 'headquarters'], // [app]
    ['Fondée en', 'founded'], // [app]
    ['Type', 'type'], // [app]
    ['Spécialisations', 'specialties'], // [app]
  ],
  es: [
    ['Sitio web', 'website'], // [app]
    ['Sector', 'industry'], // [app], [es-17]
    ['Tamaño de empresa', 'size'], // [app]
    ['Tamaño de la empresa', 'size'], // [es-17]
    ['Sede', 'headquarters'], // [app]
    ['Fundada', 'founded'], // [app]
    ['Tipo', 'type'], // [app]
    ['Especialidades', 'specialties'], // [app]
  ],
  pt: [
    ['Site', 'website'], // [app]
    ['Setor', 'industry'], // [app]
    ['Tamanho da empresa', 'size'], // [app]
    ['Sede', 'headquarters'], // [app]
    ['Fundada em', 'founded'], // [app]
    ['Tipo', 'type'], // [app]
    ['Especializações', 'specialties'], // [app]
  ],
  nl: [],
  it: [
    ['Sito Web', 'website'], // [app]
    ['Settore', 'industry'], // [app]
    ['Dimensioni dell’azienda', 'size'], // [app]
    ['Sede principale', 'headquarters'], // [app]
    ['Data di fondazione', 'founded'], // [app]
    ['Tipo', 'type'], // [app]
    ['Settori di competenza', 'specialties'], // [app]
  ],
};

/** What a number counts, said by the words after it: followers, a headcount, or members on LinkedIn. */
export type Unit = 'followers' | 'employees' | 'members';

export const UNIT_WORDS: Record<LabelLang, [string, Unit][]> = {
  en: [['followers', 'followers'], ['follower', 'followers'], ['employees on LinkedIn', 'members'], ['on LinkedIn', 'members'],
    ['associated members', 'members'], ['associated member', 'members'], ['employees', 'employees'], ['employee', 'employees']],
  de: [
    ['Follower:innen', 'followers'], // [de-page], [de-16]
    ['Follower', 'followers'], // [app]
    ['verknüpfte Mitglieder', 'members'], // [de-page] "30 verknüpfte Mitglieder"
    ['auf LinkedIn', 'members'], // [de-page] job card "30 auf LinkedIn"
    ['Beschäftigte', 'employees'], // [de-page] "51-200 Beschäftigte"
    ['Mitarbeiter:innen', 'employees'], // [de-page] job card "51-200 Mitarbeiter:innen"
    ['Mitarbeiter', 'employees'], // [app]
  ],
  fr: [['abonnés', 'followers'], ['employés', 'employees']], // [app], [fr-3]
  es: [['seguidores', 'followers'], ['en LinkedIn', 'members'], ['empleados', 'employees']], // [app], [es-job]
  pt: [['seguidores', 'followers'], ['funcionários', 'employees']], // [app]
  nl: [],
  it: [['follower', 'followers'], ['su LinkedIn', 'members'], ['dipendenti', 'employees']], // [app], [it-10]
};

/** About "Type" values in other languages → LinkedIn's English wording. */
export const TYPE_VALUES: Partial<Record<LabelLang, [string, string][]>> = {
  de: [['Privatunternehmen', 'Privately Held']], // [de-page]
};

/**
 * The embedded company entity's `companyType.code` (language-independent, unlike its localizedName)
 * → English label. Codes as scrapers' tables of LinkedIn's API list them (public code index:
 * LINKEDIN_COMPANY_TYPES, file id 70739378386; Sales Navigator account.type enum, file id 57703857946).
 */
export const TYPE_CODES: Record<string, string> = {
  PUBLIC_COMPANY: 'Public Company',
  PRIVATELY_HELD: 'Privately Held',
  NON_PROFIT: 'Nonprofit',
  EDUCATIONAL: 'Educational',
  EDUCATIONAL_INSTITUTION: 'Educational',
  PARTNERSHIP: 'Partnership',
  SELF_EMPLOYED: 'Self-Employed',
  SELF_OWNED: 'Sole Proprietorship',
  GOVERNMENT_AGENCY: 'Government Agency',
};
