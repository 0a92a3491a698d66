/* eslint-disable @typescript-eslint/no-explicit-any -- these tests edit and inspect arbitrary JSON documents */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { playbookJsonSchema, playbookJsonSchemaText, PLAYBOOK_SCHEMA_ID } from '../../../lib/playbook/json-schema';
import { REGIONS } from '../../../lib/facts/location';

const committed = fileURLToPath(new URL('../../../public/playbook.schema.json', import.meta.url));

describe('playbook JSON Schema', () => {
  it('public/playbook.schema.json is up to date (run: npm run --silent icp -- schema > public/playbook.schema.json)', () => {
    expect(readFileSync(committed, 'utf8')).toBe(playbookJsonSchemaText());
  });

  it('identifies itself and describes fields for editors', () => {
    const s = playbookJsonSchema() as any;
    expect(s.$id).toBe(PLAYBOOK_SCHEMA_ID);
    expect(s.title).toMatch(/icp-fit\/playbook@1/);
    expect(s.required).toEqual(['format', 'name', 'version', 'icps']);
    expect(s.additionalProperties).toBe(false);
    expect(Object.keys(s.properties)).toEqual(['$schema', 'format', 'name', 'version', 'owner', 'updated', 'icps', 'personas', 'crm', 'maxAgeDays']);
    const criterion = s.properties.icps.items.properties.criteria.items;
    expect(criterion.additionalProperties).toBe(false);
    expect(criterion.properties.fact.enum).toContain('headcountGrowth');
    expect(criterion.properties.is.enum).toContain('within-days');
    expect(criterion.properties.points.exclusiveMinimum).toBe(0);
    expect(criterion.properties.question.description).toBe('What to ask when the fact is unknown');
  });

  it('suggests values per fact: regions as a closed list, stages and industries as examples', () => {
    const hints = (playbookJsonSchema() as any).$defs.factValues.allOf;
    const forFact = (fact: string) => hints.find((h: any) => h.if.properties.fact.const === fact).then.properties;
    expect(forFact('hqRegion').values.items.enum).toEqual([...REGIONS]);
    expect(forFact('fundingStage').values.items.examples).toContain('series-b');
    expect(forFact('industry').values.items.examples).toContain('Software Development');
  });

  it('is what `icp schema` prints and what starter.json points at', () => {
    const starter = JSON.parse(readFileSync(fileURLToPath(new URL('../../../lib/playbook/templates/starter.json', import.meta.url)), 'utf8'));
    expect(fileURLToPath(new URL(starter.$schema, new URL('../../../lib/playbook/templates/starter.json', import.meta.url)))).toBe(committed);
  });
});
