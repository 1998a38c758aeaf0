import { resolveAzureAuth } from '@deploy-actions/azure/auth'
import { CdnEndpoint } from '@deploy-actions/azure/cdn'
import { describeArmError } from '@deploy-actions/azure/arm'
import {
  ActionFailure,
  appendSummary,
  plainText,
  formatDuration,
  InputIssues,
  log,
  markdownTable,
  onCancel,
  readInputs,
  setOutputs,
} from '@deploy-actions/core'
import { inputs, outputs } from './spec.ts'

const USER_AGENT = 'deploy-actions/cdn-purge'
/** Profile and endpoint names: 1-260 letters, digits and hyphens, not starting or ending with a hyphen. */
const CDN_NAME = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,258}[a-zA-Z0-9])?$/
const RESOURCE_GROUP = /^[-\w.()]{0,89}[-\w()]$/
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i

export async function run(): Promise<void> {
  const issues = new InputIssues()
  const v = await readInputs(inputs, issues)
  const auth = resolveAzureAuth(v, issues, { needsSubscription: true })
  for (const input of ['profile', 'endpoint'] as const)
    if (v[input] !== undefined && !CDN_NAME.test(v[input]))
      issues.add(input, `must be a ${input} name: letters, digits and hyphens, not starting or ending with a hyphen`)
  if (v['resource-group'] !== undefined && !RESOURCE_GROUP.test(v['resource-group']))
    issues.add(
      'resource-group',
      'must be a resource group name: up to 90 letters, digits, underscores, hyphens, periods and parentheses, not ending with a period',
    )
  if (v.domains !== undefined) {
    if (v.kind === 'cdn')
      issues.add('domains', 'is only used with kind front-door (a classic CDN endpoint purges its own host names)')
    const bad = v.domains.find((d) => !DOMAIN.test(d))
    if (bad !== undefined && v.kind !== 'cdn')
      issues.add(
        'domains',
        `must be host names such as www.example.com; ${JSON.stringify(bad.slice(0, 80))} is not one`,
      )
  }
  issues.throwIfAny()
  if (!auth) throw new ActionFailure('no Azure credential') // reported above

  const cancel = onCancel({ what: 'the purge', ifStuck: 'The purge may still complete on Azure' })
  const endpoint = new CdnEndpoint(
    auth,
    { resourceGroup: v['resource-group'], profile: v.profile, endpoint: v.endpoint, kind: v.kind },
    USER_AGENT,
    { requestTimeoutMs: v['request-timeout'] },
  )
  const what = `${v.kind === 'front-door' ? 'Front Door' : 'CDN'} endpoint ${v.endpoint} (profile ${v.profile})`
  log.info(`Azure: ${auth.method}; ARM ${auth.armEndpoint}`)
  log.info(`Purging ${v.paths.join(', ')} from ${what}${v.domains ? ` for ${v.domains.join(', ')}` : ''} …`)
  const started = performance.now()
  try {
    await endpoint.purge(v.paths, v.domains, {
      budgetMs: v.timeout,
      signal: cancel.signal,
      onRetry: (line) => log.info(`  … ${line}`),
    })
  } catch (err) {
    throw new ActionFailure(`The purge of ${what} did not complete: ${describeArmError(err)}`)
  }
  const took = Math.round(performance.now() - started)
  log.info(`✓ Purged ${v.paths.length} path(s) from ${what}: the operation succeeded after ${formatDuration(took)}`)
  setOutputs(outputs, { 'purged-paths': JSON.stringify(v.paths), 'duration-ms': took })
  await appendSummary(
    [
      `### ✅ ${plainText(`${v.paths.length} path(s) purged from ${what} in ${formatDuration(took)}`)}`,
      '',
      'Azure reported the purge complete: the edge fetches these paths from the origin on their next request, so visitors get the new files.',
      '',
      markdownTable(
        ['Path', 'Domains'],
        v.paths.map((p) => [p, v.domains?.join(', ') ?? 'all of the endpoint']),
      ),
      '',
    ].join('\n'),
  )
}
