import { describe, expect, it } from 'vitest';
import { exportFile, SCHEMA_REF, slug } from '../../../../lib/playbook/edit/export';
import { starterPlaybook } from '../../../../lib/playbook/templates';
import { parsePlaybookText } from '../../../../lib/playbook/validate';

describe('export', () => {
  it('writes $schema first, names the file <name>-<version>.json, and reads back as the same playbook', () => {
    const pb = starterPlaybook();
    const { fileName, text } = exportFile(pb);
    expect(fileName).toBe('icp-fit-starter-playbook-2026.4.json');
    expect(Object.keys(JSON.parse(text))[0]).toBe('$schema');
    expect(JSON.parse(text).$schema).toBe(SCHEMA_REF);
    const back = parsePlaybookText(text);
    expect(back.ok && { ...back.playbook, $schema: undefined }).toEqual({ ...pb, $schema: undefined });
  });
  it('keeps a $schema the manager set', () => {
    expect(JSON.parse(exportFile({ ...starterPlaybook(), $schema: 'https://x.example/s.json' }).text).$schema).toBe('https://x.example/s.json');
  });
  it.each([
    ['Acme sales / Q3', 'acme-sales-q3'],
    ['Équipe Nord', 'equipe-nord'],
    ['v2027.1', 'v2027.1'],
    ['../../etc', 'etc'],
    ['***', 'playbook'],
  ])('slug(%j) = %j', (text, want) => expect(slug(text)).toBe(want));
});
