import { lookup } from 'node:dns/promises'
import { isIP } from 'node:net'
import { InputError } from './errors.js'

// Loopback, private, link-local, CGNAT, unspecified and multicast ranges (IPv4 and IPv6), where a URL
// given to a public server must not reach (cloud metadata at 169.254.169.254, admin ports on 127.0.0.1).
const PRIVATE_V4: [number, number][] = [[0x00000000, 8], [0x0a000000, 8], [0x64400000, 10], [0x7f000000, 8], [0xa9fe0000, 16], [0xac100000, 12], [0xc0a80000, 16], [0xe0000000, 3]]

export function isPrivateAddress(ip: string): boolean {
  if (isIP(ip) === 4) {
    const n = ip.split('.').reduce((a, b) => (a << 8) + Number(b), 0) >>> 0
    return PRIVATE_V4.some(([base, bits]) => n >>> (32 - bits) === base >>> (32 - bits))
  }
  const v6 = ip.toLowerCase()
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(v6)
  if (mapped) return isPrivateAddress(mapped[1]!)
  return v6 === '::' || v6 === '::1' || /^f[cd]/.test(v6) || /^fe[89ab]/.test(v6) || /^ff/.test(v6)
}

/** Refuses a URL whose host is or resolves to a private address (used when fetching for other people, e.g. the API).
 *  Each redirect hop is checked too. DNS could still change between this check and the request. */
export async function assertPublicHost(url: string): Promise<void> {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '')
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true }).catch(() => [])).map((a) => a.address)
  if (addresses.some(isPrivateAddress)) throw new InputError('fetch/private-address', `${host} is a private or local address; refusing to fetch it`, url)
}
