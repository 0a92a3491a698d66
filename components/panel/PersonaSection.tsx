import { useId, useState } from 'react';
import { CopyButton } from '../shared/CopyButton';
import type { IcpCard, PanelActions, PanelModel } from '../../lib/view/model';

/**
 * Who is in front of the rep and what to say: the persona (from a profile's title, or picked),
 * the talking points for it and the account's segment, the discovery questions; copy each or all.
 */
export function PersonaSection({ model, icp, actions, allText }: { model: PanelModel; icp: IcpCard; actions: PanelActions; allText: string }) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const { person, persona, personas, personaChoice } = model;
  const auto = person?.title ? `Automatic (from the title)` : 'Choose a persona…';
  const choose = (value: string) => {
    setError(null);
    actions.choosePersona(value === '' ? null : value).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return (
    <section aria-labelledby="persona-h" data-testid="persona-section">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2 id="persona-h">What to say</h2>
        <CopyButton text={allText} label="Copy all as plain text (for a CRM note or call prep)" onCopy={actions.copy}>
          Copy all
        </CopyButton>
      </div>
      <div className="card">
        {person && (person.name || person.title) && (
          <div data-testid="person" className="wrap">
            <strong><bdi dir="auto">{person.name ?? 'This person'}</bdi></strong>
            {person.title && <span className="muted"> · <bdi dir="auto">{person.title}</bdi></span>}
          </div>
        )}
        {person && (person.name || person.title) && (
          <div style={{ margin: '4px 0' }}>
            {person.saved ? (
              <span className="pill" data-testid="person-saved">Saved with this account</span>
            ) : (
              <button
                type="button"
                data-testid="save-person"
                title="Person details are kept only until the browser closes, unless you save them"
                onClick={() => void actions.savePerson({ name: person.name, title: person.title, headline: person.headline, profileUrl: person.profileUrl }).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))}
              >
                Save contact
              </button>
            )}
          </div>
        )}
        <div className="row" style={{ flexWrap: 'wrap' }}>
          <label htmlFor={id}>Persona</label>
          <select id={id} data-testid="persona-picker" value={personaChoice ?? ''} onChange={(e) => choose(e.target.value)}>
            <option value="">{auto}</option>
            {personas.map((p) => (
              <option key={p.id} value={p.id}>{p.name}</option>
            ))}
          </select>
          <span data-testid="persona" className="muted">
            {persona ? (
              <>
                {personaChoice ? 'Your pick: ' : 'Selected: '}
                <strong>{persona.name}</strong>
                {!personaChoice && persona.matchedBy && <> (title matches “{persona.matchedBy}”)</>}
              </>
            ) : (
              'None selected: pick one for talking points'
            )}
          </span>
        </div>
        {error && <div className="error-text" role="alert">{error}</div>}
      </div>
      <TextList title="Talking points" testId="talking-points" items={icp.talkingPoints} empty={persona ? `No talking point for ${persona.name} fits what is known yet.` : 'Pick a persona to see talking points.'} onCopy={actions.copy} />
      <TextList title="Discovery questions" testId="questions" items={icp.questions} empty="Nothing left to ask." onCopy={actions.copy} />
    </section>
  );
}

function TextList({ title, items, empty, testId, onCopy }: { title: string; items: string[]; empty: string; testId: string; onCopy: (t: string) => Promise<boolean> }) {
  return (
    <div data-testid={testId}>
      <h3>{title}</h3>
      {items.length === 0 ? (
        <p className="muted small">{empty}</p>
      ) : (
        <ul className="plain card">
          {items.map((t, i) => (
            <li key={i} className="row copy-row">
              <span className="grow wrap"><bdi dir="auto">{t}</bdi></span>
              <CopyButton text={t} label={`Copy: ${t.length > 60 ? `${t.slice(0, 60)}…` : t}`} onCopy={onCopy} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
