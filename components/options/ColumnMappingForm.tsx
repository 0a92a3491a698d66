import { FIELD_LABELS, FIELDS, type ColumnMapping, type Field } from '../../lib/insights/columns';

/** Which column holds what: detected, and changeable one field at a time. */
export function ColumnMappingForm({ header, mapping, onChange }: { header: string[]; mapping: ColumnMapping; onChange: (field: Field, column: number | undefined) => void }) {
  return <MappingSelects fields={FIELDS} labels={FIELD_LABELS} header={header} mapping={mapping} onChange={onChange} />;
}

/** The selects for any set of fields (Analyse customers' above, the CRM tab's). */
export function MappingSelects<F extends string>(props: {
  fields: readonly F[];
  labels: Record<F, string>;
  header: string[];
  mapping: Partial<Record<F, number>>;
  onChange: (field: F, column: number | undefined) => void;
  testId?: string;
}) {
  const { fields, labels, header, mapping, onChange } = props;
  return (
    <div className="mapping" data-testid={props.testId ?? 'column-mapping'}>
      {fields.map((f) => (
        <label key={f} className="mapping-field">
          <span className="small muted">{labels[f]}</span>
          <select value={mapping[f] === undefined ? '' : String(mapping[f])} data-testid={`map-${f}`} onChange={(e) => onChange(f, e.target.value === '' ? undefined : Number(e.target.value))}>
            <option value="">— not in the file —</option>
            {header.map((h, i) => (
              <option key={i} value={String(i)}>
                {h.slice(0, 60) || `(column ${i + 1})`}
              </option>
            ))}
          </select>
        </label>
      ))}
    </div>
  );
}
