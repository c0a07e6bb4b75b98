import type { Me, OrganisationDetail, RegisterBody, SessionResponse } from '../../shared/schemas/accounts';
import type { DeletionPlan } from '../../shared/schemas/privacy';
import { request } from './client';

type Message = { message: string };
const post = <T>(path: string, body?: unknown) => request<T>(path, { method: 'POST', body });

export const register = (body: RegisterBody) => post<Message>('/auth/register', body);
export const login = (email: string, password: string) => post<SessionResponse>('/auth/login', { email, password });
export const logout = () => post<void>('/auth/logout');
export const verifyEmail = (token: string) => post<Message>('/auth/verify-email', { token });
export const resendVerification = (email: string) => post<Message>('/auth/resend-verification', { email });
export const forgotPassword = (email: string) => post<Message>('/auth/forgot-password', { email });
export const resetPassword = (token: string, password: string) => post<Message>('/auth/reset-password', { token, password });
export const acceptInvitation = (token: string, name: string, password: string) => post<SessionResponse>('/auth/invitations/accept', { token, name, password });

export const getMe = () => request<Me>('/me');
export const updateMe = (name: string) => request<Me>('/me', { method: 'PATCH', body: { name } });
export const changePassword = (currentPassword: string, newPassword: string) => post<SessionResponse>('/me/password', { currentPassword, newPassword });
export const signOutEverywhere = () => post<void>('/me/sign-out-everywhere');
export const exportMyData = () => request<Record<string, unknown>>('/me/export');
export const deletionPlan = () => request<DeletionPlan>('/me/deletion');
export const deleteMe = (password: string) => request<void>('/me', { method: 'DELETE', body: { password } });

export const getOrganisation = (id: string) => request<OrganisationDetail>(`/organisations/${encodeURIComponent(id)}`);
export const inviteColleague = (organisationId: string, email: string) => post<Message>(`/organisations/${encodeURIComponent(organisationId)}/invitations`, { email });
