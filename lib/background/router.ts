import { createMessageRouter, type Handlers } from '../messaging/handle';
import { E2E_HOOKS } from './build-flags';
import { withE2eHooks } from './playbook/e2e-hooks';
import { handleObserved, handleReading } from './accounts/observe';
import { senderPolicy } from './senders';
import { analyseHandlers } from './outcomes/analyse-handlers';
import { handleTabView } from './accounts/view';
import { handleAnswer, handleRecent, handleSavePerson, handleSetFact } from './accounts/account-edits';
import { handleReadWebsite } from './accounts/website';
import { handleAccountsTable } from './accounts/accounts-table';
import {
  handleDeleteAccount,
  handleDeleteAll,
  handleDiagnostics,
  handleExport,
  handleImport,
  handlePlaybookImport,
  handlePlaybookStatus,
  handleSettingsGet,
  handleSettingsSet,
  handleStats,
} from './data/options-handlers';
import { handleAccountView } from './accounts/panel-handlers';
import { handleSetPersona } from './accounts/persona';
import { editorHandlers } from './playbook/editor-handlers';
import { outcomeHandlers } from './outcomes/outcomes-handlers';
import { identityHandlers } from './accounts/identity-handlers';
import { backupHandlers } from './data/backup-handlers';
import { crmHandlers } from './crm/crm-handlers';
import { hubspotHandlers } from './crm/hubspot/hubspot-handlers';
import { reviewHandlers } from './outcomes/review-handlers';
import { handleListObserved } from './lists/list-observe';
import { handleListView } from './lists/list-view';
import { handleSaveRow } from './lists/list-save';
import { handleCheckNow, handleDiff, handleOlderVersion, handleRollback, handleSubscribe, handleUnsubscribe, handleVersions } from './playbook/playbook-handlers';

const handlers: Handlers = {
  'page/observed': handleObserved,
  'page/reading': handleReading,
  'tab/view': handleTabView,
  'tab/read-website': handleReadWebsite,
  'account/set-fact': handleSetFact,
  'account/answer': handleAnswer,
  'account/save-person': handleSavePerson,
  'accounts/recent': handleRecent,
  'account/delete': handleDeleteAccount,
  'playbook/status': handlePlaybookStatus,
  'playbook/import': handlePlaybookImport,
  'data/export': handleExport,
  'data/import': handleImport,
  'data/delete-all': handleDeleteAll,
  'settings/get': handleSettingsGet,
  'settings/set': handleSettingsSet,
  'diagnostics/get': handleDiagnostics,
  'data/stats': handleStats,
  'account/view': handleAccountView,
  'account/persona': handleSetPersona,
  'playbook/versions': handleVersions,
  'playbook/diff': handleDiff,
  'playbook/rollback': handleRollback,
  'playbook/subscribe': handleSubscribe,
  'playbook/unsubscribe': handleUnsubscribe,
  'playbook/check-now': handleCheckNow,
  'playbook/older-version': handleOlderVersion,
  'accounts/table': handleAccountsTable,
  'list/observed': handleListObserved,
  'list/view': handleListView,
  'list/save-row': handleSaveRow,
  ...analyseHandlers,
  ...editorHandlers,
  ...outcomeHandlers,
  ...identityHandlers,
  ...backupHandlers,
  ...crmHandlers,
  ...hubspotHandlers,
  ...reviewHandlers,
};

const router = createMessageRouter(handlers, senderPolicy);
/** Test-only messages exist only in an e2e build (build-flags.ts); production routes the protocol alone. */
export const onMessage = E2E_HOOKS ? withE2eHooks(router, senderPolicy) : router;
