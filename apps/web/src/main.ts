// First: before any zod schema is built (see strict-csp.ts).
import './strict-csp';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { configureHttp } from './api/http';
import { startAppI18n } from './i18n';
import { createAppRouter } from './router';
import { sessionHttpHooks } from './stores/session';
import './styles/index.css';

async function start(): Promise<void> {
  const app = createApp(App);
  app.use(createPinia());
  configureHttp(sessionHttpHooks());
  // The language chosen on an earlier visit is loaded before the first render, so the page never flips.
  app.use(await startAppI18n());
  app.use(createAppRouter());
  app.mount('#app');
}

void start();
