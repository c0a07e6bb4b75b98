import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import HomePage from './pages/HomePage.vue';
import type { Role } from '../shared/schemas/accounts';
import { loadInsightsMessages } from './i18n/lazy';
import { homeOf } from './lib/home';
import { useAuthStore } from './stores/auth';

declare module 'vue-router' {
  interface RouteMeta {
    /** Only for signed-in users: others go to the sign-in page and come back after. */
    requiresAuth?: boolean;
    /** Sign-in and registration: a signed-in user goes to the account page instead. */
    guestOnly?: boolean;
    /** Only for this role (with requiresAuth): other signed-in users go to their account page. */
    role?: Role;
  }
}

/** The market pages' strings load with them (i18n/lazy.ts). */
const withInsightsMessages = <T>(page: Promise<T>) => Promise.all([page, loadInsightsMessages()]).then(([p]) => p);

const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomePage },
  { path: '/suppliers', name: 'suppliers', component: () => import('./pages/SupplierListPage.vue') },
  { path: '/suppliers/:slug', name: 'supplier', component: () => import('./pages/SupplierProfilePage.vue'), props: true },
  { path: '/search', name: 'search', component: () => import('./pages/SearchPage.vue') },
  { path: '/cases', name: 'cases', component: () => import('./pages/CaseSearchPage.vue') },
  { path: '/cases/:slug', name: 'case', component: () => import('./pages/CaseStudyPage.vue'), props: true },
  { path: '/login', name: 'login', component: () => import('./pages/LoginPage.vue'), meta: { guestOnly: true } },
  { path: '/register', name: 'register', component: () => import('./pages/RegisterPage.vue'), meta: { guestOnly: true } },
  { path: '/verify-email', name: 'verify-email', component: () => import('./pages/VerifyEmailPage.vue') },
  { path: '/forgot-password', name: 'forgot-password', component: () => import('./pages/ForgotPasswordPage.vue') },
  { path: '/reset-password', name: 'reset-password', component: () => import('./pages/ResetPasswordPage.vue') },
  { path: '/invitations/accept', name: 'accept-invitation', component: () => import('./pages/AcceptInvitationPage.vue') },
  { path: '/inquiries', name: 'inquiries', component: () => import('./pages/InquiriesPage.vue'), meta: { requiresAuth: true } },
  {
    path: '/inquiries/new',
    name: 'inquiry-new',
    component: () => import('./pages/InquiryNewPage.vue'),
    meta: { requiresAuth: true },
    props: (route) => ({ supplierId: String(route.query.supplierId ?? ''), needId: route.query.needId ? String(route.query.needId) : undefined }),
  },
  { path: '/inquiries/:id', name: 'inquiry', component: () => import('./pages/InquiryPage.vue'), props: true, meta: { requiresAuth: true } },
  { path: '/needs/:id/quotes', name: 'need-quotes', component: () => import('./pages/NeedQuotesPage.vue'), props: true, meta: { requiresAuth: true } },
  { path: '/unsubscribe', name: 'unsubscribe', component: () => import('./pages/UnsubscribePage.vue') },
  { path: '/showcases', name: 'showcases', component: () => import('./pages/ShowcasesPage.vue') },
  { path: '/showcases/:slug', name: 'showcase', component: () => import('./pages/ShowcasePage.vue'), props: true },
  { path: '/compare', name: 'compare', component: () => import('./pages/ComparePage.vue') },
  { path: '/reviews', name: 'reviews', component: () => import('./pages/ReviewsPage.vue'), meta: { requiresAuth: true, role: 'sme' } },
  { path: '/shortlists', name: 'shortlists', component: () => import('./pages/ShortlistsPage.vue'), meta: { requiresAuth: true } },
  { path: '/supplier', name: 'supplier-dashboard', component: () => import('./pages/SupplierDashboardPage.vue'), meta: { requiresAuth: true } },
  { path: '/insights', name: 'insights', component: () => withInsightsMessages(import('./pages/InsightsPage.vue')), meta: { requiresAuth: true } },
  { path: '/market', name: 'market', component: () => withInsightsMessages(import('./pages/MarketPage.vue')) },
  { path: '/costs', name: 'costs', component: () => withInsightsMessages(import('./pages/CostsPage.vue')) },
  { path: '/curation', name: 'curation', component: () => import('./pages/CurationPage.vue'), meta: { requiresAuth: true } },
  { path: '/account/deleted', name: 'account-deleted', component: () => import('./pages/AccountDeletedPage.vue') },
  { path: '/dashboard', name: 'dashboard', component: () => import('./pages/DashboardPage.vue'), meta: { requiresAuth: true } },
  { path: '/account', name: 'account', component: () => import('./pages/AccountPage.vue'), meta: { requiresAuth: true } },
  { path: '/needs', name: 'needs', component: () => import('./pages/MyNeedsPage.vue'), meta: { requiresAuth: true, role: 'sme' } },
  { path: '/needs/new', name: 'need-new', component: () => import('./pages/NeedWizardPage.vue'), meta: { requiresAuth: true, role: 'sme' } },
  { path: '/needs/:id/edit', name: 'need-edit', component: () => import('./pages/NeedWizardPage.vue'), props: true, meta: { requiresAuth: true, role: 'sme' } },
  { path: '/needs/:id', name: 'need', component: () => import('./pages/NeedResultsPage.vue'), props: true, meta: { requiresAuth: true, role: 'sme' } },
  { path: '/opportunities', name: 'opportunities', component: () => import('./pages/OpportunitiesPage.vue'), meta: { requiresAuth: true, role: 'supplier' } },
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

router.beforeEach(async (to) => {
  const auth = useAuthStore();
  await auth.restore();
  if (to.meta.requiresAuth && !auth.signedIn) return { name: 'login', query: { next: to.fullPath } };
  if (to.meta.guestOnly && auth.signedIn) return homeOf(auth.user?.role);
  if (to.name === 'dashboard' && auth.user?.role !== 'sme' && auth.user?.role !== 'supplier') return homeOf(auth.user?.role);
  if (to.meta.role && auth.user?.role !== to.meta.role) return homeOf(auth.user?.role);
});
