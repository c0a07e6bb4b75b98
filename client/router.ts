import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import HomePage from './pages/HomePage.vue';

const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomePage },
  { path: '/suppliers', name: 'suppliers', component: () => import('./pages/SupplierListPage.vue') },
  { path: '/suppliers/:slug', name: 'supplier', component: () => import('./pages/SupplierProfilePage.vue'), props: true },
  { path: '/search', name: 'search', component: () => import('./pages/SearchPage.vue') },
  { path: '/cases/:slug', name: 'case', component: () => import('./pages/CaseStudyPage.vue'), props: true },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./pages/NotFoundPage.vue') },
];

export const router = createRouter({
  history: createWebHistory(),
  routes,
  scrollBehavior(to, from, saved) {
    if (saved) return saved;
    // On the same list: a new page starts at the top of the results; a filter change stays put.
    if (to.path === from.path) return to.query.page !== from.query.page ? { el: '#results', top: 16 } : false;
    return { top: 0 };
  },
});
