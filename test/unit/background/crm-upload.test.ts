import { beforeEach, describe, expect, it } from 'vitest';
import { heldCrmUploads, onCrmUploadMessage, receiveCrmUpload, takeCrmUpload } from '../../../lib/background/crm/crm-upload';
import { CSV_LIMITS } from '../../../lib/insights/csv';
import { CRM_UPLOAD } from '../../../lib/messaging/protocol/crm';

// The CRM export posted to the service worker (faster than inside a runtime message): only our
// own pages' uploads are kept, each taken once, none kept for long, at most two at a time.
const OWN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const ID = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';
const upload = (over: Record<string, unknown> = {}) => ({ type: CRM_UPLOAD, id: ID, text: 'Company name\nAcme\n', ...over });

beforeEach(() => {
  takeCrmUpload(ID, Number.MAX_SAFE_INTEGER); // drops whatever a test left
});

describe('CRM upload to the worker', () => {
  it('keeps an upload from our own origin and gives it once', () => {
    expect(receiveCrmUpload(upload(), OWN, OWN)).toBe(true);
    expect(takeCrmUpload(ID)).toBe('Company name\nAcme\n');
    expect(takeCrmUpload(ID)).toBeUndefined();
  });

  it('refuses an upload from another origin', () => {
    expect(receiveCrmUpload(upload(), 'https://www.linkedin.com', OWN)).toBe(false);
    expect(receiveCrmUpload(upload(), 'chrome-extension://otherextensionidotherextensionid', OWN)).toBe(false);
    expect(takeCrmUpload(ID)).toBeUndefined();
  });

  it('refuses a malformed upload: wrong type, id not a uuid, text too long, extra keys', () => {
    expect(receiveCrmUpload(upload({ type: 'icp/other' }), OWN, OWN)).toBe(false);
    expect(receiveCrmUpload(upload({ id: '../../x' }), OWN, OWN)).toBe(false);
    expect(receiveCrmUpload(upload({ text: 5 }), OWN, OWN)).toBe(false);
    expect(receiveCrmUpload(upload({ text: 'x'.repeat(CSV_LIMITS.maxChars + 1) }), OWN, OWN)).toBe(false);
    expect(receiveCrmUpload({ ...upload(), __proto__: { evil: 1 }, extra: 1 }, OWN, OWN)).toBe(false);
    expect(receiveCrmUpload(null, OWN, OWN)).toBe(false);
    expect(heldCrmUploads()).toBe(0);
  });

  it('drops an upload not taken within a minute', () => {
    expect(receiveCrmUpload(upload(), OWN, OWN, 1_000)).toBe(true);
    expect(takeCrmUpload(ID, 1_000 + 61_000)).toBeUndefined();
    expect(heldCrmUploads()).toBe(0);
  });

  it('holds at most two uploads: a third drops the oldest', () => {
    const ids = ['1b4e28ba-2fa1-41d2-883f-0016d3cca401', '1b4e28ba-2fa1-41d2-883f-0016d3cca402', '1b4e28ba-2fa1-41d2-883f-0016d3cca403'];
    for (const id of ids) receiveCrmUpload(upload({ id }), OWN, OWN);
    expect(heldCrmUploads()).toBe(2);
    expect(takeCrmUpload(ids[0]!)).toBeUndefined();
    expect(takeCrmUpload(ids[2]!)).toBeDefined();
    expect(takeCrmUpload(ids[1]!)).toBeDefined();
  });

  it('the listener answers on the reply port whether it kept the upload, and ignores other messages', () => {
    const replies: unknown[] = [];
    const port = { postMessage: (m: unknown) => replies.push(m) } as unknown as MessagePort;
    onCrmUploadMessage({ data: upload(), origin: OWN, ports: [port] }, OWN);
    onCrmUploadMessage({ data: upload(), origin: 'https://evil.example', ports: [port] }, OWN);
    onCrmUploadMessage({ data: { type: 'something-else' }, origin: OWN, ports: [port] }, OWN);
    expect(replies).toEqual([{ kept: true }, { kept: false }]);
    expect(takeCrmUpload(ID)).toBeDefined();
  });
});
