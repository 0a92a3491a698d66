import type { Json } from '../../lib/playbook/edit/draft';
import { asList, asObj, asText, type EditApi } from './api';
import { Problems, SelectField, TextField } from './fields';
import { Reorderable } from './Reorderable';
import { WordsField } from './WordsField';

const OWNER = [
  { value: 'someone', label: 'has an owner' },
  { value: 'nobody', label: 'has no owner' },
  { value: 'me', label: 'is owned by the rep' },
  { value: 'someone-else', label: 'is owned by a colleague' },
] as const;

// "me" / "someone-else" compare the owner with each rep's own setting, not with anything in the playbook
const NEEDS_ME = 'Each rep sets "Your name in the CRM" in Options → CRM; for a rep who has not, this rule does not apply and the side panel says so.';

const NEW_RULE = { stages: ['Customer'], action: 'Customer — talk to {{owner}}' };

/**
 * The playbook's CRM rules (issue 19): what to do about an account already in the team's CRM list.
 * The first rule that fits applies; the last rule removed removes the whole "crm" part (the format
 * wants at least one rule when it is there).
 */
export function CrmRulesSection({ ed, draft }: { ed: EditApi; draft: Json }) {
  const at = ['crm', 'rules'];
  const list = asList(asObj(asObj(draft).crm).rules);
  const add = () => ed.set(['crm'], { ...asObj(asObj(draft).crm), rules: [...list, NEW_RULE] });
  return (
    <section aria-labelledby="crm-rules-h" data-testid="crm-rules">
      <h3 id="crm-rules-h">Accounts already in the CRM</h3>
      <p className="small muted">
        For accounts found in the CRM list imported in Options → CRM. The first rule that fits replaces the tier&apos;s action and/or adds a
        mark; {'{{owner}}'} and {'{{stage}}'} are filled in. New accounts keep their tier&apos;s action.
      </p>
      <Problems ed={ed} path={['crm']} />
      <Reorderable
        count={list.length}
        testId="crm-rules"
        name={(i) => `CRM rule ${i + 1}${asText(asObj(list[i]).action) ? ` "${asText(asObj(list[i]).action)}"` : ''}`}
        readOnly={ed.readOnly}
        onMove={(from, to) => ed.move(at, from, to)}
        onRemove={(i) => (list.length === 1 ? ed.set(['crm'], undefined) : ed.remove(at, i))}
        render={(i) => {
          const row = [...at, i];
          const r = asObj(list[i]);
          return (
            <div className="fields">
              <Problems ed={ed} path={row} />
              <WordsField ed={ed} path={[...row, 'stages']} label="CRM stages (empty: any stage)" value={r.stages} hint="e.g. Customer, Opportunity — any case" />
              <SelectField ed={ed} path={[...row, 'owner']} label="Only when the account" value={r.owner} options={OWNER} blank="whoever owns it" />
              {(r.owner === 'me' || r.owner === 'someone-else') && (
                <p className="small muted" data-testid="crm-rule-needs-me">
                  {NEEDS_ME}
                </p>
              )}
              <TextField ed={ed} path={[...row, 'action']} label="What the rep should do instead" value={r.action} optional wide />
              <TextField ed={ed} path={[...row, 'mark']} label="Mark beside In CRM" value={r.mark} optional placeholder="Owned by {{owner}}" />
            </div>
          );
        }}
      />
      {!ed.readOnly && <button type="button" onClick={add} data-testid="crm-rule-add">+ Add CRM rule</button>}
    </section>
  );
}
