import { afterAll, beforeAll, describe, test } from '@jest/globals'
import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { MAX_BODY_BYTES, probe } from '@deploy-actions/probe'

/** probe() over node:http: what fetch did for it (decoding, headers, the body cap, timeouts) still holds. */
describe('probe over node:http', () => {
  let server: Server
  let base: string
  const received: { method?: string; body: string; length?: string }[] = []
  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = ''
      req.setEncoding('utf8').on('data', (d: string) => (body += d))
      req.on('end', () => {
        received.push({ method: req.method, body, length: req.headers['content-length'] })
        const json = Buffer.from(JSON.stringify({ status: 'healthy' }))
        if (req.url === '/gzip') res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(json))
        else if (req.url === '/br') res.writeHead(200, { 'content-encoding': 'br' }).end(brotliCompressSync(json))
        else if (req.url === '/big') res.end(Buffer.alloc(MAX_BODY_BYTES + 4096, 'x'))
        else if (req.url === '/slow') setTimeout(() => res.end('late'), 2000).unref()
        else
          res
            .writeHead(200, [
              ['x-version', '1.4.0'],
              ['vary', 'a'],
              ['vary', 'b'],
            ])
            .end('plain')
      })
    })
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((done) => server.close(done))
  })
  const get = (path: string, timeoutMs = 5000) =>
    probe({ url: new URL(path, base), method: 'GET', headers: {}, timeoutMs })

  test('gzip and br bodies are decoded', async () => {
    for (const path of ['/gzip', '/br']) {
      const res = await get(path)
      assert.ok(res.ok)
      assert.deepEqual(JSON.parse(res.body), { status: 'healthy' }, path)
    }
  })

  test('headers are read case-insensitively, a repeated one joined as fetch joins it', async () => {
    const res = await get('/plain')
    assert.ok(res.ok)
    assert.equal(res.headers.get('X-Version'), '1.4.0')
    assert.equal(res.headers.get('vary'), 'a, b')
    assert.equal(res.headers.get('location'), null)
  })

  test('a body over the cap is cut and said to be', async () => {
    const res = await get('/big')
    assert.ok(res.ok)
    assert.equal(res.truncated, true)
    assert.equal(res.body.length, MAX_BODY_BYTES)
  })

  test('a POST body is sent with its length', async () => {
    const res = await probe({
      url: new URL('/post', base),
      method: 'POST',
      headers: {},
      body: '{"a":"é"}',
      timeoutMs: 5000,
    })
    assert.ok(res.ok)
    assert.deepEqual(received.at(-1), { method: 'POST', body: '{"a":"é"}', length: '10' })
  })

  test('no response within the timeout is a timeout', async () => {
    const res = await get('/slow', 200)
    assert.equal(res.ok, false)
    assert.ok(!res.ok && res.timedOut)
    assert.ok(!res.ok && res.error === 'no response within 200ms')
  })

  test('a refused connection names the cause', async () => {
    const res = await probe({ url: new URL('http://127.0.0.1:1/'), method: 'GET', headers: {}, timeoutMs: 5000 })
    assert.ok(!res.ok && res.error === 'connection refused (ECONNREFUSED)', JSON.stringify(res))
  })
})
