import * as core from '@actions/core'
import { accessSync, constants } from 'node:fs'
import { delimiter, join } from 'node:path'
import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/core-auth'
import { type InputIssues, maskSecret, oneLine, type InputValues } from '@deploy-actions/core'
import './sdk-log.ts'
import { azureAuthInputs, CLOUDS, type CloudName } from './auth-inputs.ts'

export { azureAuthInputs, CLOUDS, type CloudName }

/**
 * Sign-in to Azure, shared by every action that talks to it. GitHub OIDC comes first (no stored
 * secret), then an azure/login session, then the usual AZURE_* environment credentials.
 */

export interface AzureAuth {
  credential: TokenCredential
  /** How the action signs in, for the log: never a secret. */
  method: string
  subscriptionId: string
  /** ARM's base URL, without a trailing slash. */
  armEndpoint: string
  /** The token scope for ARM: its origin + /.default, as in every national cloud. */
  armScope: string
  authorityHost: string
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * Chooses the credential from the inputs and the environment; problems go to `issues` (checked
 * before any side effect, like every other input). Reads nothing over the network.
 */
export function resolveAzureAuth(
  values: InputValues<typeof azureAuthInputs>,
  issues: InputIssues,
  opts: { needsSubscription: boolean },
): AzureAuth | undefined {
  const env = process.env
  // The identity library reads these itself; masking them first keeps any echo of them out of logs.
  for (const name of ['AZURE_CLIENT_SECRET', 'AZURE_CLIENT_CERTIFICATE_PASSWORD', 'AZURE_PASSWORD'])
    if (env[name]) maskSecret(env[name])
  // Undefined when the cloud input was invalid (readInputs reported it): the other checks still run.
  const cloud = CLOUDS[values.cloud] as (typeof CLOUDS)[CloudName] | undefined
  const clientId = values['client-id'] ?? env.AZURE_CLIENT_ID
  const tenantId = values['tenant-id'] ?? env.AZURE_TENANT_ID
  const subscriptionId = values['subscription-id'] ?? env.AZURE_SUBSCRIPTION_ID ?? ''
  const before = issues.count
  if (clientId !== undefined && !GUID.test(clientId))
    issues.add(
      'client-id',
      'must be the application (client) ID of an Entra app or managed identity: a GUID such as 11111111-2222-3333-4444-555555555555',
    )
  if (tenantId !== undefined && !GUID.test(tenantId))
    issues.add('tenant-id', 'must be the directory (tenant) ID: a GUID such as 72f988bf-86f1-41af-91ab-2d7cd011db47')
  if (opts.needsSubscription && subscriptionId === '')
    issues.add('subscription-id', 'is required: give the subscription ID (a GUID), or set AZURE_SUBSCRIPTION_ID')
  else if (subscriptionId !== '' && !GUID.test(subscriptionId))
    issues.add('subscription-id', 'must be a subscription ID: a GUID such as 00000000-0000-0000-0000-000000000000')
  if ((clientId === undefined) !== (tenantId === undefined) && !env.AZURE_CLIENT_SECRET) {
    issues.add(
      clientId === undefined ? 'client-id' : 'tenant-id',
      'must be given together with ' + (clientId === undefined ? 'tenant-id' : 'client-id') + ' for OIDC sign-in',
    )
  }
  if (!cloud) return undefined
  const armEndpoint = (values['arm-endpoint']?.href ?? cloud.arm).replace(/\/+$/, '')
  const authorityHost = (values['authority-host']?.href ?? cloud.authority).replace(/\/+$/, '')
  const audience = values.audience ?? cloud.audience
  if (issues.count > before) return undefined

  const armScope = `${new URL(armEndpoint).origin}/.default`
  // Instance discovery only knows Microsoft's own authorities; a private one (Azure Stack, a proxy) skips it.
  const knownAuthority = Object.values(CLOUDS).some((c) => c.authority === authorityHost)
  const options = { authorityHost, disableInstanceDiscovery: !knownAuthority }
  if (clientId !== undefined && tenantId !== undefined && !env.AZURE_CLIENT_SECRET) {
    if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
      issues.add(
        'client-id',
        "is set for GitHub OIDC sign-in, but this job cannot request an ID token: add 'permissions: id-token: write' to the job",
      )
      return undefined
    }
    // The callback runs at every token request: GitHub's token lasts ~10 minutes, a rollout longer.
    let presented: string | undefined
    const assertion = async () => {
      const token = await core.getIDToken(audience)
      presented = claim(token, 'sub')
      return token
    }
    const credential = explainSubjectMismatch(
      new CredentialOnDemand(
        (identity) => new identity.ClientAssertionCredential(tenantId, clientId, assertion, options),
      ),
      () => presented,
    )
    return {
      credential,
      method: `GitHub OIDC (audience ${audience}) as client ${clientId} in tenant ${tenantId}`,
      subscriptionId,
      armEndpoint,
      armScope,
      authorityHost,
    }
  }
  if (env.AZURE_CLIENT_SECRET || env.AZURE_CLIENT_CERTIFICATE_PATH) {
    return {
      credential: new CredentialOnDemand((identity) => new identity.EnvironmentCredential(options)),
      method: `environment credentials (AZURE_CLIENT_ID ${env.AZURE_CLIENT_ID ?? 'unset'})`,
      subscriptionId,
      armEndpoint,
      armScope,
      authorityHost,
    }
  }
  if (!onPath('az')) {
    issues.add('client-id', `is required: this job has no Azure sign-in. ${SIGN_IN_WAYS} (no Azure CLI on PATH either)`)
    return undefined
  }
  return {
    credential: explainNoCliSession(
      new CredentialOnDemand((identity) => new identity.AzureCliCredential({ tenantId })),
    ),
    method: 'the Azure CLI session (azure/login)',
    subscriptionId,
    armEndpoint,
    armScope,
    authorityHost,
  }
}

const SIGN_IN_WAYS =
  "Give client-id and tenant-id for GitHub OIDC (with 'permissions: id-token: write'), set AZURE_CLIENT_ID, " +
  'AZURE_TENANT_ID and AZURE_CLIENT_SECRET, or run azure/login before this step'

/** Whether an executable of that name is on PATH (az.cmd on Windows). */
function onPath(command: string): boolean {
  const names = process.platform === 'win32' ? [`${command}.cmd`, `${command}.exe`] : [command]
  return (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .some((dir) =>
      names.some((name) => {
        try {
          accessSync(join(dir, name), constants.X_OK)
          return true
        } catch {
          return false
        }
      }),
    )
}

/**
 * The Azure CLI answers a job that never signed in with "Please run 'az login' to set up account":
 * said in the terms of a workflow instead (what to give this step, or the step to run first).
 */
function explainNoCliSession(inner: TokenCredential): TokenCredential {
  return {
    async getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken | null> {
      try {
        return await inner.getToken(scopes, options)
      } catch (err) {
        if (!(err instanceof Error) || !/az login|Azure CLI could not be found/i.test(err.message)) throw err
        const explained = new Error(`This job has no Azure sign-in (the Azure CLI has no session). ${SIGN_IN_WAYS}.`)
        explained.name = err.name
        throw explained
      }
    },
  }
}

/** One claim of a JWT's payload (not verified: only to explain a refusal). */
function claim(jwt: string, name: string): string | undefined {
  try {
    const payload = JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >
    return typeof payload[name] === 'string' ? payload[name] : undefined
  } catch {
    return undefined
  }
}

/**
 * Entra matches a federated credential on issuer, subject and audience. The subject GitHub puts in
 * a job's token depends on the job (repo:O/R:environment:E with `environment:`, else
 * repo:O/R:ref:refs/heads/B, repo:O/R:pull_request, …), so a credential made for one job refuses
 * another (AADSTS700213 / AADSTS70021). Entra names the subject presented, never the one it
 * expects: the error says which subject this job presented and how to make them match.
 */
function explainSubjectMismatch(inner: TokenCredential, presented: () => string | undefined): TokenCredential {
  return {
    async getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken | null> {
      try {
        return await inner.getToken(scopes, options)
      } catch (err) {
        if (!(err instanceof Error) || !/AADSTS(700213|70021)\b/.test(err.message)) throw err
        const sub = presented()
        const explained = new Error(
          `${oneLine(err.message)} — this job presented subject '${sub ?? 'unknown'}'; ` +
            "the Entra app's federated credential must name exactly that subject " +
            "(Entra does not say which one it expects). A job with 'environment: NAME' presents " +
            'repo:OWNER/REPO:environment:NAME, one without repo:OWNER/REPO:ref:refs/heads/BRANCH: ' +
            'add a federated credential for the subject presented, or run the job in the environment the credential names',
        )
        explained.name = err.name
        throw explained
      }
    },
  }
}

/**
 * A credential of @azure/identity, made on the first token request: the library (with MSAL) is
 * the larger part of an Azure action's bundle, and a run that stops at its input check, or a dry
 * run, never asks for a token. The SDK clients take it as any TokenCredential.
 */
class CredentialOnDemand implements TokenCredential {
  readonly #make: (identity: typeof import('@azure/identity')) => TokenCredential
  #credential: Promise<TokenCredential> | undefined
  constructor(make: (identity: typeof import('@azure/identity')) => TokenCredential) {
    this.#make = make
  }
  async getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken | null> {
    this.#credential ??= import('@azure/identity').then(this.#make)
    return (await this.#credential).getToken(scopes, options)
  }
}
