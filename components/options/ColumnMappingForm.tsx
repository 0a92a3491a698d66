import { FIELD_LABELS, FIELDS, type ColumnMapping, type Field } from '../../lib/insights/columns';

/** Which column holds what: detected, and changeable one field at a time. */
export function ColumnMappingForm({ header, mapping, onChange }: { header: string[]; mapping: ColumnMapping; onChange: (field: Field, column: number | undefined) => void }) {
  return (
    <div className="mapping" data-testid="column-mapping">
      {FIELDS.map((f) => (
        <label key={f} className="mapping-field">
          <span className="small muted">{FIELD_LABELS[f]}</span>
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
