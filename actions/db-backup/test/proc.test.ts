/**
 * `feed` and `runFed` against real processes: a tool that reads everything, one that exits 0 before
 * the input's end is written (pg_restore after the archive's last block), one that fails, an input
 * that fails under a tool still reading; and two tools piped into each other, either failing.
 */
import { describe, expect, test } from '@jest/globals'
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { setTimeout as sleep } from 'node:timers/promises'
import { feed, runFed, start, ToolError } from '../src/proc.ts'

const CHUNK = 64 * 1024

/** `chunks` chunks of 64 KiB, the last one `endDelayMs` after the one before; counts what was read. */
function source(chunks: number, endDelayMs = 0, failAfter?: number) {
  const pulled = { bytes: 0 }
  let sent = 0
  const input = new Readable({
    highWaterMark: CHUNK,
    read() {
      if (failAfter !== undefined && sent === failAfter) {
        this.destroy(new Error('the upstream failed'))
        return
      }
      if (sent === chunks) {
        this.push(null)
        return
      }
      sent++
      const push = () => {
        pulled.bytes += CHUNK
        this.push(Buffer.alloc(CHUNK, 7))
      }
      if (sent === chunks && endDelayMs > 0) setTimeout(push, endDelayMs)
      else push()
    },
  })
  return { input, pulled }
}

const sh = (script: string) => start('/bin/sh', ['-c', script], process.env, 'pipe')

test('a tool that reads all its input: resolves once it exited 0, every byte delivered', async () => {
  const { input, pulled } = source(64)
  const tool = sh('wc -c')
  let out = ''
  tool.child.stdout?.setEncoding('utf8').on('data', (d: string) => (out += d))
  await feed(input, tool)
  assert.equal(pulled.bytes, 64 * CHUNK)
  assert.equal(Number(out.trim()), 64 * CHUNK)
})

test('a tool that exits 0 before the input ends: the rest is drained, not a premature close', async () => {
  // 4 MiB, far past a pipe's buffer: an input no longer read would stall what feeds it, and the
  // last chunk comes 300 ms after the tool exited.
  const { input, pulled } = source(64, 300)
  const tool = sh('head -c 5 > /dev/null')
  await feed(input, tool)
  assert.equal(tool.child.exitCode, 0)
  assert.equal(pulled.bytes, 64 * CHUNK)
  assert.equal(input.readableEnded, true)
})

test('an input that fails after the tool exited 0 fails the feed', async () => {
  const { input } = source(64, 0, 32)
  const tool = sh('head -c 5 > /dev/null')
  await expect(feed(input, tool)).rejects.toThrow('the upstream failed')
})

test('a tool that fails: its own error (exit code, stderr), and the input is destroyed', async () => {
  const { input } = source(1024, 0)
  const tool = sh('head -c 5 > /dev/null; echo "pg_restore: error: could not read input file" >&2; exit 3')
  const err: unknown = await feed(input, tool).catch((e: unknown) => e)
  assert.ok(err instanceof ToolError, String(err))
  assert.match(err.message, /^sh exited with code 3: pg_restore: error: could not read input file$/)
  assert.equal(input.destroyed, true)
})

test("an input that fails while the tool reads: the input's error, and the tool is stopped", async () => {
  const { input } = source(1024, 0, 8)
  const tool = sh('cat > /dev/null')
  await expect(feed(input, tool)).rejects.toThrow('the upstream failed')
  await sleep(0)
  assert.equal(tool.child.signalCode, 'SIGTERM')
})

describe('runFed with an upstream tool (a | b)', () => {
  const wc = async (input: Parameters<typeof runFed>[3]) => {
    const out = join(mkdtempSync(join(tmpdir(), 'proc-test-')), 'count')
    await runFed('/bin/sh', ['-c', `wc -c > ${out}`], process.env, input)
    return Number(readFileSync(out, 'utf8').trim())
  }

  test('fed from Node: every byte reaches the second tool', async () => {
    const { input, pulled } = source(64)
    assert.equal(await wc({ command: '/bin/cat', args: [], input }), 64 * CHUNK)
    assert.equal(pulled.bytes, 64 * CHUNK)
  })

  test('reading a file named in its arguments', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'proc-test-')), 'data')
    writeFileSync(file, Buffer.alloc(3 * CHUNK + 5, 1))
    assert.equal(await wc({ command: '/bin/cat', args: ['--', file] }), 3 * CHUNK + 5)
  })

  test('the upstream fails first (a corrupt stream): its error, and the input is destroyed', async () => {
    const { input } = source(1024)
    const err: unknown = await runFed('/bin/sh', ['-c', 'cat > /dev/null'], process.env, {
      command: '/bin/sh',
      args: ['-c', 'head -c 10; echo "zstd: error 70 : Decoding error (36) : Corrupted block detected" >&2; exit 1'],
      input,
    }).catch((e: unknown) => e)
    assert.ok(err instanceof ToolError, String(err))
    assert.match(err.message, /^sh exited with code 1: zstd: error 70 : Decoding error/)
    assert.equal(input.destroyed, true)
  })

  test('the second tool fails first: its error; the upstream is stopped, its input destroyed', async () => {
    const { input } = source(1 << 20) // 64 GiB: it ends only by being stopped
    const err: unknown = await runFed(
      '/bin/sh',
      ['-c', 'head -c 5 > /dev/null; echo "pg_restore: error: could not execute query" >&2; exit 1'],
      process.env,
      { command: '/bin/cat', args: [], input },
    ).catch((e: unknown) => e)
    assert.ok(err instanceof ToolError, String(err))
    assert.match(err.message, /^sh exited with code 1: pg_restore: error: could not execute query$/)
    assert.equal(input.destroyed, true)
  })

  test('a second tool gone while the upstream still writes fails the upstream, rather than leaving it blocked', async () => {
    // Node holding the pipe's read end too would leave cat blocked on a full pipe for ever.
    const { input } = source(1 << 20)
    await expect(
      runFed('/bin/sh', ['-c', 'head -c 5 > /dev/null'], process.env, { command: '/bin/cat', args: [], input }),
    ).rejects.toThrow(/^cat (was killed by SIGPIPE|exited with code 1)/)
  })
})
