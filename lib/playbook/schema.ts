import { z } from 'zod';
import { OPERATORS, PLAYBOOK_FACTS } from './facts';

/**
 * The playbook file, format icp-fit/playbook@1: a public contract managers write by hand.
 * Objects are strict (an unknown key is an error, usually a typo). Cross-references, operator and
 * operand checks are in checks.ts. docs/playbook-format.md explains every field; the descriptions
 * here end up in public/playbook.schema.json, which is what editors show while a manager types.
 */
export const PLAYBOOK_FORMAT = 'icp-fit/playbook@1';

const Id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'use letters, digits, - and _ (at most 64, starting with a letter or digit)');
const Text = (max: number) => z.string().trim().min(1).max(max);
const Word = z.string().trim().min(1).max(200);
const Operand = z.union([Word, z.number().finite()]);
const Bound = z.union([z.number().finite(), Word]);

/** The inline test shared by criteria, disqualifiers and segments. */
export const testShape = {
  fact: z.enum(PLAYBOOK_FACTS).optional().describe('The company fact to test, e.g. "employees", "industry", "technologies"'),
  is: z.enum(OPERATORS).optional().describe('The operator: in, not-in, between, at-least, at-most, above, below, any, all, matches, within-days, present, absent'),
  values: z.array(Operand).min(1).max(500).optional().describe('For in, not-in, any, all and matches: the values to look for'),
  value: Operand.optional().describe('For at-least, at-most, above and below: the threshold'),
  min: Bound.optional().describe('For between: the lowest value, inclusive (a number, or a funding stage)'),
  max: Bound.optional().describe('For between: the highest value, inclusive (a number, or a funding stage)'),
  days: z.number().int().positive().max(36500).optional().describe('For within-days: how many days back from today'),
};

export const Layer = z.enum(['firmographic', 'technographic', 'signal', 'qualitative']);
export type Layer = z.infer<typeof Layer>;

/** Issue 20: how old a fact may be, in days, before it counts as unknown. */
const MaxAge = z.number().int().positive().max(36500);
export const MaxAgeDays = z
  .object({
    firmographic: MaxAge.optional().describe('Firmographic facts older than this many days count as unknown (default 365)'),
    technographic: MaxAge.optional().describe('Technographic facts older than this many days count as unknown (default: no limit)'),
    signal: MaxAge.optional().describe('Signal facts older than this many days count as unknown (default 90)'),
  })
  .strict();
export type MaxAgeDays = z.infer<typeof MaxAgeDays>;

export const Criterion = z
  .object({
    id: Id.describe('Unique within the ICP; talking points refer to it in "if"'),
    label: Text(200).describe('What the rep reads, e.g. "20–150 employees"'),
    layer: Layer.describe('firmographic / technographic (who), signal (when), qualitative (answered by the rep)'),
    points: z.number().finite().positive().max(1000).describe('Weight of this criterion (> 0)'),
    required: z.boolean().optional().describe('A must-have: when missed, the tier is capped at the lowest tier'),
    question: Text(500).optional().describe('What to ask when the fact is unknown'),
    maxAgeDays: MaxAge.optional().describe("A fact read, or a rep's answer given, longer ago than this many days counts as unknown for this criterion (overrides the playbook's maxAgeDays for its layer)"),
    ...testShape,
  })
  .strict();
export type Criterion = z.infer<typeof Criterion>;

export const Disqualifier = z
  .object({ id: Id.describe('Unique within the ICP'), reason: Text(300).describe('Shown first when the account is disqualified'), ...testShape })
  .strict();
export type Disqualifier = z.infer<typeof Disqualifier>;

export const Segment = z
  .object({ id: Id.describe('Unique within the ICP; talking points refer to it in "segment"'), name: Text(100), ...testShape })
  .strict();
export type Segment = z.infer<typeof Segment>;

export const Tier = z
  .object({
    name: Text(12).describe('Shown on the badge, e.g. "A"'),
    min: z.number().finite().min(0).max(100).describe('Lowest score in this tier; list tiers from the highest min down, the last at 0'),
    action: Text(300).optional().describe('What a rep should do with an account in this tier'),
  })
  .strict();
export type Tier = z.infer<typeof Tier>;

export const Icp = z
  .object({
    id: Id.describe('Unique in the playbook'),
    name: Text(120),
    description: z.string().max(2000).optional(),
    criteria: z.array(Criterion).min(1).max(1000).describe('Weighted tests; points usually sum to 100'),
    disqualifiers: z.array(Disqualifier).max(200).default([]).describe('Any hit puts the account in tier DQ'),
    tiers: z.array(Tier).min(1).max(10).describe('Highest min first; the last tier has min 0'),
    segments: z.array(Segment).max(50).default([]).describe('The first segment whose test matches selects messaging'),
    minCoverage: z.number().min(0).max(1).optional().describe('Below this share of known points the tier is provisional (default 0.5)'),
  })
  .strict();
export type Icp = z.infer<typeof Icp>;

export const TalkingPoint = z
  .object({
    text: Text(1000).describe('May use {{fact}} placeholders; a point whose placeholder has no value is left out'),
    if: z.union([Id, z.array(Id).min(1).max(20)]).optional().describe('Criterion id(s) that must be matched'),
    segment: Id.optional().describe('Only for accounts in this segment'),
  })
  .strict();
export type TalkingPoint = z.infer<typeof TalkingPoint>;

export const Persona = z
  .object({
    id: Id.describe('Unique in the playbook'),
    name: Text(120),
    titles: z.array(Text(120)).min(1).max(100).describe('Job-title patterns, e.g. "Head of Sales", "VP Sales"'),
    cares: z.array(Text(300)).max(50).default([]).describe('What this person cares about'),
    talkingPoints: z.array(TalkingPoint).max(100).default([]),
    questions: z.array(Text(500)).max(50).default([]).describe('Discovery questions for this persona'),
  })
  .strict();
export type Persona = z.infer<typeof Persona>;

/**
 * What the playbook says to do about an account already in the team's CRM list (issue 19): the
 * first rule whose stages and owner fit the account's CRM answer replaces the tier's action and/or
 * adds a mark beside "In CRM …". Accounts not in the CRM list are never touched by these rules.
 */
export const CrmRule = z
  .object({
    stages: z.array(Word).min(1).max(50).optional().describe('CRM lifecycle stages or account types this rule is for, e.g. "Customer" (any case); every stage when absent'),
    owner: z
      .enum(['someone', 'nobody', 'me', 'someone-else'])
      .optional()
      .describe('"someone": only accounts the CRM gives an owner; "nobody": only accounts without one; "me": only the rep\'s own accounts; "someone-else": only accounts a colleague owns ("me" and "someone-else" need the rep\'s "Your name in the CRM", Options → CRM; without it the rule does not apply)'),
    action: Text(300).optional().describe('Replaces the tier\'s action, e.g. "Customer — talk to {{owner}}" ({{owner}} and {{stage}} are filled in)'),
    mark: Text(80).optional().describe('A short mark shown with the CRM answer, e.g. "Owned by {{owner}}"'),
  })
  .strict();
export type CrmRule = z.infer<typeof CrmRule>;

export const CrmRules = z
  .object({ rules: z.array(CrmRule).min(1).max(20).describe('Checked in order; the first that fits an account in the CRM list applies') })
  .strict();
export type CrmRules = z.infer<typeof CrmRules>;

export const Playbook = z
  .object({
    $schema: z.string().max(500).optional().describe('Path or URL of playbook.schema.json, for editor autocomplete'),
    format: z.literal(PLAYBOOK_FORMAT).describe('The file format and its version'),
    name: Text(120).describe('The playbook name reps see'),
    version: Text(40).describe('Your version label, e.g. "2026.4"'),
    owner: z.string().max(200).optional().describe('Who maintains this playbook'),
    updated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD').optional().describe('Last edited (YYYY-MM-DD)'),
    icps: z.array(Icp).min(1).max(50),
    personas: z.array(Persona).max(100).default([]),
    crm: CrmRules.optional().describe('What to do about accounts already in the team\'s CRM list (customers, open deals, owned accounts)'),
    maxAgeDays: MaxAgeDays.optional().describe('Per layer: how old a fact may be, in days, before it counts as unknown (defaults: firmographic 365, signal 90)'),
  })
  .strict()
  .describe('An ICP Fit playbook: ideal customer profiles and personas');
export type Playbook = z.infer<typeof Playbook>;
export type PlaybookInput = z.input<typeof Playbook>;
