// A language code as its own speakers write it, for evidence ("LinkedIn (Deutsch): Branche: …") and
// the panel ("LinkedIn in Polski is not read yet"). Names come from the platform's CLDR data
// (Intl.DisplayNames in Chrome and Node), not from a table of ours.

const cache = new Map<string, string>();

/** "de" → "Deutsch", "fr" → "Français", "pt" → "Português", "pl" → "Polski"; an unknown code → itself. */
export function languageName(code: string): string {
  if (typeof code !== 'string' || !/^[a-z]{2,3}$/.test(code)) return '';
  const hit = cache.get(code);
  if (hit) return hit;
  let name = code;
  try {
    const own = new Intl.DisplayNames([code], { type: 'language' }).of(code);
    if (own && own !== code) name = own.charAt(0).toLocaleUpperCase(code) + own.slice(1);
  } catch {
    // a code Intl does not accept: show the code
  }
  if (cache.size < 200) cache.set(code, name);
  return name;
}
