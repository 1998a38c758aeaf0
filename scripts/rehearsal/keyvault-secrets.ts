/**
 * keyvault-secrets in the pipeline: the shop's database password comes from a stand-in Key Vault
 * (HTTPS, GitHub OIDC → Entra → the vault's 401 challenge), then a mistyped name is caught.
 */
import { randomBytes } from 'node:crypto'
import { startAzure, type Azure } from '@deploy-actions/harness/emulators/azure'
import { startKeyVault, type KeyVault } from '@deploy-actions/harness/emulators/key-vault'
import { runStep, type StepResult } from '@deploy-actions/harness/runner'
import type { RehearsalStep, Rehearsal } from './step.ts'

const DB_PASSWORD = `shop-db-${randomBytes(12).toString('base64url')}`

let vault: { azure: Azure; kv: KeyVault } | undefined

/** The stand-in vault, started once and shut down with the rehearsal. */
async function standIn(rehearsal: Rehearsal): Promise<{ azure: Azure; kv: KeyVault }> {
  if (vault) return vault
  const azure = await startAzure()
  const kv = await startKeyVault(azure)
  rehearsal.onClose(() => azure.close())
  rehearsal.onClose(() => kv.close())
  kv.set('shop-db-password', DB_PASSWORD)
  kv.set('shop-api-key', `ak_${randomBytes(16).toString('hex')}`)
  vault = { azure, kv }
  return vault
}

function readShopSecrets(azure: Azure, kv: KeyVault, secrets: string): Promise<StepResult> {
  return runStep('keyvault-secrets', {
    inputs: { vault: kv.url, secrets, 'export-to': 'env', ...azure.authInputs },
    env: azure.env,
    namedOutputs: true,
  })
}

export const steps: RehearsalStep[] = [
  {
    title: "keyvault-secrets: the shop's database password",
    expect:
      "signs in with GitHub OIDC, meets the vault's 401 challenge, exports DB_PASSWORD exactly, masked before any other line and shown nowhere",
    async run(rehearsal) {
      const { azure, kv } = await standIn(rehearsal)
      return readShopSecrets(azure, kv, 'shop-db-password: DB_PASSWORD\nshop-api-key: SHOP_API_KEY')
    },
    verify(result, rehearsal) {
      const problems: string[] = []
      const kv = vault?.kv
      if (result.exitCode !== 0) problems.push(`exit code ${result.exitCode}, expected 0`)
      if (result.env.DB_PASSWORD !== DB_PASSWORD) problems.push("DB_PASSWORD in GITHUB_ENV is not the vault's value")
      if (!result.masks.includes(DB_PASSWORD)) problems.push('the password was not registered with ::add-mask::')
      const printed = result.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n')
      if (printed.includes(DB_PASSWORD) || result.stderr.includes(DB_PASSWORD) || result.summary.includes(DB_PASSWORD))
        problems.push('the password appears in the log or the summary')
      const first = kv?.requests[0]
      if (!first || first.authorization || first.status !== 401)
        problems.push('the vault did not see an unauthenticated request answered with the 401 challenge first')
      if (!kv?.requests.some((q) => q.status === 200 && q.scope === `${kv.url}/.default`))
        problems.push('no read carried a token issued for the vault')
      rehearsal.handed.set('keyvault-versions', result.outputs.versions ?? '')
      return problems
    },
  },
  {
    title: 'keyvault-secrets: a mistyped secret name is caught',
    expect: 'fails with one error naming shop-db-pasword, and exports nothing, not even the secret that exists',
    async run(rehearsal) {
      const { azure, kv } = await standIn(rehearsal)
      return readShopSecrets(azure, kv, 'shop-api-key: SHOP_API_KEY\nshop-db-pasword: DB_PASSWORD')
    },
    verify(result) {
      const problems: string[] = []
      if (result.exitCode !== 1) problems.push(`exit code ${result.exitCode}, expected 1`)
      const errors = result.annotations.filter((a) => a.level === 'error')
      if (errors.length !== 1 || !/not found: shop-db-pasword$/.test(errors[0]?.message ?? ''))
        problems.push(`expected one error naming shop-db-pasword, got: ${errors.map((e) => e.message).join(' | ')}`)
      if (Object.keys(result.env).length > 0)
        problems.push(`exported ${Object.keys(result.env).join(', ')}; expected nothing`)
      return problems
    },
  },
]
