import { createRouter, createWebHistory, type RouterHistory } from 'vue-router';
import { installAccessGuard } from './access';
import { routes } from './routes';

export { RouteName } from './route-names';

export function createAppRouter(history: RouterHistory = createWebHistory(import.meta.env.BASE_URL)) {
  const router = createRouter({
    history,
    routes,
    scrollBehavior: (_to, _from, savedPosition) => savedPosition ?? { top: 0 },
  });
  installAccessGuard(router);
  return router;
}
