import { parseDate } from '../core/dates';
import { all, attr, first, text } from '../core/dom';
import { put, putParsed, type Reader } from '../core/facts';
import { crunchbaseOrgUrl } from '../core/urls';
import { FUNDING_BOX, FUNDING_COMPANY_LINK } from './selectors';

// LinkedIn's funding card ("via Crunchbase"): guest 2024 `section[data-test-id=funding]` with
// "5 total rounds", the last round type + <time datetime>, "US$ 4.8M"; logged-in Home 2021-26
// "Funding via Crunchbase · Series C · US$ 36.5M".

const STAGE = /\b(pre-?seed|seed|angel|series [a-k]\b|series unknown|venture(?: -)? series unknown|private equity|debt financing|convertible note|grant|post-ipo \w+|ipo)\b/i;
const MONEY = /(?:US\$|\$|USD)\s?\d[\d.,]*\s?[KMB]?/i;

function findBox(doc: Document, byHeading: boolean): Element | null {
  const box = first(doc, FUNDING_BOX);
  if (box || !byHeading) return box;
  // About tab: a card headed "Funding" / "Funding via Crunchbase" whatever its classes (2018): the
  // nearest ancestor of the heading that holds the round itself (a stage or an amount). Not on other
  // tabs: a heading query walks every element, and a Home feed without a funding card is most of a
  // 20,000-element page (docs/benchmarks.md, session 19).
  for (const h of all(doc, 'h2, h3, h4', 60)) {
    if (!/^funding( via crunchbase)?$/i.test(text(h, 60))) continue;
    let el = h.parentElement;
    for (let i = 0; el && i < 6; i++, el = el.parentElement) {
      const t = text(el, 1500);
      if (STAGE.test(t) || MONEY.test(t)) return el;
    }
  }
  return null;
}

/** The last round's type: the link around <time> (guest), else the first stage-like text. */
function stageText(box: Element, all_: string): string {
  const time = first(box, ['time']);
  const link = time?.closest('a');
  if (link) {
    const t = text(link, 200).replace(text(time, 100), '').trim();
    if (t) return t;
  }
  return STAGE.exec(all_)?.[0] ?? '';
}

export function readFundingCard(r: Reader): void {
  const box = findBox(r.doc, r.source === 'linkedin-company-about');
  if (!box) return;
  const t = text(box, 1500);
  const evidence = t.slice(0, 200);
  const rounds = /(\d{1,3})\s+total rounds?/i.exec(t);
  if (rounds) put(r, 'fundingRounds', Number(rounds[1]), rounds[0]);
  const stage = stageText(box, t);
  if (stage) putParsed(r, 'fundingStage', 'stage', stage, `${stage} — ${evidence}`);
  const money = MONEY.exec(t);
  if (money) putParsed(r, 'lastFundingAmount', 'money', money[0], `${money[0]} — ${evidence}`);
  const time = first(box, ['time[datetime]']);
  const date = attr(time, 'datetime', 40);
  if (/^\d{4}-\d{2}-\d{2}/.test(date)) put(r, 'lastFundingDate', date.slice(0, 10), `${text(time, 60)} (${date})`);
  // 2018 prints the last round's date as text: "Series unknown · Mar 10, 2012".
  else if (stage) put(r, 'lastFundingDate', parseDate(t.slice(t.indexOf(stage), t.indexOf(stage) + 80)), evidence);
  // Only the company's own Crunchbase link: investor links are other companies.
  const own = first(box, FUNDING_COMPANY_LINK);
  const named = all(box, 'a[href*="crunchbase.com"]', 20).find((a) => /crunchbase/i.test(text(a, 200)));
  for (const a of [own, named]) if (a) put(r, 'crunchbaseUrl', crunchbaseOrgUrl(a.getAttribute('href') ?? ''), a.getAttribute('href') ?? '');
}
