import { browser } from 'wxt/browser';
import { onMessage } from '../lib/background/router';
import { clearTabState } from '../lib/background/tabs/tab-state';
import { clearTabList } from '../lib/background/lists/list-store';
import { onTabLoading } from '../lib/background/accounts/observe';
import { openSidePanel } from '../lib/background/tabs/side-panel';
import { forgetHeadline } from '../lib/background/tabs/badge';
import { onAlarm, scheduleAlarms } from '../lib/background/alarms';
import { onStorageChanged, startDistribution } from '../lib/background/playbook/playbook-startup';
import { onCrmUploadMessage } from '../lib/background/crm/crm-upload';
import { restrictLocalStorage } from '../lib/background/storage-access';

// Wiring only: every listener registered synchronously at start (Chrome only wakes a stopped
// worker for listeners registered in its first turn); the work lives in lib/background.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener(onMessage);
  browser.tabs.onRemoved.addListener((tabId) => void clearTabState(tabId));
  browser.tabs.onRemoved.addListener((tabId) => void clearTabList(tabId));
  browser.tabs.onRemoved.addListener((tabId) => void forgetHeadline(tabId));
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'loading') void onTabLoading(tabId, change.url ?? tab.url);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'open-side-panel') void openSidePanel(tab?.windowId);
  });
  browser.alarms.onAlarm.addListener((alarm) => void onAlarm(alarm.name));
  browser.runtime.onInstalled.addListener(() => void scheduleAlarms());
  browser.runtime.onStartup.addListener(() => void scheduleAlarms());
  browser.runtime.onInstalled.addListener(() => void startDistribution());
  browser.runtime.onStartup.addListener(() => void startDistribution());
  // content scripts need no extension storage; storage.local holds the HubSpot token
  browser.runtime.onInstalled.addListener(() => void restrictLocalStorage());
  browser.runtime.onStartup.addListener(() => void restrictLocalStorage());
  browser.storage.onChanged.addListener(onStorageChanged);
  // a big CRM export posted by the options page (faster than inside a runtime message)
  self.addEventListener('message', (e) => onCrmUploadMessage(e, self.location.origin));
});
