/**
 * A certificate authority made at test time, and a server certificate it signed for localhost and
 * 127.0.0.1. Emulators serve HTTPS with it, and an action's process trusts it through
 * NODE_EXTRA_CA_CERTS, exactly as a runner behind a corporate CA would: nothing in the action
 * turns TLS verification off. Made once per test process (openssl, EC keys: fast).
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { temporaryFolder } from '../temp.ts'

export interface TestTls {
  /** The CA certificate's file: what NODE_EXTRA_CA_CERTS names. */
  caFile: string
  ca: string
  /** The server's key and certificate (PEM), for https.createServer. */
  key: string
  cert: string
  /** The same key and certificate as files, for servers that take paths (Azurite's --key, --cert). */
  keyFile: string
  certFile: string
}

let made: TestTls | undefined

export function testTls(): TestTls {
  if (made) return made
  const dir = temporaryFolder('test-ca-')
  const file = (name: string) => join(dir, name)
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: ['ignore', 'ignore', 'pipe'] })
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes']
  openssl(
    'req',
    '-x509',
    ...ec,
    '-keyout',
    file('ca.key'),
    '-out',
    file('ca.pem'),
    '-days',
    '2',
    '-subj',
    '/CN=deploy-actions test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  )
  openssl('req', ...ec, '-keyout', file('server.key'), '-out', file('server.csr'), '-subj', '/CN=localhost')
  writeFileSync(
    file('server.ext'),
    'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n',
  )
  openssl(
    'x509',
    '-req',
    '-in',
    file('server.csr'),
    '-CA',
    file('ca.pem'),
    '-CAkey',
    file('ca.key'),
    '-CAcreateserial',
    '-out',
    file('server.pem'),
    '-days',
    '2',
    '-extfile',
    file('server.ext'),
  )
  made = {
    caFile: file('ca.pem'),
    ca: readFileSync(file('ca.pem'), 'utf8'),
    key: readFileSync(file('server.key'), 'utf8'),
    cert: readFileSync(file('server.pem'), 'utf8'),
    keyFile: file('server.key'),
    certFile: file('server.pem'),
  }
  return made
}
