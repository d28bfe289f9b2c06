import { spawnSync, type SpawnSyncOptions } from 'node:child_process'
import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync, ftruncateSync, accessSync, constants } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

// Bad input through the real CLI: one clear line per problem with its location and code,
// no stack traces, the rest of the batch goes on, and a non-zero exit when anything was skipped.
const root = new URL('../', import.meta.url).pathname
const bin = join(root, 'bin/entente.js')
const tmp = mkdtempSync(join(tmpdir(), 'entente-bad-input-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const GOOD = 'Officials in Lima said on Monday that talks with the miners\' union would resume next week after a pause of two months.\n'

function analyze(args: string[], opts: SpawnSyncOptions = {}) {
  const r = spawnSync(process.execPath, [bin, 'analyze', '--no-progress', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000, ...opts })
  return { status: r.status, stdout: String(r.stdout), stderr: String(r.stderr) }
}
function file(name: string, content: string | Uint8Array): string {
  const p = join(tmp, name)
  writeFileSync(p, content)
  return p
}
function noStack(stderr: string) {
  expect(stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
  expect(stderr).not.toMatch(/\b(TypeError|RangeError|SyntaxError|ReferenceError)\b/)
}

describe('bad input (real CLI)', () => {
  it('empty, binary and missing inputs: one line each with location and code; good inputs named with them still run, exit 1', () => {
    const empty = file('empty.txt', '')
    const binary = file('image.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]))
    const missing = join(tmp, 'nope.txt')
    const good = file('fine.txt', GOOD)
    const r = analyze([empty, binary, missing, good, '--jsonl'])
    expect(r.status).toBe(1)
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).source)).toEqual([good])
    const lines = r.stderr.trim().split('\n')
    expect(lines).toEqual([
      `entente: ${empty}: the input is empty [input/empty]`,
      `entente: ${binary}: the input looks like binary data, not text [input/binary]`,
      `entente: ${missing}: cannot read: ENOENT [input/not-found]`,
      'entente: 1 analysed, 3 failed',
    ])
    noStack(r.stderr)
  })

  it('invalid UTF-8 is decoded with a fallback and an input/encoding message', () => {
    const bytes = Buffer.concat([Buffer.from('The caf'), Buffer.from([0xe9]), Buffer.from(' near the ministry reopened on Monday, officials said.\n')])
    const p = file('latin1.txt', bytes)
    const r = analyze([p, '--json'])
    expect(r.status).toBe(0)
    const rec = JSON.parse(r.stdout)
    expect(rec.text).toContain('café')
    expect(rec.messages).toContainEqual(expect.objectContaining({ code: 'input/encoding', severity: 'warning' }))
    expect(rec.messages.find((m: { code: string }) => m.code === 'input/encoding').reason).toMatch(/byte 7/)
  })

  it('a 101 MB file is refused by the size limit, which --max-bytes configures', () => {
    const p = join(tmp, 'huge.txt')
    const fd = openSync(p, 'w')
    ftruncateSync(fd, 101 * 1024 * 1024) // sparse: no disk used
    closeSync(fd)
    const r = analyze([p])
    expect(r.status).toBe(1)
    expect(r.stderr).toContain(`entente: ${p}: file is 101.0 MB, over the 20.0 MB limit (raise it with --max-bytes) [input/too-large]`)
    const lower = analyze([p, '--max-bytes', '50mb'])
    expect(lower.stderr).toContain('over the 50.0 MB limit')
    const bad = analyze([p, '--max-bytes', 'lots'])
    expect(bad.status).not.toBe(0)
    expect(bad.stderr).toMatch(/--max-bytes.*expected a size/)
    rmSync(p)
  })

  it('unreadable entries inside a folder are reported and the rest goes on', () => {
    const dir = join(tmp, 'batch')
    mkdirSync(dir)
    writeFileSync(join(dir, 'a-good.txt'), GOOD)
    symlinkSync(join(dir, 'missing-target.txt'), join(dir, 'b-dangling.txt'))
    spawnSync('mkfifo', [join(dir, 'c-pipe.txt')])
    writeFileSync(join(dir, 'd-good.txt'), GOOD)
    const r = analyze([dir, '--jsonl'])
    expect(r.status).toBe(1)
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).source)).toEqual([join(dir, 'a-good.txt'), join(dir, 'd-good.txt')])
    expect(r.stderr).toContain(`entente: ${join(dir, 'b-dangling.txt')}: broken symbolic link [input/unreadable]`)
    expect(r.stderr).toContain(`entente: ${join(dir, 'c-pipe.txt')}: not a regular file (a named pipe); skipped [input/not-a-file]`)
    expect(r.stderr).toContain('entente: 2 analysed, 2 failed')
    noStack(r.stderr)
  })

  // chmod 000 does not stop root, so the CLI runs as an unprivileged user when the tests run as root.
  const asUser: SpawnSyncOptions = process.getuid?.() === 0 ? { uid: 65534, gid: 65534, env: { ...process.env, HOME: tmp } } : {}
  const canDropPrivileges = (() => {
    if (process.getuid?.() !== 0) return true
    try { const r = spawnSync(process.execPath, ['-e', 'require("fs").accessSync(process.argv[1], 4)', bin], { ...asUser, timeout: 10_000 }); return r.status === 0 } catch { return false }
  })()
  it.skipIf(!canDropPrivileges)('a file without read permission inside a folder (chmod 000; as root it runs the CLI as user nobody, and is skipped when nobody cannot read the repository)', () => {
    const dir = join(tmp, 'perm')
    mkdirSync(dir)
    chmodSync(tmp, 0o755)
    chmodSync(dir, 0o755)
    writeFileSync(join(dir, 'a-good.txt'), GOOD)
    const locked = join(dir, 'b-locked.txt')
    writeFileSync(locked, GOOD)
    chmodSync(locked, 0o000)
    let denied = false
    try { accessSync(locked, constants.R_OK) } catch { denied = true }
    const r = analyze([dir, '--jsonl'], asUser)
    expect(denied || process.getuid?.() === 0).toBe(true)
    expect(r.stderr).toContain(`entente: ${locked}: cannot read file: EACCES [input/unreadable]`)
    expect(r.stdout.trim().split('\n')).toHaveLength(1)
    expect(r.status).toBe(1)
    noStack(r.stderr)
  })

  it('malformed JSONL lines are reported by line number and the other lines are analysed', () => {
    const good = JSON.stringify({ id: 'g1', title: 'Talks resume', text: GOOD })
    const latin1 = Buffer.concat([Buffer.from('{"id": "g2", "text": "The caf'), Buffer.from([0xe9]), Buffer.from(' near the ministry reopened on Monday."}')])
    const p = file('batch.jsonl', Buffer.concat([Buffer.from([good, '{"id": "broken", "text": "unterminated', '', JSON.stringify({ id: 'n1', title: 'No body' }), '[1, 2]', ''].join('\n')), latin1]))
    const r = analyze([p, '--jsonl'])
    expect(r.status).toBe(1)
    const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l))
    expect(records.map((x) => x.id)).toEqual(['g1', 'g2'])
    expect(records[1].messages).toContainEqual(expect.objectContaining({ code: 'input/encoding', reason: expect.stringContaining('batch.jsonl:6') }))
    expect(r.stderr).toMatch(new RegExp(`batch\\.jsonl:2: invalid JSON: .*\\[input/json\\]`))
    expect(r.stderr).toMatch(/batch\.jsonl:4: record has no text field .*\[input\/json-no-text\]/)
    expect(r.stderr).toMatch(/batch\.jsonl:5: expected a JSON object with a text field \[input\/json-record\]/)
    expect(r.stderr).toContain('entente: 2 analysed, 3 failed')
    noStack(r.stderr)
  })

  it('JSONL on stdin with a broken line: the other lines are analysed', () => {
    const stdin = [JSON.stringify({ id: 's1', text: GOOD }), '{"id": "s2", "text": broken', JSON.stringify({ id: 's3', text: GOOD })].join('\n')
    const r = analyze(['-', '--jsonl'], { input: stdin })
    expect(r.status).toBe(1)
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['s1', 's3'])
    expect(r.stderr).toMatch(/^entente: -:2: invalid JSON: .*\[input\/json\]$/m)
  })
})
