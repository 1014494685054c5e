import {
  API_PREFIX,
  type ChangePasswordRequest,
  type ForgotPasswordRequest,
  type LoginRequest,
  type RegisterRequest,
  type RegisterResponse,
  type ResetPasswordRequest,
  type SessionResponse,
  type UserView,
} from '@mcf/contracts';
import { http } from './http';

const AUTH = `${API_PREFIX}/auth`;

/** `POST /auth/register`: a user and a new organisation (pending verification). Does not sign in. */
export function register(body: RegisterRequest): Promise<RegisterResponse> {
  return http.post<RegisterResponse>(`${AUTH}/register`, body);
}

/** `POST /auth/login`: an access token in the answer, the refresh token in an httpOnly cookie. */
export function login(body: LoginRequest): Promise<SessionResponse> {
  return http.post<SessionResponse>(`${AUTH}/login`, body);
}

/** `POST /auth/refresh`: exchanges the refresh cookie for a new access token; 401 without a valid cookie. */
export function refreshSession(): Promise<SessionResponse> {
  return http.post<SessionResponse>(`${AUTH}/refresh`);
}

/** `POST /auth/logout`: ends every session of the user and clears the cookie. */
export function logout(): Promise<void> {
  return http.post<void>(`${AUTH}/logout`);
}

/** `POST /auth/forgot-password`: always 202, whether or not the email is registered. */
export function forgotPassword(body: ForgotPasswordRequest): Promise<void> {
  return http.post<void>(`${AUTH}/forgot-password`, body);
}

/** `POST /auth/reset-password` with a one-time reset code; 400 `INVALID_RESET_TOKEN` for a bad code. */
export function resetPassword(body: ResetPasswordRequest): Promise<void> {
  return http.post<void>(`${AUTH}/reset-password`, body);
}

/** `GET /me`: the signed-in user with their organisation's current status. */
export function getMe(signal?: AbortSignal): Promise<UserView> {
  return http.get<UserView>(`${API_PREFIX}/me`, { signal });
}

/** `POST /me/password`: 204, and every session of the user is revoked (sign in again). */
export function changePassword(body: ChangePasswordRequest): Promise<void> {
  return http.post<void>(`${API_PREFIX}/me/password`, body);
}
