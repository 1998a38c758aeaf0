/**
 * Caller workflows served by the stand-ins: the README's (the ones users copy) or a user's own.
 * A caller names production things — https://shop.example.com, an S3 bucket in eu-west-1, its
 * Azure IDs in repository variables, its secrets. The stand-ins serve each of them: the app and its
 * resource group and the bucket are created under the caller's names, the environment URL becomes
 * the stand-in app's front door, the endpoints of the stand-ins (ARM, Entra, S3) are added as the
 * workflow inputs sovereign clouds and S3-compatible stores use, the variables and secrets are the
 * stand-ins' own, and the canary bakes are shortened. Every change is listed; what the stand-ins
 * cannot serve is named, one line each, and nothing runs.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isMap, parseDocument, type YAMLMap } from 'yaml'
import { root } from '@deploy-actions/harness/actions'

export interface CallerPlan {
  /** The reusable workflow called: deploy-production.yml or rollback.yml. */
  workflow: 'deploy-production.yml' | 'rollback.yml'
  /** What the stand-ins must be named: the Container App, its resource group, the bucket. */
  app: string
  resourceGroup: string
  bucket?: string
  /** The bucket's region (the caller's s3-region; us-east-1, S3's default, when it gives none). */
  bucketRegion: string
  /** The event the caller runs on. */
  event: 'push' | 'workflow_dispatch'
}

export interface ServedCaller {
  text: string
  /** What was changed for the stand-ins, for the reader. */
  notes: string[]
  /** What the stand-ins cannot serve, one line each. */
  unserved: string[]
}

/** The two caller workflows of the README's "Pipelines" section: deploy on a tag push, manual rollback. */
export function readmeCallers(): { deploy: string; rollback: string } {
  const readme = readFileSync(join(root, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('## Pipelines'))
  const blocks = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] as string)
  const deploy = blocks.find((b) => b.includes('deploy-production.yml'))
  const rollback = blocks.find((b) => b.includes('rollback.yml'))
  if (!deploy || !rollback) throw new Error("README.md's Pipelines section lost its deploy or rollback caller")
  return { deploy, rollback }
}

/** The secrets the stand-ins can give, by the name the reusable workflows declare. */
export const SERVED_SECRETS = ['DATABASE_URL', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'SLACK_WEBHOOK_URL']

/** The repository variables the stand-ins give (their values are the stand-ins'). */
export const SERVED_VARS = ['AZURE_CLIENT_ID', 'AZURE_TENANT_ID', 'AZURE_SUBSCRIPTION_ID']

const literal = (v: unknown): v is string => typeof v === 'string' && !v.includes('${{')

/** Reads what a caller needs from the stand-ins, or names what they cannot serve. */
export function planCaller(text: string, where: string): { plan?: CallerPlan; unserved: string[] } {
  const doc = parseDocument(text)
  const unserved: string[] = []
  const jobs = doc.get('jobs')
  const calls = isMap(jobs)
    ? jobs.items.filter((item) => {
        const uses = (item.value as YAMLMap | null)?.get?.('uses')
        return typeof uses === 'string' && /\/\.github\/workflows\/(deploy-production|rollback)\.yml@/.test(uses)
      })
    : []
  if (calls.length !== 1)
    return {
      unserved: [
        `${where}: exactly one job must call deploy-actions' deploy-production.yml or rollback.yml (found ${calls.length})`,
      ],
    }
  const job = calls[0]?.value as YAMLMap
  const uses = job.get('uses') as string
  const workflow = uses.includes('rollback.yml') ? 'rollback.yml' : 'deploy-production.yml'
  const w = (job.get('with') as YAMLMap | undefined)?.toJSON() as Record<string, unknown> | undefined
  const inputs = w ?? {}
  const on = doc.toJSON() as { on?: unknown }
  const events = typeof on.on === 'string' ? [on.on] : Array.isArray(on.on) ? on.on : Object.keys(on.on ?? {})
  const event = workflow === 'rollback.yml' ? 'workflow_dispatch' : 'push'
  if (!events.includes(event))
    unserved.push(`${where}: a ${workflow} caller is rehearsed on ${event}, which it does not have`)
  for (const key of ['app', 'resource-group'])
    if (!literal(inputs[key]))
      unserved.push(`${where}: input ${key} must be written out (the stand-in is created under that name)`)
  const destination = inputs['backup-destination']
  let bucket: string | undefined
  if (destination !== undefined) {
    const m = literal(destination) ? /^s3:\/\/([^/]+)/.exec(destination) : null
    if (!m)
      unserved.push(
        `${where}: input backup-destination ${JSON.stringify(destination)}: the stand-ins serve s3://bucket/prefix only`,
      )
    else bucket = m[1]
  }
  if (inputs['database-engine'] !== undefined && inputs['database-engine'] !== 'postgres')
    unserved.push(
      `${where}: input database-engine ${JSON.stringify(inputs['database-engine'])}: the stand-ins serve postgres only`,
    )
  if (inputs['key-vault']) unserved.push(`${where}: input key-vault: the rehearsal's stand-ins have no Key Vault`)
  for (const key of ['azure-client-id', 'azure-tenant-id', 'azure-subscription-id']) {
    const v = inputs[key]
    const m = typeof v === 'string' ? /^\$\{\{\s*vars\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}$/.exec(v.trim()) : null
    if (!m || !SERVED_VARS.includes(m[1] as string))
      unserved.push(
        `${where}: input ${key} must be \${{ vars.${SERVED_VARS[['azure-client-id', 'azure-tenant-id', 'azure-subscription-id'].indexOf(key)]} }} (the stand-ins' Entra app)`,
      )
  }
  const secrets = job.get('secrets')
  if (secrets !== 'inherit' && isMap(secrets))
    for (const item of secrets.items) {
      const name = String((item.key as { value?: unknown }).value ?? item.key)
      if (!SERVED_SECRETS.includes(name))
        unserved.push(`${where}: secret ${name}: the stand-ins serve ${SERVED_SECRETS.join(', ')}`)
    }
  if (unserved.length > 0) return { unserved }
  return {
    plan: {
      workflow,
      app: inputs.app as string,
      resourceGroup: inputs['resource-group'] as string,
      ...(bucket ? { bucket } : {}),
      bucketRegion: literal(inputs['s3-region']) && inputs['s3-region'] !== '' ? inputs['s3-region'] : 'us-east-1',
      event,
    },
    unserved,
  }
}

/** The caller with the stand-ins' endpoints in place of production's, and short bakes. */
export function serveCaller(text: string, plan: CallerPlan): ServedCaller {
  const doc = parseDocument(text)
  const jobs = doc.get('jobs') as YAMLMap
  const call = jobs.items.find((item) => typeof (item.value as YAMLMap).get('uses') === 'string')?.value as YAMLMap
  const w = call.get('with') as YAMLMap
  const notes: string[] = []
  const set = (key: string, value: string, why: string) => {
    const before = w.get(key)
    w.set(key, value)
    notes.push(`${key}: ${before === undefined ? '(not set)' : JSON.stringify(before)} → ${value} (${why})`)
  }
  set('environment-url', '${{ vars.SHOP_URL }}', "the stand-in app's front door, split by its traffic weights")
  set('arm-endpoint', '${{ vars.AZURE_ARM_ENDPOINT }}', 'the ARM stand-in')
  set('authority-host', '${{ vars.AZURE_AUTHORITY_HOST }}', 'the Entra stand-in')
  if (plan.bucket || plan.workflow === 'rollback.yml') set('s3-endpoint', '${{ vars.S3_ENDPOINT }}', 's3rver')
  if (plan.workflow === 'deploy-production.yml') {
    set('stages', '50%:2s, 100%:2s', 'bakes of seconds, not minutes')
    set('interval', '1s', 'a gate round a second')
  }
  return { text: doc.toString({ lineWidth: 0 }), notes, unserved: [] }
}
