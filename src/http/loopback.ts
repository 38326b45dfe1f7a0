import { isIP } from 'node:net';

/**
 * Whether a listen address only accepts connections from this machine:
 * `localhost`, 127.0.0.0/8, `::1` (and its IPv4-mapped form). `0.0.0.0`,
 * `::` and every other address reach the network.
 */
export function isLoopback(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost') return true;
  if (h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  const v4 = h.startsWith('::ffff:') ? h.slice(7) : h;
  return isIP(v4) === 4 && v4.startsWith('127.');
}
