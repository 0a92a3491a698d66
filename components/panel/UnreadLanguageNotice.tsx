import { languageName } from '../../lib/facts/locale-languages';
import { StatusNotice } from './StatusNotice';

/** The languages whose LinkedIn words are read (lib/extract/core/lang.ts READ_LANGUAGES), by their own names. */
const READ = ['en', 'de', 'fr', 'es', 'pt', 'nl', 'it'];

/**
 * A LinkedIn page in a UI language we do not read, with nothing language-independent on it: say so
 * rather than show an empty company (issue 21). `lang` is the page's <html lang> code.
 */
export function UnreadLanguageNotice({ lang, onDiagnostics }: { lang: string; onDiagnostics?: () => void }) {
  const name = languageName(lang) || lang;
  return (
    <StatusNotice title={`LinkedIn in ${name} is not read yet`} testId="state-unread-language">
      <p>
        This page is in {name}. ICP Fit reads LinkedIn in {READ.map(languageName).join(', ')}. Nothing was scored: set
        LinkedIn to one of these languages and reload the page.
      </p>
      {onDiagnostics && <button type="button" onClick={onDiagnostics}>Open diagnostics</button>}
    </StatusNotice>
  );
}
