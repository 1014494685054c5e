import { CreateAccounts1764302400000 } from './1764302400000-CreateAccounts.js';

/** Every migration in order; `npm run migration:generate` adds new files here. */
export const MIGRATIONS = [CreateAccounts1764302400000];
