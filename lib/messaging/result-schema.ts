// TEMPORARY until lib/scoring/result.ts lands: the scorer's result schema is re-exported here.
import { z } from 'zod';
export const AccountResultSchema = z.unknown();
