import { browser } from 'wxt/browser';
import type { Runtime } from 'webextension-polyfill';
import type { SenderPolicy } from '../messaging/handle';
import { count, log } from './data/diagnostics';

/** Hosts whose pages our content scripts read. Keep in step with the content scripts' matches. */
const CONTENT_HOSTS = /^https:\/\/([a-z0-9-]+\.)*(linkedin\.com|crunchbase\.com)(:\d+)?\//i;

export const senderPolicy: SenderPolicy = {
  isExtensionPage(sender: Runtime.MessageSender): boolean {
    return sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL('/'));
  },
  isContentScript(sender: Runtime.MessageSender): boolean {
    return sender.id === browser.runtime.id && sender.tab?.id !== undefined && CONTENT_HOSTS.test(sender.url ?? '');
  },
  onRejected(reason: string, type: string): void {
    void count(`rejected:${reason.split(':')[0]}`);
    void log('warn', `message ${type.slice(0, 64)} rejected: ${reason}`);
  },
};
