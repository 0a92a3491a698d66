// The scorer's result schema, re-exported for the protocol (views.ts).
export { AccountResult as AccountResultSchema } from '../scoring/result';
