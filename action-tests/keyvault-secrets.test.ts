/**
 * keyvault-secrets through its bundle, against the Key Vault stand-in and the Azure emulator's
 * GitHub OIDC and Entra endpoints: the real SecretClient, ClientAssertionCredential and
 * core.getIDToken over HTTPS. Values must reach GITHUB_ENV and the outputs exactly, be registered
 * for masking before the step prints anything else, and appear nowhere else.
 */
import { afterAll, beforeAll, describe, test } from '@jest/globals'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { startAzure, type Azure } from '@deploy-actions/harness/emulators/azure'
import { startKeyVault, type KeyVault } from '@deploy-actions/harness/emulators/key-vault'
import { assertNoTokens } from './leaks.ts'
import { firstLine, visibleTableColumns } from './summary-shape.ts'
import { runStep, type StepResult } from '@deploy-actions/harness/runner'

const rand = (n = 12) => randomBytes(n).toString('base64url')
const DAY_S = 24 * 3600
const nowS = () => Math.floor(Date.now() / 1000)

/** Every stdout line that is not a mask registration. */
function printedLines(r: StepResult): string[] {
  return r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'))
}

/** Asserts no piece of any value appears anywhere the user or the next steps' logs could see. */
function assertNowhere(r: StepResult, pieces: string[]): void {
  const printed = printedLines(r).join('\n')
  for (const p of pieces) {
    assert.ok(!printed.includes(p), `a value piece appears in stdout: ${JSON.stringify(p.slice(0, 6))}…`)
    assert.ok(!r.stderr.includes(p), 'a value piece appears in stderr')
    assert.ok(!r.summary.includes(p), 'a value piece appears in the summary')
    assert.ok(!r.log.includes(p), 'a value piece appears in the log')
  }
}

describe('keyvault-secrets reads secrets from the vault', () => {
  let azure: Azure
  let kv: KeyVault
  const db = `db-${rand()}%0A&"quoted"`
  const api = `ak_live_${rand(16)}`
  const pem = ['-----BEGIN PRIVATE KEY-----', `MIIEvQ${rand(30)}`, `  ${rand(20)}==`, '-----END PRIVATE KEY-----'].join(
    '\n',
  )
  const pemLines = pem.split('\n').map((l) => l.trim())
  const vaultInputs = () => ({ vault: kv.url, ...azure.authInputs })
  const run = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
    runStep('keyvault-secrets', {
      inputs: { ...vaultInputs(), ...inputs },
      env: { ...azure.env, ...env },
      namedOutputs: true,
    })

  beforeAll(async () => {
    azure = await startAzure()
    kv = await startKeyVault(azure)
    kv.set('db-password', `old-${rand()}`)
    kv.set('db-password', db)
    kv.set('api-key', api, { exp: nowS() + 3 * DAY_S })
    kv.set('tls-key', pem, { contentType: 'application/x-pem-file' })
  })
  afterAll(async () => {
    await kv.close()
    await azure.close()
  })

  test('values reach GITHUB_ENV and the outputs exactly, each masked before any other line', async () => {
    const firstRequest = kv.requests.length
    const r = await run({ secrets: 'db-password: DB_PASSWORD\napi-key   # exported as API_KEY\ntls-key: TLS_KEY' })
    assert.equal(r.exitCode, 0, r.log + r.stderr)

    assert.equal(r.env.DB_PASSWORD, db)
    assert.equal(r.env.API_KEY, api)
    assert.equal(r.env.TLS_KEY, pem)
    assert.equal(r.outputs['db-password'], db)
    assert.equal(r.outputs['api-key'], api)
    assert.equal(r.outputs['tls-key'], pem)
    assert.equal(r.outputs.names, 'db-password,api-key,tls-key')
    assert.equal(r.outputs['env-vars'], 'DB_PASSWORD,API_KEY,TLS_KEY')
    const latest = (name: string) => kv.versions(name).at(-1)?.version
    assert.deepEqual(JSON.parse(r.outputs.versions ?? '{}'), {
      'db-password': latest('db-password'),
      'api-key': latest('api-key'),
      'tls-key': latest('tls-key'),
    })

    // Masks: every value, and each line of the multi-line one (the runner masks line by line).
    for (const piece of [db, api, pem, ...pemLines])
      assert.ok(r.masks.includes(piece), `mask registered for ${JSON.stringify(piece.slice(0, 12))}…`)
    // Before anything else: every line before the last value mask is a mask or a debug line.
    const lines = r.stdout.split('\n')
    const lastMask = Math.max(
      ...[db, api, ...pemLines].map((p) =>
        lines.findIndex(
          (l) => l.startsWith('::add-mask::') && r.masks.includes(p) && l.endsWith(p.replace(/%/g, '%25')),
        ),
      ),
    )
    assert.ok(lastMask >= 0, 'the mask lines were found')
    const early = lines.slice(0, lastMask).filter((l) => !l.startsWith('::add-mask::') && !l.startsWith('::debug::'))
    assert.deepEqual(early, [], 'nothing but masks (and debug lines) before the last value was masked')
    assertNowhere(r, [db, api, ...pemLines])

    // The OIDC token (the client assertion) and the access token are printed nowhere either.
    assert.ok(azure.issued.idTokens.length > 0)
    assertNoTokens(r, [...azure.issued.idTokens, ...azure.issued.accessTokens])

    // The challenge: the first request carried no token and got the 401, the rest carried a
    // token Entra issued for the vault's own scope; no ARM token was asked for.
    const seen = kv.requests.slice(firstRequest)
    assert.equal(seen[0]?.authorization, false)
    assert.equal(seen[0]?.status, 401)
    const served = seen.filter((q) => q.status === 200)
    assert.equal(served.length, 3)
    for (const q of served) assert.equal(q.scope, `${kv.url}/.default`)
    assert.deepEqual([...new Set(azure.scopeRequests)], [`${kv.url}/.default`])

    // Names, never values, in the summary; a warning for the secret that expires in 3 days.
    for (const name of ['db-password', 'api-key', 'tls-key', 'DB_PASSWORD'])
      assert.ok(r.summary.includes(name), `summary names ${name}`)
    assert.match(firstLine(r.summary), /^### ✅ 3 secret\(s\) read from 127\.0\.0\.1:\d+ into /)
    assert.match(r.summary, /\*\*What now:\*\* api-key expire\(s\) within 7d: rotate/)
    assert.deepEqual(visibleTableColumns(r.summary), [5])
    assert.ok(
      r.annotations.some(
        (a) =>
          a.level === 'warning' && /^Secret api-key expires on (\d+ \w{3} )?\d\d:\d\d UTC: rotate it/.test(a.message),
      ),
      'expiry warning',
    )
  })

  test('a pinned version reads that version, not the latest', async () => {
    const [old] = kv.versions('db-password')
    assert.ok(old)
    const r = await run({ secrets: `db-password@${old.version}: OLD_DB_PASSWORD`, 'export-to': 'env' })
    assert.equal(r.exitCode, 0, r.log)
    assert.equal(r.env.OLD_DB_PASSWORD, old.value)
    assert.ok(r.masks.includes(old.value))
    assert.deepEqual(
      Object.keys(r.outputs).sort(),
      ['env-vars', 'names', 'versions'],
      'no value outputs without outputs in export-to',
    )
    assert.deepEqual(JSON.parse(r.outputs.versions ?? '{}'), { 'db-password': old.version })
    assertNowhere(r, [old.value])
  })

  test('outputs only: nothing goes to GITHUB_ENV', async () => {
    const r = await run({ secrets: 'api-key', 'export-to': 'outputs' })
    assert.equal(r.exitCode, 0, r.log)
    assert.deepEqual(r.env, {})
    assert.equal(r.outputs['api-key'], api)
    assert.equal(r.outputs['env-vars'], '')
  })

  test('a throttled vault (429 + Retry-After) is waited out within the timeout', async () => {
    const first = kv.requests.length
    kv.throttleNext(2, 1)
    const r = await run({ secrets: 'api-key: API_KEY', 'export-to': 'env' })
    assert.equal(r.exitCode, 0, r.log)
    assert.equal(r.env.API_KEY, api)
    const seen = kv.requests.slice(first)
    assert.deepEqual(
      seen.map((q) => q.status),
      [401, 429, 429, 200],
    )
    // Retry-After honoured: the retries waited about a second each.
    assert.ok((seen[3]?.at ?? 0) - (seen[1]?.at ?? 0) >= 1800, 'waited out Retry-After')
    assert.ok(r.log.includes('attempt 1 failed (HTTP 429'), 'the retry is in the log, after the masks')
  })

  test('missing names: one error listing them (names only), and nothing exported', async () => {
    const ghost = randomBytes(16).toString('hex')
    const r = await run({
      secrets: `db-password: DB_PASSWORD\nno-such-secret\ndb-password-typo: X\napi-key@${ghost}: GHOST`,
    })
    assert.equal(r.exitCode, 1)
    const errors = r.annotations.filter((a) => a.level === 'error')
    assert.equal(errors.length, 1, errors.map((e) => e.message).join('\n'))
    const message = errors[0]?.message ?? ''
    assert.match(message, /^3 of 4 secret\(s\) in 127\.0\.0\.1:\d+ cannot be used, so nothing was exported — /)
    assert.match(
      message,
      /not found: no-such-secret, db-password-typo; not found \(no such secret or version\): api-key@[0-9a-f]{32}$/,
    )
    assert.ok(!message.includes('\n'))
    assert.deepEqual(r.env, {}, 'nothing exported to GITHUB_ENV')
    assert.deepEqual(r.outputs, {}, 'no output set')
    // The run's page says it too: the job summary carries the failure, the names and no value.
    assert.match(r.summary, /^### ❌ Key Vault secrets failed\n\n3 of 4 secret\(s\) in 127\.0\.0\.1:\d+ cannot be used/)
    assert.match(r.summary, /not found: no-such-secret, db-password-typo;/)
    // The value that did arrive was still masked, and printed nowhere.
    assert.ok(r.masks.includes(db))
    assertNowhere(r, [db])
  })

  test('disabled, expired, not-yet-valid and forbidden secrets are refused together, nothing exported', async () => {
    kv.set('old-key', `ok-${rand()}`)
    kv.setEnabled('old-key', false)
    const expired = `exp-${rand()}`
    kv.set('expired-key', expired, { exp: nowS() - DAY_S })
    kv.set('future-key', `fut-${rand()}`, { nbf: nowS() + DAY_S })
    kv.set('hr-only', `hr-${rand()}`)
    kv.forbidden.add('hr-only')
    const r = await run({ secrets: 'api-key\nold-key\nexpired-key\nfuture-key\nhr-only' })
    assert.equal(r.exitCode, 1)
    const errors = r.annotations.filter((a) => a.level === 'error')
    assert.equal(errors.length, 1)
    const message = errors[0]?.message ?? ''
    assert.match(message, /^4 of 5 secret\(s\) .* nothing was exported — /)
    assert.match(message, /disabled \(enable it in the vault, or pin an enabled version\): old-key/)
    assert.match(message, /expired \(rotate it, or pin a valid version\): expired-key on \d{4}-\d\d-\d\dT/)
    assert.match(message, /not valid yet: future-key until /)
    // Key Vault's RBAC refusal names the action and the secret: said as the role to assign, on that scope.
    assert.match(
      message,
      /not readable by this identity .*: hr-only: HTTP 403 Forbidden — the signed-in identity may not Microsoft\.KeyVault\/vaults\/secrets\/getSecret\/action: assign it the role "Key Vault Secrets User" on \/subscriptions\/.*\/vaults\/kv-shop\/secrets\/hr-only \(az role assignment create --assignee-object-id 99999999-8888-7777-6666-555555555555 /,
    )
    assert.ok(!message.includes('\n'))
    assert.deepEqual(r.env, {})
    assert.deepEqual(r.outputs, {})
    assertNowhere(r, [api, expired])
  })

  test('a sign-in Entra refuses fails once, naming the reason, with no token in the log', async () => {
    const r = await run({ secrets: 'db-password\napi-key', audience: 'api://SomeOtherExchange' })
    assert.equal(r.exitCode, 1)
    const errors = r.annotations.filter((a) => a.level === 'error')
    assert.equal(errors.length, 1, errors.map((e) => e.message).join('\n'))
    assert.match(
      errors[0]?.message ?? '',
      /^Could not read from the vault 127\.0\.0\.1:\d+ \(GitHub OIDC \(audience api:\/\/SomeOtherExchange\).*AADSTS700212.*nothing was exported$/,
    )
    const printed = printedLines(r).join('\n') + r.stderr + r.summary
    for (const token of azure.issued.idTokens) assert.ok(!printed.includes(token), 'the OIDC token was printed')
    assert.deepEqual(r.env, {})
  })

  test('an unreachable vault is one error naming it, not one per secret', async () => {
    const closed = await startKeyVault(azure)
    const url = closed.url
    await closed.close()
    const r = await run({ vault: url, secrets: 'db-password\napi-key', timeout: '5s' })
    assert.equal(r.exitCode, 1)
    const errors = r.annotations.filter((a) => a.level === 'error')
    assert.equal(errors.length, 1)
    assert.match(
      errors[0]?.message ?? '',
      /^Could not read from the vault 127\.0\.0\.1:\d+: .*ECONNREFUSED.*; check the vault name \(or URL\) and cloud; nothing was exported$/,
    )
  })

  test("a vault outside Azure that challenges for Key Vault's resource gets no token", async () => {
    const rogue = await startKeyVault(azure, { challengeResource: 'https://vault.azure.net' })
    try {
      rogue.set('db-password', `rogue-${rand()}`)
      const scopesBefore = azure.scopeRequests.length
      const r = await run({ vault: rogue.url, secrets: 'db-password' })
      assert.equal(r.exitCode, 1)
      const errors = r.annotations.filter((a) => a.level === 'error')
      assert.equal(errors.length, 1)
      assert.match(
        errors[0]?.message ?? '',
        new RegExp(
          String.raw`^Refused to sign in to the vault: the vault at 127\.0\.0\.1:\d+ asked for a token for ` +
            String.raw`https:\/\/vault\.azure\.net\/\.default, .*no token was requested`,
        ),
      )
      assert.deepEqual(azure.scopeRequests.slice(scopesBefore), [], 'no token was asked of Entra')
      assert.ok(
        rogue.requests.every((q) => !q.authorization),
        'the rogue vault never saw a token',
      )
      assert.deepEqual(r.env, {})
    } finally {
      await rogue.close()
    }
  })
})
