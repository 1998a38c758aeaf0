import { afterAll, beforeAll, describe, test } from '@jest/globals'
import assert from 'node:assert/strict'
import { createServer } from 'node:net'
import { ContainerAppsAPIClient } from '@azure/arm-appcontainers'
import { ClientSecretCredential } from '@azure/identity'
import { describeArmError, roleFor } from '@deploy-actions/azure'
import {
  CLIENT_ID,
  CLIENT_SECRET,
  PRINCIPAL_ID,
  SUBSCRIPTION,
  TENANT,
  startAzure,
  type Azure,
} from '@deploy-actions/harness/emulators/azure'

/** The SDKs' refusals, produced by the real SDKs against the stand-ins, said as what to do. */
describe('describeArmError says what to do about what the SDK reports', () => {
  let azure: Azure
  const app = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-shop/providers/Microsoft.App/containerApps/shop`
  beforeAll(async () => {
    azure = await startAzure()
    azure.route('GET', /\/containerApps\/shop$/, () => ({
      status: 200,
      body: { name: 'shop', location: 'westeurope' },
    }))
  })
  afterAll(() => azure.close())

  const client = (clientId = CLIENT_ID, endpoint = azure.url) => {
    const tlsOptions = { ca: azure.tls.ca }
    const credential = new ClientSecretCredential(TENANT, clientId, CLIENT_SECRET, {
      authorityHost: azure.url,
      disableInstanceDiscovery: true,
      tlsOptions,
    })
    return new ContainerAppsAPIClient(credential, SUBSCRIPTION, {
      endpoint,
      credentials: { scopes: [`${azure.url}/.default`] },
      tlsOptions,
      retryOptions: { maxRetries: 0 },
    })
  }
  const failure = async (p: Promise<unknown>): Promise<string> => {
    try {
      await p
    } catch (err) {
      return describeArmError(err)
    }
    assert.fail('the call succeeded')
  }

  test('403 AuthorizationFailed: the role for the refused action, on its scope, as a command to paste', async () => {
    assert.equal((await client().containerApps.get('rg-shop', 'shop')).name, 'shop')
    azure.deny(/\/containerApps\/shop$/)
    const line = await failure(client().containerApps.get('rg-shop', 'shop'))
    assert.equal(
      line,
      `HTTP 403 AuthorizationFailed — the signed-in identity may not Microsoft.App/containerApps/read: assign it the role ` +
        `"Container Apps Contributor" on ${app} (az role assignment create --assignee-object-id ${PRINCIPAL_ID} ` +
        `--assignee-principal-type ServicePrincipal --role "Container Apps Contributor" --scope ${app}); ` +
        'a new assignment takes up to 10 minutes to apply',
    )
  })

  test('AADSTS700016 (a client the tenant does not know): check client-id and tenant-id', async () => {
    const line = await failure(client('99999999-2222-3333-4444-555555555555').containerApps.get('rg-shop', 'shop'))
    assert.match(line, /AADSTS700016/)
    assert.match(line, / — no app with this client-id exists in this tenant: check client-id .* and tenant-id/)
  })

  test('a port nothing listens on: the host and port, and what to check', async () => {
    const closed = createServer()
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r))
    const port = (closed.address() as { port: number }).port
    await new Promise((r) => closed.close(r))
    const line = await failure(client(CLIENT_ID, `https://127.0.0.1:${port}`).containerApps.get('rg-shop', 'shop'))
    assert.match(
      line,
      new RegExp(`ECONNREFUSED .* — nothing accepts connections at 127\\.0\\.0\\.1:${port}: check the host and port`),
    )
  })

  test('a name that does not resolve: the name, and what to check', async () => {
    const line = await failure(client(CLIENT_ID, 'https://arm.invalid').containerApps.get('rg-shop', 'shop'))
    assert.match(line, /— the name arm\.invalid does not resolve from this runner/)
  })

  test('roles by action', () => {
    assert.equal(roleFor('Microsoft.Web/sites/slots/slotsswap/action'), 'Website Contributor')
    assert.equal(roleFor('Microsoft.Cdn/profiles/endpoints/purge/action'), 'CDN Endpoint Contributor')
    assert.equal(roleFor('Microsoft.Cdn/profiles/afdEndpoints/purge/action'), 'CDN Profile Contributor')
    assert.equal(roleFor('Microsoft.KeyVault/vaults/secrets/getSecret/action'), 'Key Vault Secrets User')
    assert.equal(roleFor('Microsoft.Sql/servers/databases/export/action'), 'SQL DB Contributor')
    assert.equal(roleFor('Microsoft.Web/staticSites/write'), 'Contributor')
  })
})
