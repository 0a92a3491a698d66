import { createMessageRouter, type Handlers } from '../messaging/handle';
import { handleObserved, handleReading } from './observe';
import { senderPolicy } from './senders';
import { handleTabView } from './view';
import { handleAnswer, handleRecent, handleSetFact } from './account-edits';
import { handleReadWebsite } from './website';

const handlers: Handlers = {
  'page/observed': handleObserved,
  'page/reading': handleReading,
  'tab/view': handleTabView,
  'tab/read-website': handleReadWebsite,
  'account/set-fact': handleSetFact,
  'account/answer': handleAnswer,
  'accounts/recent': handleRecent,
};

export const onMessage = createMessageRouter(handlers, senderPolicy);
