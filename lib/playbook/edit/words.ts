import type { Json } from './draft';

/**
 * A list field typed as text: "HubSpot, Salesforce" (or one item per line, for questions that
 * contain commas) → ["HubSpot", "Salesforce"]. With `numbers`, items that read as numbers become
 * numbers (a number fact's values); anything else stays text, so validation can name it.
 */
export function parseWords(text: string, numbers: boolean, lines = false): Json[] {
  const words = text.split(lines ? /\n/ : /[,\n]/).map((w) => w.trim()).filter(Boolean);
  return numbers ? words.map((w) => (/^-?\d+(\.\d+)?$/.test(w) ? Number(w) : w)) : words;
}

export function showWords(list: readonly Json[], lines: boolean): string {
  return list.map((v) => String(v)).join(lines ? '\n' : ', ');
}
