import { z } from 'zod';
import { OPERATORS, PLAYBOOK_FACTS } from './facts';

/**
 * The playbook file, format icp-fit/playbook@1: a public contract managers write by hand.
 * Objects are strict (an unknown key is an error, usually a typo). Cross-references, operator and
 * operand checks are in validate.ts. docs/playbook-format.md explains every field.
 */
export const PLAYBOOK_FORMAT = 'icp-fit/playbook@1';

const Id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'use letters, digits, - and _ (max 64)').describe('Unique id (letters, digits, - and _)');
const Text = (max: number) => z.string().trim().min(1).max(max);
const Operand = z.union([z.string().max(200), z.number().finite()]);

/** The inline test shared by criteria, disqualifiers and segments. */
const testShape = {
  fact: z.enum(PLAYBOOK_FACTS).describe('The company fact to test').optional(),
  is: z.enum(OPERATORS).describe('The operator').optional(),
  values: z.array(Operand).min(1).max(500).optional(),
  value: Operand.optional(),
  min: z.number().finite().optional(),
  max: z.number().finite().optional(),
  days: z.number().int().positive().max(36500).optional(),
};

export const Criterion = z
  .object({
    id: Id,
    label: Text(200),
    layer: z.enum(['firmographic', 'technographic', 'signal', 'qualitative']),
    points: z.number().finite().positive().max(1000),
    required: z.boolean().optional(),
    question: Text(500).optional().describe('What to ask when the fact is unknown'),
    ...testShape,
  })
  .strict();
export type Criterion = z.infer<typeof Criterion>;

export const Disqualifier = z.object({ id: Id, reason: Text(300), ...testShape }).strict();
export type Disqualifier = z.infer<typeof Disqualifier>;

export const Segment = z.object({ id: Id, name: Text(100), ...testShape }).strict();
export type Segment = z.infer<typeof Segment>;

export const Tier = z
  .object({
    name: Text(12).describe('Shown on the badge (first 4 characters)'),
    min: z.number().finite().min(0).max(100).describe('Lowest score in this tier'),
    action: Text(300).optional().describe('What a rep should do with an account in this tier'),
  })
  .strict();
export type Tier = z.infer<typeof Tier>;

export const Icp = z
  .object({
    id: Id,
    name: Text(120),
    description: z.string().max(2000).optional(),
    criteria: z.array(Criterion).min(1).max(1000),
    disqualifiers: z.array(Disqualifier).max(200).default([]),
    tiers: z.array(Tier).min(1).max(10),
    segments: z.array(Segment).max(50).default([]),
    minCoverage: z.number().min(0).max(1).optional().describe('Below this coverage the tier is provisional (default 0.5)'),
  })
  .strict();
export type Icp = z.infer<typeof Icp>;

export const TalkingPoint = z
  .object({
    text: Text(1000).describe('May use {{fact}} placeholders; a point with an unknown placeholder is left out'),
    if: z.union([Id, z.array(Id).min(1).max(20)]).optional().describe('Criterion id(s) that must be matched'),
    segment: Id.optional().describe('Only for accounts in this segment'),
  })
  .strict();
export type TalkingPoint = z.infer<typeof TalkingPoint>;

export const Persona = z
  .object({
    id: Id,
    name: Text(120),
    titles: z.array(Text(120)).min(1).max(100).describe('Job-title patterns, e.g. "Head of Sales", "VP Sales"'),
    cares: z.array(Text(300)).max(50).default([]),
    talkingPoints: z.array(TalkingPoint).max(100).default([]),
    questions: z.array(Text(500)).max(50).default([]),
  })
  .strict();
export type Persona = z.infer<typeof Persona>;

export const Playbook = z
  .object({
    $schema: z.string().max(500).optional(),
    format: z.literal(PLAYBOOK_FORMAT),
    name: Text(120),
    version: Text(40).describe('Your version label, e.g. 2026.4'),
    owner: z.string().max(200).optional(),
    updated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD').optional(),
    icps: z.array(Icp).min(1).max(50),
    personas: z.array(Persona).max(100).default([]),
  })
  .strict();
export type Playbook = z.infer<typeof Playbook>;
export type PlaybookInput = z.input<typeof Playbook>;
