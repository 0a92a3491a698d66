// Inputs a hostile or broken page can hand a normaliser. Each must give "nothing", never a
// prototype member, an exception, or a slow scan.
export const HOSTILE: unknown[] = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'prototype',
  '\u200B\u200C\u200D\uFEFF',
  'x'.repeat(100_000),
  '9'.repeat(100_000),
  '$'.repeat(100_000),
  ', '.repeat(50_000),
  '',
  '   ',
  undefined,
  null,
  42,
  {},
];
