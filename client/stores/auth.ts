// The signed-in user. Owns the session's side effects: sign-in, sign-out, restoring the session on load.
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { Me, SessionResponse } from '../../shared/schemas/accounts';
import * as api from '../api/accounts';
import { refreshSession, setAccessToken } from '../api/client';

export const useAuthStore = defineStore('auth', () => {
  const user = ref<Me | null>(null);
  const signedIn = computed(() => user.value !== null);
  let restoring: Promise<void> | undefined;

  function accept(session: SessionResponse): void {
    setAccessToken(session.accessToken);
    user.value = session.user;
  }

  function clear(): void {
    setAccessToken(null);
    user.value = null;
  }

  /**
   * On first navigation: a refresh cookie, if any, brings the session back. The refresh cookie is httpOnly; the
   * server sets the readable `aib_session` hint beside it, so anonymous visitors make no refresh call (no 401).
   */
  function restore(): Promise<void> {
    const hinted = document.cookie.split(';').some((c) => c.trim() === 'aib_session=1');
    restoring ??= hinted
      ? refreshSession().then((session) => {
          if (session) accept(session);
        })
      : Promise.resolve();
    return restoring;
  }

  async function login(email: string, password: string): Promise<void> {
    accept(await api.login(email, password));
  }

  async function logout(): Promise<void> {
    await api.logout().catch(() => undefined);
    clear();
  }

  async function signOutEverywhere(): Promise<void> {
    await api.signOutEverywhere();
    clear();
  }

  async function changePassword(current: string, next: string): Promise<void> {
    accept(await api.changePassword(current, next));
  }

  async function deleteAccount(password: string): Promise<void> {
    await api.deleteMe(password);
    clear();
  }

  async function rename(name: string): Promise<void> {
    user.value = await api.updateMe(name);
  }

  return { user, signedIn, accept, clear, restore, login, logout, signOutEverywhere, changePassword, deleteAccount, rename };
});
