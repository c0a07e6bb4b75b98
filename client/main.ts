import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { configureSession } from './api/client';
import { i18n } from './i18n';
import { router } from './router';
import { useAuthStore } from './stores/auth';
import { useInquiriesStore } from './stores/inquiries';
import './styles.css';

const pinia = createPinia();
const app = createApp(App).use(pinia).use(i18n).use(router);
const auth = useAuthStore(pinia);
// The API client handles 401 (refresh once, retry); when the session cannot be renewed, back to sign-in.
configureSession({
  onRefreshed: (session) => auth.accept(session),
  onExpired: () => {
    auth.clear();
    const here = router.currentRoute.value;
    if (here.name !== 'login') void router.push({ name: 'login', query: { next: here.fullPath, expired: '1' } });
  },
});
// Real-time inquiry updates (and the unread count) for signed-in SME and supplier users.
useInquiriesStore(pinia).watchSession();
app.mount('#app');
