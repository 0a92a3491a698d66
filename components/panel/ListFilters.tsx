import { useId } from 'react';
import type { FilterOption, ListFilters as Filters, ListModel } from '../../lib/view/list-model';

function Select({ label, all, options, value, onChange }: { label: string; all: string; options: FilterOption[]; value?: string; onChange: (v?: string) => void }) {
  const id = useId();
  return (
    <span style={{ display: 'inline-grid', gap: 2 }}>
      <label htmlFor={id} className="small muted">{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{`${o.label} (${o.count})`}</option>
        ))}
      </select>
    </span>
  );
}

/** Narrow the list by tier, best ICP or persona; the choices are the ones the rows show. */
export function ListFilters({ options, value, onChange }: { options: ListModel['filters']; value: Filters; onChange: (f: Filters) => void }) {
  return (
    <div className="row" style={{ flexWrap: 'wrap', alignItems: 'end' }} data-testid="list-filters">
      <Select label="Tier" all="All tiers" options={options.tiers} value={value.tier} onChange={(tier) => onChange({ ...value, tier })} />
      {options.icps.length > 1 && <Select label="Best ICP" all="All ICPs" options={options.icps} value={value.icp} onChange={(icp) => onChange({ ...value, icp })} />}
      {options.personas.length > 0 && <Select label="Persona" all="All personas" options={options.personas} value={value.persona} onChange={(persona) => onChange({ ...value, persona })} />}
    </div>
  );
}
