import { useEffect, useState } from 'preact/hooks';
import type { Labels } from './i18n.ts';

/** A failed API call, with what the server said (or that it could not be reached). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Call the public HTTP API and parse its JSON, turning every failure into an `ApiError`. */
export async function api<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers: { accept: 'application/json', ...(init?.body ? { 'content-type': 'application/json' } : {}) } });
  } catch {
    throw new ApiError(0, 'network', 'network');
  }
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // A proxy's HTML error page or an empty body: described by the status below.
  }
  if (!res.ok || body === null) {
    const err = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(res.status, err?.code ?? 'http_error', err?.message ?? `HTTP ${res.status}`);
  }
  return body as T;
}

/** A sentence a person can read for an API failure. */
export function describeError(e: unknown, t: Labels): string {
  if (e instanceof ApiError) {
    if (e.status === 0) return t.errNetwork;
    const head = e.status === 404 ? t.errNotFound : e.status >= 500 ? t.errServer : t.errBadRequest;
    return `${head} (${e.status}): ${e.message}`;
  }
  return String(e instanceof Error ? e.message : e);
}

/** State of one request. */
export type Remote<T> = { state: 'loading' } | { state: 'error'; error: unknown } | { state: 'ok'; data: T };

/** Fetch `path` whenever it changes; `null` fetches nothing. Stale answers are dropped. */
export function useApi<T>(path: string | null, reload = 0): Remote<T> {
  const [r, setR] = useState<Remote<T>>({ state: 'loading' });
  useEffect(() => {
    if (path === null) return;
    let live = true;
    setR({ state: 'loading' });
    api<T>(path).then(
      (data) => live && setR({ state: 'ok', data }),
      (error: unknown) => live && setR({ state: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [path, reload]);
  return r;
}

/** A query string from parameters, dropping empty ones. */
export function qs(params: Record<string, string | number | boolean | undefined | null>): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') sp.set(k, String(v));
  const s = sp.toString();
  return s ? `?${s}` : '';
}
