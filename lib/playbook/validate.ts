import type { z } from 'zod';
import { crossCheck, type Problem } from './checks';
import { migrate } from './migrate';
import { Playbook } from './schema';

export const MAX_PLAYBOOK_BYTES = 1024 * 1024;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 32;

export type ParseResult = { ok: true; playbook: Playbook; warnings: Problem[] } | { ok: false; errors: Problem[] };
export type { Problem };

/**
 * Playbook file text → a valid playbook, or every problem found with its JSON path and a
 * plain-English message. Never throws, whatever the input.
 */
export function parsePlaybookText(text: string): ParseResult {
  if (typeof text !== 'string') return fail('', 'not a text file');
  if (text.length > MAX_PLAYBOOK_BYTES) return fail('', `the file is larger than 1 MB (${Math.round(text.length / 1024)} KB)`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return fail('', `not valid JSON: ${e instanceof Error ? e.message : 'parse error'}`);
  }
  return parsePlaybook(json);
}

/** Same as parsePlaybookText, for an already-parsed value (e.g. from managed storage). */
export function parsePlaybook(json: unknown): ParseResult {
  const unsafe = findForbiddenKeys(json, '', 0);
  if (unsafe.length) return { ok: false, errors: unsafe };
  const migrated = migrate(json);
  if (!migrated.ok) return fail('format', migrated.message);
  const parsed = Playbook.safeParse(migrated.doc);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map(toProblem) };
  const { errors, warnings } = crossCheck(parsed.data);
  return errors.length ? { ok: false, errors } : { ok: true, playbook: parsed.data, warnings };
}

function fail(path: string, message: string): ParseResult {
  return { ok: false, errors: [{ path, message }] };
}

function findForbiddenKeys(value: unknown, path: string, depth: number): Problem[] {
  if (depth > MAX_DEPTH) return [{ path, message: `nested more than ${MAX_DEPTH} levels deep` }];
  if (!value || typeof value !== 'object') return [];
  const out: Problem[] = [];
  for (const k of Object.keys(value)) {
    const p = Array.isArray(value) ? `${path}[${k}]` : path ? `${path}.${k}` : k;
    if (FORBIDDEN_KEYS.has(k)) out.push({ path: p, message: `"${k}" is not allowed as a key` });
    else out.push(...findForbiddenKeys((value as Record<string, unknown>)[k], p, depth + 1));
    if (out.length >= 50) break;
  }
  return out;
}

/** `icps[0].criteria[3].max` from zod's path array. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '');
}

function toProblem(issue: z.core.$ZodIssue): Problem {
  const path = formatPath(issue.path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return { path, message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}` };
    case 'invalid_type':
      return { path, message: issue.input === undefined ? 'required' : `must be ${article(issue.expected)}` };
    case 'too_small':
      return { path, message: issue.origin === 'array' ? `needs at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}` : issue.origin === 'string' ? 'must not be empty' : `must be ${issue.inclusive ? '≥' : '>'} ${issue.minimum}` };
    case 'too_big':
      return { path, message: issue.origin === 'array' ? `at most ${issue.maximum} items` : issue.origin === 'string' ? `at most ${issue.maximum} characters` : `must be ≤ ${issue.maximum}` };
    case 'invalid_value':
      return { path, message: `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}` };
    default:
      return { path, message: issue.message };
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
