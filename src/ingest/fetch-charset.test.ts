import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decodeBytes } from './decode.js'
import { charsetFromContentType, effectiveCharset, sniffDeclaredCharset } from './fetch-charset.js'

const bytes = (s: string, enc = 'utf-8') => new Uint8Array(iconv.encode(s, enc))

describe('charsets of fetched and saved pages', () => {
  it('reads the header, <meta charset>, <meta http-equiv> and the XML declaration', () => {
    expect(charsetFromContentType('text/html; charset="Windows-1251"')).toBe('windows-1251')
    expect(charsetFromContentType('text/html')).toBeNull()
    expect(sniffDeclaredCharset(bytes('<!doctype html><meta charset=Shift_JIS><title>x</title>'))).toBe('shift_jis')
    expect(sniffDeclaredCharset(bytes('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'))).toBe('koi8-r')
    expect(sniffDeclaredCharset(bytes('<?xml version="1.0" encoding="ISO-8859-2"?><rss/>'))).toBe('iso-8859-2')
  })

  it('decodes ISO-8859-1 pages as browsers do (Windows-1252 quotes), and keeps valid UTF-8 whatever the label', () => {
    const page = bytes('<p>\u201cCaf\u00e9\u201d \u2013 menu</p>', 'windows-1252')
    const cs = effectiveCharset(page, 'ISO-8859-1')
    expect(decodeBytes(page, 'p.html', cs).text).toBe('<p>\u201cCaf\u00e9\u201d \u2013 menu</p>')
    const utf8 = bytes('<p>Caf\u00e9 \u2014 \u041c\u043e\u0441\u043a\u0432\u0430</p>')
    expect(effectiveCharset(utf8, 'windows-1251')).toBe('utf-8')
    expect(effectiveCharset(bytes('<p>plain ascii</p>'), 'windows-1251')).toBe('windows-1251')
  })
})
