import { readFileSync, statSync } from 'node:fs';
import type { Command, CommandIo } from '../command';
import { extractPage } from '../../lib/extract';
import { extractList } from '../../lib/extract/list-extract';
import type { PageObservation } from '../../lib/facts/model';
import type { ListObservation } from '../../lib/facts/list-model';
import { listLines } from '../list-rows';
import { detectTechnologies } from '../../lib/extract/website/technologies';

// `icp extract <file.html> [--url <page url>]`: run the extension's own extractors on a saved page
// and print what they read, with evidence — how a user debugs a page that reads wrongly. A list page
// (search results, a Sales Navigator list, a People tab, a job posting) prints one row per line.

const MAX_FILE = 50 * 1024 * 1024;

type Jsdom = { JSDOM: new (html: string) => { window: { document: Document } } };

/** jsdom ships no type declarations (and adding @types is out of scope): its one constructor, typed here. */
async function parseHtml(html: string): Promise<Document> {
  const { JSDOM } = (await import('jsdom' as string)) as Jsdom;
  return new JSDOM(html).window.document;
}

function parseArgs(args: string[]): { file?: string; url?: string; error?: string } {
  let file: string | undefined;
  let url: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--url') {
      url = args[++i];
      if (!url) return { error: '--url needs a value' };
    } else if (a.startsWith('--url=')) url = a.slice(6);
    else if (a.startsWith('-')) return { error: `unknown option ${a}` };
    else if (!file) file = a;
    else return { error: `unexpected argument ${a}` };
  }
  return file ? { file, url } : { error: 'missing <file.html>' };
}

/** The page's own address when --url is not given: canonical link, else og:url. */
function pageUrl(doc: Document): string {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? '';
  return [canonical, og].find((u) => /^https?:\/\//i.test(u)) ?? '';
}

const extract: Command = async (args, io) => {
  const { file, url, error } = parseArgs(args);
  if (error || !file) {
    io.err(`icp extract: ${error}\nusage: npm run --silent icp -- extract <file.html> [--url <page url>]`);
    return 1;
  }
  let html: string;
  try {
    if (statSync(file).size > MAX_FILE) throw new Error(`larger than ${MAX_FILE / 1024 / 1024} MB`);
    html = readFileSync(file, 'utf8');
  } catch (e) {
    io.err(`icp extract: cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  const doc = await parseHtml(html);
  const target = url ?? pageUrl(doc);
  if (url && !/^https?:\/\//i.test(url)) {
    io.err(`icp extract: --url must be an http(s) address`);
    return 1;
  }
  const list = extractList(target, doc);
  if (list) {
    // a People tab is a company page too: its rows come after the company they belong to
    const page = list.pageType === 'linkedin-company-people' ? extractPage(target, doc) : undefined;
    if (list.rows.length || !page) return printList(list, page, io);
  }
  const obs = extractPage(target, doc);
  const out: Record<string, unknown> = { pageType: obs.pageType, url: obs.url, facts: obs.facts, person: obs.person ?? null, missing: obs.missing };
  // the page's UI language (<html lang>): how its labels and numbers were read
  if (obs.language) out.language = obs.language;
  // Per-technology evidence does not fit the fact's 200-character evidence: print it beside.
  if (obs.pageType === 'company-website') out.technologies = detectTechnologies(doc);
  io.out(JSON.stringify(out, null, 2));
  return 0;
};

/** A list page: one JSON object per row (JSON Lines), what `icp score` reads back. */
function printList(list: ListObservation, page: PageObservation | undefined, io: CommandIo): number {
  for (const line of listLines(list, page)) io.out(line);
  if (!list.rows.length) io.err(`icp extract: no rows recognised on this ${list.pageType} page`);
  if (list.truncated) io.err(`icp extract: only the first ${list.rows.length} rows were read`);
  return 0;
}

export default extract;
