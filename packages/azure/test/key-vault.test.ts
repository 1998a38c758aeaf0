import { describe, test } from '@jest/globals'
import assert from 'node:assert/strict'
import { isKeyVaultDomain, scopeAllowed, vaultUrlOf } from '@deploy-actions/azure'

describe('vaultUrlOf', () => {
  test("a name resolves in the cloud's Key Vault domain", () => {
    assert.equal(vaultUrlOf('kv-shop', 'AzureCloud')?.href, 'https://kv-shop.vault.azure.net/')
    assert.equal(vaultUrlOf('KV-Shop', 'AzureUSGovernment')?.href, 'https://kv-shop.vault.usgovcloudapi.net/')
    assert.equal(vaultUrlOf('kv-shop', 'AzureChinaCloud')?.href, 'https://kv-shop.vault.azure.cn/')
  })
  test('an https URL is kept (origin only); anything else is refused', () => {
    assert.equal(vaultUrlOf('https://kv-shop.vault.azure.net/', 'AzureCloud')?.href, 'https://kv-shop.vault.azure.net/')
    assert.equal(vaultUrlOf('https://127.0.0.1:8443', 'AzureCloud')?.href, 'https://127.0.0.1:8443/')
    for (const bad of [
      'http://kv-shop.vault.azure.net',
      'https://kv.vault.azure.net/secrets/x',
      'https://u:p@kv.vault.azure.net',
      'kv',
      'kv--shop',
      '1kv-shop',
      'kv-shop-',
      'a'.repeat(25),
      'my vault',
    ]) {
      assert.equal(vaultUrlOf(bad, 'AzureCloud'), undefined, bad)
    }
  })
  test('Key Vault domains', () => {
    assert.ok(isKeyVaultDomain(new URL('https://kv.vault.azure.net')))
    assert.ok(!isKeyVaultDomain(new URL('https://vault.azure.net.example.com')))
    assert.ok(!isKeyVaultDomain(new URL('https://127.0.0.1:8443')))
  })
})

describe('scopeAllowed: which token a vault may ask for', () => {
  const kv = new URL('https://kv-shop.vault.azure.net')
  const local = new URL('https://127.0.0.1:8443')
  test("the SDK's rule: a parent domain of the vault host", () => {
    assert.ok(scopeAllowed('https://vault.azure.net/.default', kv))
    assert.ok(!scopeAllowed('https://management.azure.com/.default', kv))
    assert.ok(!scopeAllowed('https://net/.default', kv), 'not a bare TLD')
  })
  test("the vault's own origin, port included", () => {
    assert.ok(scopeAllowed('https://127.0.0.1:8443/.default', local))
    assert.ok(!scopeAllowed('https://127.0.0.1:9443/.default', local))
    assert.ok(!scopeAllowed('https://vault.azure.net/.default', local))
    assert.ok(!scopeAllowed('https://management.azure.com/.default', local))
  })
  test('only https .default scopes', () => {
    assert.ok(!scopeAllowed('http://127.0.0.1:8443/.default', local))
    assert.ok(!scopeAllowed('https://127.0.0.1:8443/user_impersonation', local))
    assert.ok(!scopeAllowed('not a scope', local))
  })
})
