import type { z } from 'zod';
import { crossCheck, salvage, type Problem } from './checks';
import { migrate } from './migrate';
import { Playbook } from './schema';
import { MAX_PLAYBOOK_BYTES, tooLargeMessage } from './limits';

export { MAX_PLAYBOOK_BYTES };
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
  const bytes = utf8Length(text);
  if (bytes > MAX_PLAYBOOK_BYTES) return fail('', tooLargeMessage(bytes));
  let json: unknown;
  try {
    // editors on Windows save a byte-order mark; it is not part of the JSON
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
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
  if (!parsed.success) {
    const zodProblems = parsed.error.issues.map((issue) => toProblem(issue, migrated.doc));
    return { ok: false, errors: inFileOrder([...zodProblems, ...crossCheck(salvage(migrated.doc)).errors]) };
  }
  const { errors, warnings } = crossCheck(parsed.data);
  if (migrated.from !== migrated.to) warnings.unshift({ path: 'format', message: `upgraded from format @${migrated.from} to @${migrated.to}: save the file again to keep the new format` });
  return errors.length ? { ok: false, errors: inFileOrder(errors) } : { ok: true, playbook: parsed.data, warnings };
}

/** Problems sorted the way the file reads (criteria[2] before criteria[10]), duplicates dropped. */
function inFileOrder(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  return unique.sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }));
}

/** UTF-8 size without encoding the text: a 100 MB paste should be refused, not copied. */
function utf8Length(text: string): number {
  if (text.length > MAX_PLAYBOOK_BYTES) return text.length;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}

function fail(path: string, message: string): ParseResult {
  return { ok: false, errors: [{ path, message }] };
}

function findForbiddenKeys(value: unknown, path: string, depth: number): Problem[] {
  if (depth > MAX_DEPTH) return [{ path, message: `nested more than ${MAX_DEPTH} levels deep` }];
  if (!value || typeof value !== 'object') return [];
  const out: Problem[] = [];
  for (const k of Object.keys(value)) {
    const p = Array.isArray(value) ? `${path}[${k}]` : path ? `${path}.${keySegment(k)}` : keySegment(k);
    if (FORBIDDEN_KEYS.has(k)) out.push({ path: p, message: `"${k}" is not allowed as a key` });
    else out.push(...findForbiddenKeys((value as Record<string, unknown>)[k], p, depth + 1));
    if (out.length >= 50) break;
  }
  return out;
}

/** `icps[0].criteria[3].max` from zod's path array. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${keySegment(String(k))}` : keySegment(String(k))), '');
}

/**
 * A key as one path segment. A file may use any key: an empty one, or one holding ".", "[" or "]",
 * is written as a JSON string with those three escaped (`"a\u002eb"`, `""`), so a path always
 * splits into its segments the same way ("$schema..prototype" did not).
 */
function keySegment(k: string): string {
  if (k !== '' && !/[.[\]]/.test(k)) return k;
  return JSON.stringify(k).replace(/[.[\]]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The value at a zod path in the document as written (zod does not keep inputs in issues). */
function valueAt(doc: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = doc;
  for (const k of path) {
    if (!v || typeof v !== 'object' || !Object.hasOwn(v, k)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

function toProblem(issue: z.core.$ZodIssue, doc: unknown): Problem {
  const path = formatPath(issue.path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return { path, message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map(withHint).join(', ')}` };
    case 'invalid_union':
      return { path, message: 'must be text or a number' };
    case 'invalid_type':
      return { path, message: valueAt(doc, issue.path) === undefined ? 'required' : `must be ${article(issue.expected)}` };
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

// Typos and words from other tools that managers reach for; the hint names our word.
const HINTS: Record<string, string> = { when: 'if', operator: 'is', op: 'is', weight: 'points', score: 'points', threshold: 'value', title: 'titles', criterion: 'criteria', disqualifier: 'disqualifiers', tier: 'tiers' };

function withHint(key: string): string {
  const hint = Object.hasOwn(HINTS, key) ? HINTS[key] : undefined;
  return hint ? `"${key}" (did you mean "${hint}"?)` : `"${key}"`;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
