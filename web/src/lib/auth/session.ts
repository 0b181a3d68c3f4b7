import { useSyncExternalStore } from 'react';
import type { AccessTokenResponse } from '@/lib/api/types';

/**
 * The signed-in session: the bearer token, the refresh token and when the bearer token expires.
 * Kept in sessionStorage, so it lasts as long as the browser tab and is not shared with other tabs.
 */
export interface Session {
  accessToken: string;
  refreshToken: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

/** Why the last session ended: the user signed out, or it expired (a refresh was refused). */
export type SessionEndReason = 'signed-out' | 'expired' | 'password-changed';

const storageKey = 'rocb.session';
const listeners = new Set<() => void>();
let cachedRaw: string | null | undefined;
let cached: Session | null = null;
let endReason: SessionEndReason | null = null;

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage;
  } catch {
    return undefined;
  }
}

function parse(raw: string | null): Session | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<Session>;
    if (typeof value.accessToken === 'string' && typeof value.refreshToken === 'string') {
      return { accessToken: value.accessToken, refreshToken: value.refreshToken, expiresAt: Number(value.expiresAt) || 0 };
    }
  } catch {
    // A damaged entry is no session.
  }
  return null;
}

function notify() {
  for (const listener of listeners) listener();
}

/** The current session, or null when signed out. The same object is returned while it does not change. */
export function getSession(): Session | null {
  const raw = storage()?.getItem(storageKey) ?? null;
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cached = parse(raw);
  }
  return cached;
}

/** Stores the tokens of a sign-in or a refresh. */
export function startSession(tokens: AccessTokenResponse): Session {
  const session: Session = {
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken,
    expiresAt: Date.now() + tokens.expiresIn * 1000,
  };
  storage()?.setItem(storageKey, JSON.stringify(session));
  endReason = null;
  notify();
  return session;
}

/** Forgets the tokens. The reason decides what the sign-in page says next. */
export function endSession(reason: SessionEndReason): void {
  storage()?.removeItem(storageKey);
  endReason = reason;
  notify();
}

export function sessionEndReason(): SessionEndReason | null {
  return endReason;
}

/** Called once the sign-in page has told why the last session ended. */
export function forgetSessionEndReason(): void {
  endReason = null;
}

export function subscribeToSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The session, re-rendering when it starts or ends. */
export function useSession(): Session | null {
  return useSyncExternalStore(subscribeToSession, getSession, () => null);
}

/** For tests: forget everything, including why the last session ended. */
export function resetSessionForTests(): void {
  storage()?.removeItem(storageKey);
  endReason = null;
  cachedRaw = undefined;
  cached = null;
  notify();
}
