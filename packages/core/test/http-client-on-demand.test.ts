import { afterAll, afterEach, beforeAll, describe, test } from '@jest/globals'
import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import { connect, type AddressInfo } from 'node:net'
import { BearerCredentialHandler } from '@actions/http-client/lib/auth'
import { HttpClient } from '../src/http-client-on-demand.ts'
import { fetch } from '../src/undici-on-demand.ts'

/** What the bundles get for `@actions/http-client`: the real client's requests and proxy, loaded on the first use. */
describe('@actions/http-client on demand', () => {
  let target: Server
  let proxy: Server
  const tunnels: string[] = []
  const seen: { url?: string; authorization?: string }[] = []
  const port = (server: Server) => (server.address() as AddressInfo).port
  const saved = { HTTP_PROXY: process.env.HTTP_PROXY, http_proxy: process.env.http_proxy }

  beforeAll(async () => {
    target = createServer((req, res) => {
      seen.push({ url: req.url, authorization: req.headers.authorization })
      res.setHeader('content-type', 'application/json').end(JSON.stringify({ value: `token for ${req.url}` }))
    })
    // A CONNECT proxy that sends every tunnel to `target`, whatever host it names: the client
    // skips the proxy for loopback addresses, so the tests name a host that does not resolve.
    proxy = createServer((_req, res) => res.writeHead(405).end())
    proxy.on('connect', (req, client, head) => {
      tunnels.push(req.url ?? '')
      const upstream = connect(port(target), '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        upstream.write(head)
        upstream.pipe(client).pipe(upstream)
      })
      upstream.on('error', () => client.destroy())
      client.on('error', () => upstream.destroy())
    })
    await Promise.all([target, proxy].map((s) => new Promise<void>((done) => s.listen(0, '127.0.0.1', done))))
  })
  afterEach(() => {
    for (const [name, value] of Object.entries(saved))
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
  })
  afterAll(async () => {
    for (const s of [target, proxy]) s.closeAllConnections()
    await Promise.all([target, proxy].map((s) => new Promise((done) => s.close(done))))
  })

  test("getJson sends the handlers' credentials and reads the JSON, as @actions/core's OIDC helper asks", async () => {
    const client = new HttpClient('actions/oidc-client', [new BearerCredentialHandler('request-token')])
    const res = await client.getJson<{ value: string }>(`http://127.0.0.1:${port(target)}/id-token?audience=api`)
    assert.equal(res.statusCode, 200)
    assert.deepEqual(res.result, { value: 'token for /id-token?audience=api' })
    assert.deepEqual(seen.at(-1), { url: '/id-token?audience=api', authorization: 'Bearer request-token' })
  })

  test('getAgentDispatcher goes through HTTP_PROXY, as @actions/github fetches with it', async () => {
    process.env.HTTP_PROXY = `http://127.0.0.1:${port(proxy)}`
    const url = 'http://deploy-target.invalid/repos/octo-org/shop'
    const res = await fetch(url, { dispatcher: new HttpClient().getAgentDispatcher(url) })
    assert.equal(res.status, 200)
    assert.deepEqual(await res.json(), { value: 'token for /repos/octo-org/shop' })
    assert.deepEqual(tunnels, ['deploy-target.invalid:80'])
  })

  test('without a proxy setting there is no dispatcher, and getAgent gives no agent (Octokit never reads it)', async () => {
    delete process.env.HTTP_PROXY
    delete process.env.http_proxy
    const client = new HttpClient()
    assert.equal(await client.getAgentDispatcher(`http://127.0.0.1:${port(target)}/`).dispatcher(), undefined)
    assert.equal(client.getAgent(`http://127.0.0.1:${port(target)}/`), undefined)
    const res = await fetch(`http://127.0.0.1:${port(target)}/direct`, {
      dispatcher: client.getAgentDispatcher(`http://127.0.0.1:${port(target)}/direct`),
    })
    assert.equal(res.status, 200)
    assert.equal(tunnels.length, 1, 'no new tunnel')
  })
})
