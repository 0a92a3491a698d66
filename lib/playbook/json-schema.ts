import { z } from 'zod';
import { COMPANY_TYPES } from '../facts/company-type';
import { FUNDING_STAGES } from '../facts/funding';
import { listIndustries } from '../facts/industry';
import { REGIONS } from '../facts/location';
import { Criterion, Disqualifier, Playbook, PLAYBOOK_FORMAT, Segment } from './schema';

/** Where the published schema lives; files point at it with "$schema" for editor autocomplete. */
export const PLAYBOOK_SCHEMA_ID = 'https://icp-fit.app/schema/playbook@1.json';

/**
 * The JSON Schema of the playbook file, generated from the zod schema so the two never disagree.
 * Input side: fields with defaults (segments, personas, …) are optional, as a manager writes them.
 * Checks run in code (cross-references, operator/operand fit) are not in it: `icp validate`
 * reports those. Value suggestions per fact are added as if/then hints editors complete from.
 */
export function playbookJsonSchema(): Record<string, unknown> {
  const tests = new Set<unknown>([Criterion, Disqualifier, Segment]);
  const schema = z.toJSONSchema(Playbook, {
    io: 'input',
    target: 'draft-2020-12',
    override: (ctx) => {
      if (tests.has(ctx.zodSchema)) (ctx.jsonSchema as Record<string, unknown>).allOf = [{ $ref: '#/$defs/factValues' }];
    },
  }) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  const $defs = { ...(rest.$defs as object | undefined), factValues: { allOf: valueHints() } };
  return { $schema, $id: PLAYBOOK_SCHEMA_ID, title: `ICP Fit playbook (${PLAYBOOK_FORMAT})`, ...rest, $defs };
}

/** The text written to public/playbook.schema.json (stable: a test compares it byte for byte). */
export function playbookJsonSchemaText(): string {
  return JSON.stringify(playbookJsonSchema(), null, 2) + '\n';
}

// Regions are a closed list (enum). Stages, industries and company types accept other spellings
// ("Series B", old LinkedIn labels), so they are suggestions (examples), not a restriction.
function valueHints(): Record<string, unknown>[] {
  const stage = { examples: [...FUNDING_STAGES] };
  return [
    hint('hqRegion', { values: { items: { enum: [...REGIONS] } } }),
    hint('fundingStage', { values: { items: stage }, value: stage, min: stage, max: stage }),
    hint('industry', { values: { items: { examples: listIndustries() } } }),
    hint('companyType', { values: { items: { examples: [...COMPANY_TYPES] } } }),
  ];
}

function hint(fact: string, properties: Record<string, unknown>): Record<string, unknown> {
  return { if: { properties: { fact: { const: fact } }, required: ['fact'] }, then: { properties } };
}
