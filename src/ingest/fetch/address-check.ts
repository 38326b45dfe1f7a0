import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

// Loopback, private, link-local, CGNAT, unspecified, multicast/reserved, and IPv6 equivalents.
const PRIVATE_V4: Array<[number, number]> = [
  [0x00000000, 8], [0x0a000000, 8], [0x64400000, 10], [0x7f000000, 8], [0xa9fe0000, 16], [0xac100000, 12], [0xc0a80000, 16], [0xe0000000, 3],
];

function v4ToInt(ip: string): number {
  return ip.split('.').reduce((n, p) => (n << 8) + Number(p), 0) >>> 0;
}

/** Is this IP literal loopback, private, link-local or otherwise not a public address? */
export function isPrivateIp(ip: string): boolean {
  if (isIP(ip) === 4) {
    const n = v4ToInt(ip);
    return PRIVATE_V4.some(([base, bits]) => (n >>> (32 - bits)) === (base >>> (32 - bits)));
  }
  const v6 = ip.toLowerCase().replace(/^\[|\]$/g, '');
  if (v6 === '::' || v6 === '::1') return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(v6);
  if (mapped) return isPrivateIp(mapped[1]!);
  return /^(fc|fd|fe8|fe9|fea|feb|ff)/.test(v6);
}

/** Does `host` (name or literal) resolve to any non-public address? Unresolvable names are left to the request to fail. */
export async function resolvesToPrivate(host: string): Promise<boolean> {
  const h = host.replace(/^\[|\]$/g, '');
  if (isIP(h)) return isPrivateIp(h);
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  try {
    const addrs = await lookup(h, { all: true });
    return addrs.some((a) => isPrivateIp(a.address));
  } catch {
    return false;
  }
}
