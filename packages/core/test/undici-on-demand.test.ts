import { afterAll, beforeAll, describe, test } from '@jest/globals'
import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import { connect, type AddressInfo } from 'node:net'
import { fetch, ProxyAgent } from '../src/undici-on-demand.ts'

/** What the bundles get for `undici`: the same requests, undici loaded on the first one. */
describe('undici on demand', () => {
  let target: Server
  let proxy: Server
  const tunnels: string[] = []
  const url = (server: Server, path = '') => `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`

  beforeAll(async () => {
    target = createServer((req, res) => res.end(`${req.method} ${req.url}`))
    // A CONNECT proxy, as undici's ProxyAgent speaks to one for every target.
    proxy = createServer((_req, res) => res.writeHead(405).end())
    proxy.on('connect', (req, client, head) => {
      tunnels.push(req.url ?? '')
      const [host, port] = (req.url ?? '').split(':')
      const upstream = connect(Number(port), host, () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        upstream.write(head)
        upstream.pipe(client).pipe(upstream)
      })
      upstream.on('error', () => client.destroy())
      client.on('error', () => upstream.destroy())
    })
    await Promise.all([target, proxy].map((s) => new Promise<void>((done) => s.listen(0, '127.0.0.1', done))))
  })
  afterAll(async () => {
    for (const s of [target, proxy]) s.closeAllConnections()
    await Promise.all([target, proxy].map((s) => new Promise((done) => s.close(done))))
  })

  test('fetch without a dispatcher goes straight to the server', async () => {
    const res = await fetch(url(target, '/direct'))
    assert.equal(res.status, 200)
    assert.equal(await res.text(), 'GET /direct')
    assert.deepEqual(tunnels, [])
  })

  test('a ProxyAgent given as the dispatcher sends the request through the proxy', async () => {
    const agent = new ProxyAgent({ uri: url(proxy) })
    const res = await fetch(url(target, '/proxied'), { dispatcher: agent, method: 'POST', body: 'x' })
    assert.equal(await res.text(), 'POST /proxied')
    assert.deepEqual(tunnels, [`127.0.0.1:${(target.address() as AddressInfo).port}`])
    assert.equal(await agent.dispatcher(), await agent.dispatcher(), 'one undici ProxyAgent per ProxyAgent')
    await (await agent.dispatcher()).close()
  })
})
