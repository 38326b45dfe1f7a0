import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * Form state seeded from the route, re-seeded only when the route's
 * parameters really change (back/forward, a facet click). Re-seeding on mount
 * as well would wipe what a fast typist entered before the first effect ran.
 */
export function useRouteForm<T>(fromRoute: T, routeKey: string): [T, (next: T) => void] {
  const [form, setForm] = useState(fromRoute);
  const lastKey = useRef(routeKey);
  useEffect(() => {
    if (lastKey.current === routeKey) return;
    lastKey.current = routeKey;
    setForm(fromRoute);
  }, [routeKey]);
  return [form, setForm];
}
