/**
 * Nothing from outside runs as a workflow command: for each kind of text an action prints that it
 * got from elsewhere — a service's body, headers and version, check-run names, webhook and GitHub
 * error answers, stored payloads — the stand-in sends HOSTILE (commands after every kind of line
 * break, the old `##[` form mid-line, and a stop-commands that would silence the action's own
 * errors), and the step's output, read as the runner reads it (commands.ts), carries none but the
 * action's own commands. Each test also checks that the hostile text really was printed (shown,
 * not dropped), and that the action's own error was issued.
 */
import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, test } from '@jest/globals'
import { assertOnlyOwnCommands, HOSTILE } from '@deploy-actions/harness/commands'
import { startApp, type App } from '@deploy-actions/harness/emulators/app'
import { addAppService } from '@deploy-actions/harness/emulators/app-service'
import { startAzure, type Azure } from '@deploy-actions/harness/emulators/azure'
import { hexId, startGitHub, type GitHubEmulator } from '@deploy-actions/harness/emulators/github'
import { startKeyVault, type KeyVault } from '@deploy-actions/harness/emulators/key-vault'
import { startS3, type S3StandIn } from '@deploy-actions/harness/emulators/s3'
import { startWebhook, type WebhookReceiver } from '@deploy-actions/harness/emulators/webhook'
import { runStep, type StepResult } from '@deploy-actions/harness/runner'

const SHA = 'ffac537e6cbbf934b08745a378932722df287a53'

/** Whether the step showed the hostile text (its escaped form) rather than dropping it. */
const shown = (r: StepResult, fragment = 'INJECTED-1') =>
  r.stdout.includes(fragment) || r.annotations.some((a) => a.message.includes(fragment))

const ownErrors = (r: StepResult) => r.annotations.filter((a) => a.level === 'error')

describe('smoke-test: a service body, version and header', () => {
  let svc: App
  beforeAll(async () => {
    // The app also sends its version as a header, where a line break cannot go: the hostile
    // version is in the JSON body only.
    svc = await startApp({ version: 'v1.4.0 ##[add-mask]INJECTED-0' })
  })
  afterAll(() => svc.close())

  test('a served version and a JSON field with commands in them', async () => {
    svc.set({ body: { version: HOSTILE } }, '/version')
    svc.set({ body: { status: HOSTILE, version: HOSTILE } }, '/health')
    const r = await runStep('smoke-test', {
      inputs: {
        'check-timeout': '1s',
        'expected-version': 'v1.5.0',
        checks: JSON.stringify([
          { name: 'version', url: `${svc.url}/version`, version: '$.version' },
          { name: `health ${HOSTILE}`, url: `${svc.url}/health`, json: { '$.status': 'healthy' } },
        ]),
      },
    })
    assert.equal(r.exitCode, 1, r.log)
    assertOnlyOwnCommands(r)
    assert.ok(shown(r))
    assert.ok(ownErrors(r).length >= 1, 'the action still reports its own error')
  })

  test('an error body quoted in a failure reason', async () => {
    svc.set({ status: 500, body: { error: `##[add-mask]INJECTED-1 ${HOSTILE}` } }, '/boom')
    const r = await runStep('smoke-test', {
      inputs: { 'check-timeout': '1s', checks: JSON.stringify([{ name: 'boom', url: `${svc.url}/boom` }]) },
    })
    assert.equal(r.exitCode, 1, r.log)
    assertOnlyOwnCommands(r)
    assert.ok(ownErrors(r).length >= 1, 'the action still reports its own error')
  })
})

describe('release-gate: check-run names and status contexts', () => {
  let gh: GitHubEmulator
  const RED = hexId('hostile check names')
  beforeAll(async () => {
    gh = await startGitHub()
    gh.addTag('v1.5.0', RED)
    gh.addCheckRun(RED, { name: `lint ${HOSTILE}`, conclusion: 'failure' })
    gh.addCheckRun(RED, { name: 'lint ##[warning]INJECTED-9', conclusion: 'failure' })
    gh.addStatus(RED, `ci/${HOSTILE}`, 'failure')
  })
  afterAll(() => gh.close())

  test('failing checks named with commands are shown, not obeyed', async () => {
    const r = await runStep('release-gate', {
      inputs: { token: gh.token, sha: RED, version: 'v1.5.0' },
      env: { GITHUB_API_URL: gh.url },
    })
    assert.equal(r.exitCode, 1, r.log)
    assertOnlyOwnCommands(r)
    assert.ok(shown(r))
    assert.ok(ownErrors(r).length >= 1)
  })
})

describe('deployment-record: GitHub error answers', () => {
  let gh: GitHubEmulator
  beforeAll(async () => {
    gh = await startGitHub()
    gh.addCommit(SHA)
  })
  afterAll(() => gh.close())

  test('a 502 whose message holds commands, on every retry line and in the final error', async () => {
    gh.failNext(10, 502, { message: HOSTILE })
    const r = await runStep('deployment-record', {
      inputs: { step: 'start', token: gh.token, environment: 'production', version: 'v1.5.0' },
      env: { GITHUB_API_URL: gh.url },
    })
    assert.equal(r.exitCode, 1, r.log)
    assertOnlyOwnCommands(r)
    assert.ok(shown(r))
    assert.ok(ownErrors(r).length >= 1, 'the action still reports its own error')
  })
})

describe('deployment-record: a stored payload', () => {
  let gh: GitHubEmulator
  beforeAll(async () => {
    gh = await startGitHub()
    gh.addCommit(SHA)
  })
  afterAll(() => gh.close())

  test("step read with a Deployment's payload altered on GitHub (its version holds commands)", async () => {
    const finished = await runStep('deployment-record', {
      inputs: { step: 'finish', token: gh.token, environment: 'production', version: 'v1.5.0' },
      env: { GITHUB_API_URL: gh.url },
    })
    assert.equal(finished.exitCode, 0, finished.log)
    const stored = gh.deployments.at(-1)?.payload as { version: string }
    // Short enough for the record's schema (100 characters), so that read prints it.
    stored.version = 'v1.5.0\n::warning::INJECTED-1\r::stop-commands::INJECTED-5'
    const r = await runStep('deployment-record', {
      inputs: { step: 'read', token: gh.token, environment: 'production' },
      env: { GITHUB_API_URL: gh.url },
    })
    assertOnlyOwnCommands(r)
    assert.ok(shown(r), r.log)
  })
})

describe('notify: a webhook error answer', () => {
  let hook: WebhookReceiver
  beforeAll(async () => {
    hook = await startWebhook()
  })
  afterAll(() => hook.close())

  test('a 500 body with commands on the retry lines and the final warning', async () => {
    hook.failNext('/services/', 10, 500, { body: HOSTILE })
    const r = await runStep('notify', {
      inputs: { 'slack-webhook-url': hook.slackUrl, event: 'succeeded', attempts: '2', 'fail-on-error': 'true' },
    })
    assert.equal(r.exitCode, 1, r.log)
    assertOnlyOwnCommands(r)
    assert.ok(shown(r))
    assert.ok(ownErrors(r).length >= 1, 'the action still reports its own error')
  })
})

describe('keyvault-secrets: Key Vault attributes', () => {
  let azure: Azure
  let kv: KeyVault
  beforeAll(async () => {
    azure = await startAzure()
    kv = await startKeyVault(azure)
    kv.set('app-config', 'cfg-value-0123456789', { contentType: HOSTILE })
  })
  afterAll(async () => {
    await kv.close()
    await azure.close()
  })

  test("a secret's contentType with commands in it", async () => {
    const r = await runStep('keyvault-secrets', {
      inputs: { vault: kv.url, secrets: 'app-config: APP_CONFIG', ...azure.authInputs },
      env: azure.env,
      namedOutputs: true,
    })
    assert.equal(r.exitCode, 0, r.log)
    assert.equal(r.env.APP_CONFIG, 'cfg-value-0123456789', 'the secret was read and exported')
    assertOnlyOwnCommands(r)
    assert.ok(shown(r))
  })

  test("the Azure SDKs' own log (AZURE_LOG_LEVEL) goes through the output layer, never raw to stderr", async () => {
    const r = await runStep('keyvault-secrets', {
      inputs: { vault: kv.url, secrets: 'app-config: APP_CONFIG', ...azure.authInputs },
      env: { ...azure.env, AZURE_LOG_LEVEL: 'verbose' },
      namedOutputs: true,
    })
    assert.equal(r.exitCode, 0, r.log)
    assert.match(r.stdout, /azure:core-rest-pipeline/, 'the SDK log is shown in the step log')
    assert.doesNotMatch(r.stderr, /azure:/, 'nothing of it is written raw to stderr')
    assertOnlyOwnCommands(r)
  })
})

describe("slot-swap: a slot's version", () => {
  test('a version with commands in it is shown in the refusal, not obeyed; nothing is swapped', async () => {
    const azure = await startAzure()
    try {
      const site = await addAppService(azure, {
        slots: { production: { version: 'v1.4.0' }, staging: { version: 'v1.5.0' } },
      })
      site.serving.get('staging')?.set({ body: { status: 'healthy', version: HOSTILE } }, '/health')
      const r = await runStep('slot-swap', {
        inputs: {
          ...azure.authInputs,
          'resource-group': site.resourceGroup,
          app: site.name,
          'expected-version': 'v1.5.0',
          'warmup-count': '1',
          'warmup-timeout': '5s',
          'request-timeout': '2s',
        },
        env: azure.env,
        timeoutMs: 60_000,
      })
      assert.equal(r.exitCode, 1, r.log)
      assertOnlyOwnCommands(r)
      assert.ok(shown(r))
      assert.ok(ownErrors(r).length >= 1)
      assert.equal(site.swapRequests, 0)
    } finally {
      await azure.close()
    }
  })
})

describe('db-backup: a stored manifest', () => {
  let s3: S3StandIn
  beforeAll(async () => {
    s3 = await startS3()
    await s3.createBucket('backups')
    const manifest = {
      schema: 'db-backup-manifest/v1',
      backupId: HOSTILE,
      engine: 'postgres',
      database: HOSTILE,
      createdAt: HOSTILE,
      verified: { how: HOSTILE },
      object: { key: 'app/x/x.dump', uri: 's3://backups/app/x/x.dump', sha256: '00'.repeat(32), size: 1 },
    }
    await s3.put('backups', 'app/x/manifest.json', Buffer.from(JSON.stringify(manifest)))
  })
  afterAll(() => s3?.close())

  test('tampered manifest fields are shown, not obeyed (the restore then fails: no database there)', async () => {
    const r = await runStep('db-backup', {
      inputs: {
        mode: 'restore',
        'database-url': 'postgres://app:pw-0123456789@127.0.0.1:1/app',
        'backup-uri': 's3://backups/app/x/manifest.json',
        's3-endpoint': s3.endpoint,
        verify: 'none',
      },
      env: s3.env,
    })
    assert.equal(r.exitCode, 1, r.log)
    assertOnlyOwnCommands(r)
    assert.ok(shown(r))
    assert.equal(ownErrors(r).length, 1)
  })
})
