import iconv from 'iconv-lite'
import type { Message } from '../article/types.js'
import { InputError } from './errors.js'

export interface Decoded { text: string; encoding: string; messages: Omit<Message, 'stage'>[] }

/**
 * Bytes → string. UTF-8 (with or without BOM) and UTF-16 with a BOM are decoded as such; bytes
 * that are not valid UTF-8 fall back to the declared charset, else Windows-1252, with a message.
 * Binary data (NUL bytes, mostly control characters) is refused.
 */
export function decodeBytes(bytes: Uint8Array, location: string, declared?: string | null): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le', messages: [] }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be', messages: [] }
  if (looksBinary(bytes)) throw new InputError('input/binary', 'the input looks like binary data, not text', location)
  const declaredNorm = declared?.trim().toLowerCase() ?? null
  if (declaredNorm && declaredNorm !== 'utf-8' && declaredNorm !== 'utf8' && iconv.encodingExists(declaredNorm)) {
    return { text: iconv.decode(Buffer.from(bytes), declaredNorm), encoding: declaredNorm, messages: [] }
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
    return { text, encoding: 'utf-8', messages: [] }
  } catch {
    const fallback = 'windows-1252'
    const at = firstInvalidUtf8(bytes)
    return {
      text: iconv.decode(Buffer.from(bytes), fallback),
      encoding: fallback,
      messages: [{ code: 'input/encoding', reason: `${location}: invalid UTF-8 at byte ${at}; decoded as ${fallback}`, severity: 'warning', place: null }],
    }
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192)
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!
    if (b === 0) return true
    if (b < 9 || (b > 13 && b < 32)) control++
  }
  return n > 0 && control / n > 0.1
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    const len = b < 0x80 ? 1 : b >> 5 === 6 ? 2 : b >> 4 === 14 ? 3 : b >> 3 === 30 ? 4 : 0
    if (!len) return i
    for (let k = 1; k < len; k++) if (i + k >= bytes.length || bytes[i + k]! >> 6 !== 2) return i
    i += len
  }
  return i
}
