import * as core from '@actions/core'
import {
  describeArmError,
  KeyVaultSecrets,
  resolveAzureAuth,
  ScopeRefused,
  type SecretRead,
  vaultUrlOf,
} from '@deploy-actions/azure'
import {
  ActionFailure,
  appendSummary,
  formatClock,
  formatDuration,
  plainText,
  type InputIssues,
  InputIssues as Issues,
  markdownTable,
  maskSecret,
  OUTPUT_NAME,
  pool,
  readInputs,
  setNamedOutputs,
  setOutputs,
  type InputValues,
  log,
  maskUrlCredentials,
  reservedEnvName,
} from '@deploy-actions/core'
import { ENV_VAR, inputs, outputs, type SecretEntry } from './spec.ts'

type Values = InputValues<typeof inputs>

const USER_AGENT = 'deploy-actions/keyvault-secrets'
/** Secrets read at once. */
const CONCURRENCY = 4
/** A secret expiring sooner than this gets a warning. */
const EXPIRY_WARNING_MS = 7 * 24 * 3_600_000
/** What maskSecret leaves unmasked (it would mask ordinary text everywhere). */
const MIN_MASKED = 3

interface Planned extends SecretEntry {
  /** The variable it is exported to (none without export to env). */
  env?: string
  /** The output named after it (none without export to outputs). */
  output?: string
  label: string
}

export async function run(): Promise<void> {
  const issues = new Issues()
  const v = await readInputs(inputs, issues)
  const auth = resolveAzureAuth(v, issues, { needsSubscription: false })
  // An invalid cloud is reported as such; the vault is still checked (a name resolves in AzureCloud then).
  const url = v.vault === undefined ? undefined : vaultUrlOf(v.vault, v.cloud ?? 'AzureCloud')
  if (v.vault !== undefined && url === undefined) {
    // A URL with a password is refused without quoting it (and its credentials are masked).
    const got = maskUrlCredentials(v.vault)
      ? ' without a user name or password'
      : `; got ${JSON.stringify(v.vault.slice(0, 80))}`
    issues.add(
      'vault',
      `must be a vault name (3-24 letters, digits and hyphens, such as kv-shop) or its https URL such as ` +
        `https://kv-shop.vault.azure.net${got}`,
    )
  }
  const planned = plan(v, issues)
  issues.throwIfAny()
  if (!auth || !url || !planned) throw new ActionFailure('no Azure credential') // the inputs said why

  // Nothing is printed until every value that arrives has been masked: the runner masks only
  // what it was told before a line reaches it. Retry notes wait too.
  const vault = new KeyVaultSecrets(url, auth.credential, USER_AGENT)
  const notes: string[] = []
  const results: SecretRead[] = []
  const deadline = Date.now() + v.timeout
  const signal = AbortSignal.timeout(v.timeout)
  const short: string[] = []
  const read = async (i: number) => {
    const e = planned[i] as Planned
    const ctx = { signal, budgetMs: Math.max(1, deadline - Date.now()), onRetry: (line: string) => notes.push(line) }
    results[i] = await vault.read(e.name, e.version, ctx, (value) => {
      maskSecret(value)
      if (value.split(/\r?\n/).some((l) => l.trim().length > 0 && l.trim().length < MIN_MASKED)) short.push(e.label)
    })
  }
  try {
    // The first read meets the challenge and gets the token; the others reuse it, a few at a time.
    await read(0)
    const first = results[0]
    // Unreachable (DNS, TLS, a timeout): the same for every secret, so one line and stop.
    if (first?.status === 'failed')
      throw new ActionFailure(
        `Could not read from the vault ${url.host}: ${first.detail}; check the vault name (or URL) and cloud; nothing was exported`,
      )
    await pool([...planned.keys()].slice(1), CONCURRENCY, read)
  } catch (err) {
    if (err instanceof ActionFailure) throw err
    if (err instanceof ScopeRefused) throw new ActionFailure(`Refused to sign in to the vault: ${err.message}`)
    if (signal.aborted)
      throw new ActionFailure(
        `Reading ${planned.length} secret(s) from ${url.host} did not finish within ${Math.round(v.timeout / 1000)}s; nothing was exported`,
      )
    throw new ActionFailure(
      `Could not read from the vault ${url.host} (${auth.method}): ${describeArmError(err)}; nothing was exported`,
    )
  }

  log.info(`Azure: ${auth.method}; Key Vault ${url.origin}`)
  log.info(
    vault.sdkVerification
      ? `Token scope from the vault's challenge, checked by the SDK against the Key Vault domain: ${vault.guard.granted.join(', ') || 'none'}`
      : `Token scope from the vault's challenge, limited to the vault's own origin or a parent domain ` +
          `of ${url.hostname} (not a Key Vault domain): ${vault.guard.granted.join(', ') || 'none'}`,
  )
  for (const note of notes) log.info(`  … ${note}`)
  refuseProblems(planned, results, url)

  const now = Date.now()
  const env: Record<string, string> = {}
  const named: Record<string, string> = {}
  const versions: Record<string, string> = {}
  const rows: unknown[][] = []
  const soon: string[] = []
  for (const [i, e] of planned.entries()) {
    const r = results[i] as Extract<SecretRead, { status: 'found' }>
    if (e.env) env[e.env] = r.value
    if (e.output) named[e.output] = r.value
    versions[e.name] = r.version
    const expires = r.expiresOn ? formatClock(r.expiresOn, { now }) : ''
    rows.push([e.name, r.version, e.env ?? '', e.output ? `steps.<id>.outputs.${e.output}` : '', expires || 'never'])
    const target = [e.env && `$${e.env}`, e.output && `output ${e.output}`].filter(Boolean).join(' and ')
    log.info(`  ${e.name} (version ${r.version}${r.contentType ? `, ${r.contentType}` : ''}) → ${target}`)
    if (r.expiresOn && r.expiresOn.getTime() - now < EXPIRY_WARNING_MS) {
      soon.push(e.name)
      log.warning(`Secret ${e.name} expires on ${expires}: rotate it before then`, { title: 'Secret expires soon' })
    }
  }
  for (const label of short) {
    log.warning(
      `Secret ${label} has a value (or a line of it) shorter than ${MIN_MASKED} characters, too short to be masked in logs: treat it as visible`,
      { title: 'Secret too short to mask' },
    )
  }

  for (const [name, value] of Object.entries(env)) core.exportVariable(name, value)
  setNamedOutputs(named)
  setOutputs(outputs, {
    names: planned.map((e) => e.name).join(','),
    versions: JSON.stringify(versions),
    'env-vars': Object.keys(env).join(','),
  })
  const where = [
    Object.keys(env).length > 0 && 'environment variables for the later steps of this job',
    Object.keys(named).length > 0 && 'step outputs',
  ]
    .filter(Boolean)
    .join(' and ')
  log.info(`Read ${planned.length} secret(s) from ${url.host} into ${where}; every value is masked in the log`)
  await appendSummary(
    [
      `### ✅ ${planned.length} secret(s) read from ${plainText(url.host)} into ${plainText(where)}`,
      '',
      soon.length > 0
        ? `**What now:** ${plainText(soon.join(', '))} expire(s) within ${formatDuration(EXPIRY_WARNING_MS)}: rotate them in the vault before then.`
        : 'Nothing to do: no secret expires soon.',
      '',
      markdownTable(['Secret', 'Version', 'Environment variable', 'Output', 'Expires'], rows),
      '',
      `Values are masked in the log and never shown here. Signed in with ${auth.method}.`,
      '',
    ].join('\n'),
  )
}

/** The secrets as they will be exported; problems go to `issues`. */
function plan(v: Values, issues: InputIssues): Planned[] | undefined {
  if (!v.secrets || !v['export-to']) return undefined
  const toEnv = v['export-to'].includes('env')
  const toOutputs = v['export-to'].includes('outputs')
  const seen = new Map<string, SecretEntry>()
  const vars = new Map<string, SecretEntry>()
  const planned: Planned[] = []
  const before = issues.count
  for (const e of v.secrets) {
    const where = `line ${e.line}`
    const first = seen.get(e.name.toLowerCase())
    if (first) {
      issues.add(
        'secrets',
        `lists the secret ${e.name} again (first on line ${first.line}): list each secret once (Key Vault names ignore case)`,
        where,
      )
      continue
    }
    seen.set(e.name.toLowerCase(), e)
    let env: string | undefined
    if (e.variable !== undefined && !toEnv) {
      issues.add(
        'secrets',
        `maps ${e.name} to the variable ${e.variable}, but export-to has no env: add env to export-to or drop the variable`,
        where,
      )
    } else if (toEnv) {
      env = e.variable ?? e.name.toUpperCase().replace(/-/g, '_')
      if (e.variable === undefined && !ENV_VAR.test(env)) {
        issues.add(
          'secrets',
          `needs a variable name for ${e.name} (${env} cannot be one, it starts with a digit): write ${e.name}: SOME_NAME`,
          where,
        )
      } else if (e.variable === undefined && reservedEnvName(env)) {
        issues.add(
          'secrets',
          `would export ${e.name} as ${env}, which belongs to the runner or changes later steps: write ${e.name}: ANOTHER_NAME`,
          where,
        )
      } else {
        const clash = vars.get(env.toUpperCase())
        if (clash)
          issues.add(
            'secrets',
            `exports ${e.name} to ${env}, which line ${clash.line} (${clash.name}) already sets: give each secret its own variable`,
            where,
          )
        vars.set(env.toUpperCase(), e)
      }
    }
    let output: string | undefined
    if (toOutputs) {
      output = e.name
      if (!OUTPUT_NAME.test(output))
        issues.add(
          'secrets',
          `names the secret ${e.name}, which starts with a digit and so cannot name an output: use export-to: env with a variable`,
          where,
        )
      else if ((outputs as readonly string[]).includes(output.toLowerCase()))
        issues.add(
          'secrets',
          `names the secret ${e.name}, which would overwrite the action's own output ${output}: use export-to: env with a variable`,
          where,
        )
    }
    planned.push({ ...e, env, output, label: e.version ? `${e.name}@${e.version}` : e.name })
  }
  return issues.count > before ? undefined : planned
}

/** All or nothing: any secret that cannot be exported stops the step before anything is. */
function refuseProblems(planned: Planned[], results: SecretRead[], url: URL): void {
  const now = Date.now()
  const groups = new Map<string, string[]>()
  const add = (why: string, item: string) => groups.set(why, [...(groups.get(why) ?? []), item])
  for (const [i, e] of planned.entries()) {
    const r = results[i] as SecretRead
    if (r.status === 'missing') add(e.version ? 'not found (no such secret or version)' : 'not found', e.label)
    else if (r.status === 'disabled') add('disabled (enable it in the vault, or pin an enabled version)', e.label)
    else if (r.status === 'forbidden')
      add(
        'not readable by this identity (it needs the Key Vault Secrets User role or a get access policy)',
        `${e.label}: ${r.detail}`,
      )
    else if (r.status === 'failed') add('unreadable', `${e.label}: ${r.detail}`)
    else if (r.status === 'found' && r.expiresOn && r.expiresOn.getTime() <= now)
      add('expired (rotate it, or pin a valid version)', `${e.label} on ${r.expiresOn.toISOString()}`)
    else if (r.status === 'found' && r.notBefore && r.notBefore.getTime() > now)
      add('not valid yet', `${e.label} until ${r.notBefore.toISOString()}`)
  }
  if (groups.size === 0) return
  const count = [...groups.values()].reduce((n, items) => n + items.length, 0)
  const parts = [...groups].map(([why, items]) => `${why}: ${items.join(', ')}`)
  throw new ActionFailure(
    `${count} of ${planned.length} secret(s) in ${url.host} cannot be used, so nothing was exported — ${parts.join('; ')}`,
  )
}
