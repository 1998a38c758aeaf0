/**
 * Bad input to keyvault-secrets: each is one error line naming the input and the accepted form,
 * reported before any request (neither the vault nor GitHub's token endpoint sees one), with no
 * stack trace, nothing exported and no output set.
 */
import { afterAll, beforeAll, describe, test } from '@jest/globals'
import assert from 'node:assert/strict'
import { startAzure, type Azure } from '@deploy-actions/harness/emulators/azure'
import { startKeyVault, type KeyVault } from '@deploy-actions/harness/emulators/key-vault'
import { inputsNamed, oneError } from './refusals.ts'
import { runStep } from '@deploy-actions/harness/runner'

describe('keyvault-secrets refuses bad input before any request', () => {
  let azure: Azure
  let kv: KeyVault
  beforeAll(async () => {
    azure = await startAzure()
    kv = await startKeyVault(azure)
    kv.set('db-password', 'never-read-in-these-tests')
  })
  afterAll(async () => {
    await kv.close()
    await azure.close()
  })

  const cases: Array<{ what: string; inputs: Record<string, string>; env?: Record<string, string>; error: RegExp }> = [
    {
      what: 'a vault that is neither a name nor a URL',
      inputs: { vault: 'my vault!' },
      error: new RegExp(
        String.raw`^Input 'vault' must be a vault name \(3-24 letters, digits and hyphens, such as kv-shop\) or its ` +
          String.raw`https URL such as https:\/\/kv-shop\.vault\.azure\.net; got "my vault!"$`,
      ),
    },
    {
      what: 'a plain-http vault URL',
      inputs: { vault: 'http://kv-shop.vault.azure.net' },
      error: /^Input 'vault' must be a vault name .* or its https URL .*; got "http:\/\/kv-shop\.vault\.azure\.net"$/,
    },
    {
      what: 'a vault URL with a path',
      inputs: { vault: 'https://kv-shop.vault.azure.net/secrets/db-password' },
      error:
        /^Input 'vault' must be a vault name .*; got "https:\/\/kv-shop\.vault\.azure\.net\/secrets\/db-password"$/,
    },
    {
      what: 'no secrets',
      inputs: { secrets: '' },
      error:
        /^Input 'secrets' is required: give one secret per line as name\[@version\]\[: ENV_VAR\], such as db-password: DB_PASSWORD$/,
    },
    {
      what: 'only comments',
      inputs: { secrets: '# nothing yet' },
      error: /^Input 'secrets' must be one secret per line as .* \(no secrets listed\)$/,
    },
    {
      what: 'a secret name with a space',
      inputs: { secrets: 'db password' },
      error: /^Input 'secrets' must be .* \(line 1 "db password" is not name\[@version\]\[: ENV_VAR\]\)$/,
    },
    {
      what: 'a secret name with an underscore',
      inputs: { secrets: 'db-password\ndb_user: DB_USER' },
      error:
        /^Input 'secrets' must be .* \(line 2 "db_user: DB_USER": a secret name is 1-127 letters, digits and hyphens\)$/,
    },
    {
      what: 'a version that is not one',
      inputs: { secrets: 'db-password@v2: DB_PASSWORD' },
      error:
        /^Input 'secrets' must be .* \(line 1 "db-password@v2: DB_PASSWORD": a version is the 32 hex digits of the secret's version id\)$/,
    },
    {
      what: 'a variable starting with a digit',
      inputs: { secrets: 'db-password: 1DB' },
      error: new RegExp(
        String.raw`^Input 'secrets' must be .* \(line 1 "db-password: 1DB": an environment variable name is letters, ` +
          String.raw`digits and underscores, not starting with a digit\)$`,
      ),
    },
    {
      what: 'a runner variable',
      inputs: { secrets: 'db-password: GITHUB_TOKEN' },
      error:
        /^Input 'secrets' must be .* GITHUB_TOKEN belongs to the runner or changes how later steps run \(as every GITHUB_\* name\); choose another name\)$/,
    },
    {
      what: 'a secret listed twice (names ignore case)',
      inputs: { secrets: 'db-password: A\nDB-Password: B' },
      error:
        /^Input 'secrets' \(line 2\) lists the secret DB-Password again \(first on line 1\): list each secret once/,
    },
    {
      what: 'two secrets to one variable',
      inputs: { secrets: 'db-password: DB\napi-key: DB' },
      error:
        /^Input 'secrets' \(line 2\) exports api-key to DB, which line 1 \(db-password\) already sets: give each secret its own variable$/,
    },
    {
      what: 'a derived variable that cannot be one',
      inputs: { secrets: '1password', 'export-to': 'env' },
      error:
        /^Input 'secrets' \(line 1\) needs a variable name for 1password \(1PASSWORD cannot be one, it starts with a digit\): write 1password: SOME_NAME$/,
    },
    {
      what: 'an output name that cannot be one',
      inputs: { secrets: '1password', 'export-to': 'outputs' },
      error:
        /^Input 'secrets' \(line 1\) names the secret 1password, which starts with a digit and so cannot name an output: use export-to: env with a variable$/,
    },
    {
      what: 'a secret that would overwrite a declared output',
      inputs: { secrets: 'versions: APP_VERSIONS' },
      error:
        /^Input 'secrets' \(line 1\) names the secret versions, which would overwrite the action's own output versions/,
    },
    {
      what: 'a variable without env in export-to',
      inputs: { secrets: 'db-password: DB_PASSWORD', 'export-to': 'outputs' },
      error:
        /^Input 'secrets' \(line 1\) maps db-password to the variable DB_PASSWORD, but export-to has no env: add env to export-to or drop the variable$/,
    },
    {
      what: 'an unknown export target',
      inputs: { 'export-to': 'env, file' },
      error:
        /^Input 'export-to' must be a comma- or newline-separated list of one of env, outputs \(item "file" is not one of env, outputs\); got "env, file"$/,
    },
    {
      what: 'an unparseable timeout',
      inputs: { timeout: 'soon' },
      error: /^Input 'timeout' must be a duration such as 500ms, 90s, 5m or 1h30m; got "soon"$/,
    },
    {
      what: 'a client id that is not a GUID',
      inputs: { 'client-id': 'shop-deployer' },
      error: /^Input 'client-id' must be the application \(client\) ID of an Entra app or managed identity: a GUID/,
    },
    {
      what: 'an unknown cloud',
      inputs: { cloud: 'AzureGermanCloud' },
      error: /^Input 'cloud' must be one of AzureCloud, AzureUSGovernment, AzureChinaCloud; got "AzureGermanCloud"$/,
    },
    {
      what: 'OIDC sign-in without id-token permission',
      inputs: {},
      env: { ACTIONS_ID_TOKEN_REQUEST_URL: '', ACTIONS_ID_TOKEN_REQUEST_TOKEN: '' },
      error:
        /^Input 'client-id' is set for GitHub OIDC sign-in, but this job cannot request an ID token: add 'permissions: id-token: write' to the job$/,
    },
    {
      what: 'no sign-in at all (no OIDC inputs, no AZURE_* credentials, no Azure CLI): what to give, not the SDK',
      inputs: { 'client-id': '', 'tenant-id': '' },
      env: { PATH: '/usr/bin:/bin' },
      error: new RegExp(
        String.raw`^Input 'client-id' is required: this job has no Azure sign-in\. Give client-id and tenant-id for ` +
          String.raw`GitHub OIDC \(with 'permissions: id-token: write'\), set AZURE_CLIENT_ID, AZURE_TENANT_ID and ` +
          String.raw`AZURE_CLIENT_SECRET, or run azure/login before this step \(no Azure CLI on PATH either\)$`,
      ),
    },
    {
      what: 'BASH_ENV as a target (bash sources it in every later step)',
      inputs: { secrets: 'db-password: BASH_ENV' },
      error:
        /^Input 'secrets' must be .*BASH_ENV belongs to the runner or changes how later steps run; choose another name\)$/,
    },
    {
      what: 'LD_PRELOAD as a target (the loader runs it in every later process)',
      inputs: { secrets: 'db-password: LD_PRELOAD' },
      error:
        /^Input 'secrets' must be .*LD_PRELOAD belongs to the runner or changes how later steps run \(as every LD_\* name\); choose another name\)$/,
    },
    {
      what: 'a secret whose name alone would export it as ENV',
      inputs: { secrets: 'env' },
      error:
        /^Input 'secrets' \(line 1\) would export env as ENV, which belongs to the runner or changes later steps: write env: ANOTHER_NAME$/,
    },
    {
      what: 'a vault URL with a password, refused without quoting it',
      inputs: { vault: 'https://admin:kv-Passw0rd-1234@kv-shop.vault.azure.net' },
      error:
        /^Input 'vault' must be a vault name .* or its https URL such as https:\/\/kv-shop\.vault\.azure\.net without a user name or password$/,
    },
    {
      what: 'a timeout beyond its bound',
      inputs: { timeout: '1000000h' },
      error: /^Input 'timeout' must be a duration such as 500ms, 90s, 5m or 1h30m \(at most 10m00s\); got "1000000h"$/,
    },
  ]

  for (const c of cases) {
    test(c.what, async () => {
      const requests = kv.requests.length
      const idTokens = azure.issued.idTokens.length
      const r = await runStep('keyvault-secrets', {
        inputs: { vault: kv.url, secrets: 'db-password: DB_PASSWORD', ...azure.authInputs, ...c.inputs },
        env: { ...azure.env, ...c.env },
        namedOutputs: true,
      })
      const message = oneError(r)
      assert.match(message, c.error)
      assert.equal(kv.requests.length, requests, 'the vault saw no request')
      assert.equal(azure.issued.idTokens.length, idTokens, 'no GitHub OIDC token was requested')
      assert.deepEqual(r.outputs, {}, 'no output set')
      assert.deepEqual(r.env, {}, 'nothing exported')
    })
  }

  test('every problem is reported at once, one line each', async () => {
    const r = await runStep('keyvault-secrets', {
      inputs: { ...azure.authInputs, vault: 'x', secrets: 'a: X\nb: X', timeout: 'soon', 'tenant-id': 'contoso' },
      env: azure.env,
    })
    assert.equal(r.exitCode, 1)
    assert.deepEqual(inputsNamed(r), ['secrets', 'tenant-id', 'timeout', 'vault'])
  })
})
