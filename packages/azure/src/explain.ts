import { errorChain as chain, networkAdvice } from '@deploy-actions/core'

/**
 * The Azure SDKs' refusals said as what to do: one place that every Azure-touching action's error
 * line goes through (describeArmError adds it). Each rule reads what the error itself carries —
 * Entra's AADSTS code, ARM's AuthorizationFailed action and scope, Key Vault's RBAC action, the
 * socket's code and host — and names the input, role, command or setting to change. An error it
 * has nothing to add to gives undefined: the message stands as it is.
 */
export function azureAdvice(err: unknown): string | undefined {
  return explainAzure(err)?.advice
}

/**
 * The advice, and whether it says all the service's message did (a refused role names the
 * principal, action and scope again): the caller then shows the status and code alone before it.
 */
export function explainAzure(err: unknown): { advice: string; saysAll: boolean } | undefined {
  const text = messages(err)
  const role = roleAdvice(err, text)
  if (role) return { advice: role, saysAll: role.startsWith(MAY_NOT) }
  const advice = entraAdvice(text) ?? tokenAdvice(err, text) ?? networkAdvice(err)
  return advice ? { advice, saysAll: false } : undefined
}

const MAY_NOT = 'the signed-in identity may not '

/** Entra ID's refusals of a sign-in, by AADSTS code. */
const ENTRA: Array<[RegExp, string]> = [
  [
    /AADSTS700016\b/,
    'no app with this client-id exists in this tenant: check client-id (the app registration\'s "Application (client) ID") and tenant-id ("Directory (tenant) ID") on the app\'s Overview page',
  ],
  [
    /AADSTS90002\b/,
    'the tenant-id names no tenant in this cloud: copy "Directory (tenant) ID" from the app\'s Overview page, and check the cloud input',
  ],
  [
    /AADSTS700211\b/,
    "the app's federated credential must have the issuer https://token.actions.githubusercontent.com (GitHub Enterprise Server: your server's issuer)",
  ],
  [
    /AADSTS700212\b/,
    "the app's federated credential must list the audience this step asks for (the audience input, api://AzureADTokenExchange unless set): make them equal",
  ],
  [
    /AADSTS700024\b/,
    "GitHub's ID token had expired or was not yet valid when Entra read it: check the runner's clock and run the job again",
  ],
  [
    /AADSTS7000215\b/,
    "AZURE_CLIENT_SECRET is not this app's secret: store the secret's Value (not its Secret ID) from Certificates & secrets",
  ],
  [
    /AADSTS7000222\b/,
    'the client secret has expired: make a new one under the app\'s "Certificates & secrets" and update AZURE_CLIENT_SECRET — or switch to OIDC (client-id and tenant-id, no secret)',
  ],
  [
    /AADSTS500011\b/,
    'Entra knows no resource for the requested scope in this tenant: the cloud or arm-endpoint input does not match the tenant',
  ],
]

function entraAdvice(text: string): string | undefined {
  // AADSTS700213/70021 (subject mismatch) are explained where the subject presented is known (auth.ts).
  for (const [pattern, advice] of ENTRA) if (pattern.test(text)) return advice
  if (/Failed to get ID Token|Unable to get ACTIONS_ID_TOKEN_REQUEST/i.test(text))
    return "GitHub gave this job no ID token: add 'permissions: id-token: write' to the job (a pull request from a fork never gets one)"
  return undefined
}

/**
 * Built-in roles by the resource-provider action refused: the narrowest built-in role that covers
 * what these actions do with that kind of resource. First match wins.
 */
const ROLES: Array<[RegExp, string]> = [
  [/^Microsoft\.App\//i, 'Container Apps Contributor'],
  [/^Microsoft\.Web\/sites\//i, 'Website Contributor'],
  [/^Microsoft\.Web\/staticSites\//i, 'Contributor'],
  [/^Microsoft\.Cdn\/profiles\/endpoints\//i, 'CDN Endpoint Contributor'],
  [/^Microsoft\.Cdn\//i, 'CDN Profile Contributor'],
  [/^Microsoft\.Sql\/servers\/databases\//i, 'SQL DB Contributor'],
  [/^Microsoft\.Sql\//i, 'SQL Server Contributor'],
  [/^Microsoft\.KeyVault\/vaults\/secrets\//i, 'Key Vault Secrets User'],
  [/^Microsoft\.Storage\/storageAccounts\/blobServices\/containers\/blobs\//i, 'Storage Blob Data Contributor'],
  [/^Microsoft\.Insights\//i, 'Monitoring Reader'],
  [/^Microsoft\.OperationalInsights\//i, 'Log Analytics Reader'],
]

/** The built-in role to assign for a refused action (Contributor when no narrower one is known). */
export function roleFor(action: string): string {
  return ROLES.find(([pattern]) => pattern.test(action))?.[1] ?? 'Contributor'
}

/**
 * ARM's 403 AuthorizationFailed names the principal, the action and the scope: "The client '…'
 * with object id '…' does not have authorization to perform action 'Microsoft.App/containerApps/
 * write' over scope '/subscriptions/…' or the scope is invalid." Key Vault's RBAC refusal
 * (ForbiddenByRbac) carries "Caller: …oid=…", "Action: '…'" and "Resource: '…'" lines.
 */
function roleAdvice(err: unknown, text: string): string | undefined {
  const arm = /perform action '([^']+)' over scope '([^']+)'/.exec(text)
  const vault = /Action: '([^']+)'[\s\S]*?Resource: '([^']+)'/.exec(text)
  const found = arm ?? vault
  if (!found) {
    if (/does not have (secrets|keys|certificates) (\w+) permission on key vault/i.test(text))
      return 'the vault uses access policies: give this identity Get on secrets (az keyvault set-policy --name VAULT --object-id OBJECT_ID --secret-permissions get), or switch the vault to Azure RBAC and assign Key Vault Secrets User'
    if (statusOf(err) === 403 && /AuthorizationFailed|LinkedAuthorizationFailed/.test(text))
      return 'the signed-in identity lacks a role on this resource: assign it one that allows the call (Contributor on the resource at most)'
    return undefined
  }
  const [, action, scope] = found as unknown as [string, string, string]
  const objectId = /object id '([^']+)'/.exec(text)?.[1] ?? /\boid=([0-9a-f-]{36})/i.exec(text)?.[1]
  const role = roleFor(action)
  const assignee = objectId
    ? `--assignee-object-id ${objectId} --assignee-principal-type ServicePrincipal`
    : '--assignee CLIENT_ID'
  return (
    `${MAY_NOT}${action}: assign it the role "${role}" on ${scope} ` +
    `(az role assignment create ${assignee} --role "${role}" --scope ${scope}); a new assignment takes up to 10 minutes to apply`
  )
}

/** ARM refusing the token itself (401): a token of another tenant or an expired one. */
function tokenAdvice(err: unknown, text: string): string | undefined {
  if (statusOf(err) !== 401) return undefined
  if (/InvalidAuthenticationTokenTenant/.test(text))
    return "the token is from another tenant than the subscription's: tenant-id must be the subscription's directory"
  if (/ExpiredAuthenticationToken/.test(text)) return 'the access token expired: run the job again'
  return 'Azure refused the sign-in token: check that tenant-id, client-id and subscription-id belong together and that the cloud input is the right one'
}

function messages(err: unknown): string {
  return chain(err)
    .map((e) => e.message)
    .join('\n')
}

function statusOf(err: unknown): number | undefined {
  for (const e of chain(err)) {
    const status = (e as { statusCode?: unknown }).statusCode
    if (typeof status === 'number') return status
  }
  return undefined
}
