import { useEffect, useState } from 'preact/hooks';

/** A parsed hash route: `#/entity/per-x?tab=1` → path `/entity/per-x`, params. */
export interface Route {
  path: string;
  params: URLSearchParams;
}

/** Parse `location.hash` into a route. */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  return { path: path || '/', params: new URLSearchParams(q < 0 ? '' : raw.slice(q + 1)) };
}

/** Build a hash href from a path and parameters, dropping empty ones. */
export function href(path: string, params: Record<string, string | number | undefined | null> = {}): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') sp.set(k, String(v));
  const qs = sp.toString();
  return `#${path}${qs ? `?${qs}` : ''}`;
}

/** Navigate (adds a history entry, so Back works). */
export function go(to: string): void {
  if (location.hash === to) return;
  location.hash = to;
}

/** The current route, updated on every hash change. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const on = () => setRoute(parseHash(location.hash));
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return route;
}
