// What main.ts does before the app runs, for every unit test: the HTTP client carries the session.
import { configureHttp } from '../api/http';
import { sessionHttpHooks } from '../stores/session';

configureHttp(sessionHttpHooks());
