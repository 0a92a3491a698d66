import { nextId } from './lists';
import type { Json, Path } from './draft';

/**
 * What "Add" puts in a list: a complete item with a fresh id, so the draft stays close to valid
 * and the manager edits rather than fills in a blank form.
 */
type Item = { [key: string]: Json };

export function newCriterion(doc: Json, path: Path): Item {
  return { id: nextId(doc, path, 'criterion'), label: 'New criterion', layer: 'firmographic', points: 10, fact: 'employees', is: 'at-least', value: 50 };
}

export function newDisqualifier(doc: Json, path: Path): Item {
  return { id: nextId(doc, path, 'dq'), reason: 'New disqualifier', fact: 'companyType', is: 'in', values: ['Government Agency'] };
}

export function newSegment(doc: Json, path: Path): Item {
  return { id: nextId(doc, path, 'segment'), name: 'New segment', fact: 'employees', is: 'at-most', value: 50 };
}

export function newTier(doc: Json, path: Path): Item {
  void doc;
  void path;
  return { name: 'New', min: 0 };
}

export function newIcp(doc: Json, path: Path): Item {
  const id = nextId(doc, path, 'icp');
  return {
    id,
    name: 'New ICP',
    criteria: [{ id: 'size', label: 'At least 50 employees', layer: 'firmographic', points: 100, fact: 'employees', is: 'at-least', value: 50 }],
    disqualifiers: [],
    tiers: [
      { name: 'A', min: 70 },
      { name: 'B', min: 40 },
      { name: 'C', min: 0 },
    ],
    segments: [],
  };
}

export function newPersona(doc: Json, path: Path): Item {
  return { id: nextId(doc, path, 'persona'), name: 'New persona', titles: ['Head of Sales'], cares: [], talkingPoints: [], questions: [] };
}

export function newTalkingPoint(): Item {
  return { text: 'New talking point about {{name}}' };
}
