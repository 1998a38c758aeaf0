import { ActionFailure } from '@deploy-actions/core'
import { createOnce, describeGitHubError, runUrl, type GitHub, type Repo } from '@deploy-actions/github'
import { RECORD_SCHEMA, type BackupInfo, type ReleaseOverride } from '@deploy-actions/record'

/**
 * The GitHub calls of deployment-record: Deployments and their statuses in one repository. Octokit's
 * response types are wider than what the action reads, so each answer is narrowed here, once, to
 * the fields below.
 */

export interface GhDeployment {
  id: number
  sha: string
  ref: string
  environment: string
  payload: unknown
  created_at: string
}

export interface GhStatus {
  id: number
  state: string
  description?: string | null
  environment_url?: string
  log_url?: string
  created_at: string
}

export type StatusState = 'in_progress' | 'success' | 'failure' | 'inactive'

/** What `start` puts in the Deployment's payload; `read` rebuilds the record from it. */
export interface StartPayload {
  schema: typeof RECORD_SCHEMA
  deployment_id: string
  version: string
  git_sha: string
  git_ref: string
  triggered_by: string
  run_url: string | null
  services_deployed: string[]
  database_backup: BackupInfo | null
  rollback_window_minutes: number
  started_at: string
  release_override?: ReleaseOverride | null
  /** Only when the Deployment was created by `finish` (no `start`): then the deadline is known. */
  rollback_deadline?: string | null
}

/** The payload when this action wrote it (its schema tag), else nothing. */
export function ours(payload: unknown): StartPayload | undefined {
  return typeof payload === 'object' && payload !== null && (payload as { schema?: unknown }).schema === RECORD_SCHEMA
    ? (payload as StartPayload)
    : undefined
}

export interface NewDeployment {
  sha: string
  environment: string
  requiredContexts: string[]
  production: boolean
  description: string
  payload: StartPayload
}

export class Deployments {
  private readonly gh: GitHub
  private readonly repo: Repo
  private readonly onRetry: (message: string) => void

  constructor(gh: GitHub, repo: Repo, onRetry: (message: string) => void) {
    this.gh = gh
    this.repo = repo
    this.onRetry = onRetry
  }

  /**
   * Creates the Deployment once: when GitHub's answer is lost (a 502 after it acted, a timeout), the
   * Deployment is looked up by the deployment id in its payload before the POST is sent again.
   */
  async create(d: NewDeployment): Promise<GhDeployment> {
    const send = async () => {
      const { data } = await this.gh.request('POST /repos/{owner}/{repo}/deployments', {
        ...this.repo,
        ref: d.sha,
        environment: d.environment,
        task: 'deploy',
        auto_merge: false,
        required_contexts: d.requiredContexts,
        transient_environment: false,
        production_environment: d.production,
        description: d.description.slice(0, 140),
        payload: d.payload as unknown as Record<string, unknown>,
      })
      if (!('id' in data))
        throw new ActionFailure(`GitHub did not create the deployment: ${data.message ?? 'auto-merge answered 202'}`)
      return data as GhDeployment
    }
    const find = async () =>
      (await this.list(d.environment, { sha: d.sha, perPage: 100 })).find(
        (found) => ours(found.payload)?.deployment_id === d.payload.deployment_id,
      )
    return createOnce({
      what: 'Creating the Deployment',
      send,
      find,
      onRetry: this.onRetry,
      describe: describeGitHubError,
    })
  }

  async get(id: number): Promise<GhDeployment> {
    const { data } = await this.gh.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}', {
      ...this.repo,
      deployment_id: id,
    })
    return data as GhDeployment
  }

  /** The newest `perPage` Deployments of the environment (of one commit when `sha` is given). */
  async list(environment: string, opts: { sha?: string; perPage: number }): Promise<GhDeployment[]> {
    const { data } = await this.gh.request('GET /repos/{owner}/{repo}/deployments', {
      ...this.repo,
      environment,
      ...(opts.sha ? { sha: opts.sha } : {}),
      per_page: opts.perPage,
    })
    return data as GhDeployment[]
  }

  /** The newest `max` Deployments of the environment, over as many pages as that takes. */
  async newest(environment: string, max: number): Promise<GhDeployment[]> {
    let seen = 0
    const deployments = await this.gh.paginate(
      'GET /repos/{owner}/{repo}/deployments',
      { ...this.repo, environment, per_page: 50 },
      (response, stop) => {
        seen += response.data.length
        if (seen >= max) stop()
        return response.data
      },
    )
    return deployments.slice(0, max)
  }

  /** A Deployment's statuses, newest first. */
  async statuses(id: number, perPage: number): Promise<GhStatus[]> {
    const { data } = await this.gh.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
      ...this.repo,
      deployment_id: id,
      per_page: perPage,
    })
    return data as GhStatus[]
  }

  /**
   * Posts a status once: when the answer is lost, the newest status (GitHub lists newest first) is
   * taken as this one when its state and description are these, before the POST is sent again.
   */
  async postStatus(id: number, state: StatusState, description: string, environmentUrl?: string): Promise<GhStatus> {
    const logUrl = runUrl()
    const text = description.length > 140 ? `${description.slice(0, 139)}…` : description
    const send = async () => {
      const { data } = await this.gh.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
        ...this.repo,
        deployment_id: id,
        state,
        description: text,
        ...(logUrl ? { log_url: logUrl } : {}),
        ...(environmentUrl ? { environment_url: environmentUrl } : {}),
        auto_inactive: state === 'success',
      })
      return data as GhStatus
    }
    const find = async () => {
      const [newest] = await this.statuses(id, 1)
      return newest && newest.state === state && newest.description === text ? newest : undefined
    }
    return createOnce({
      what: `Setting status ${state} on Deployment ${id}`,
      send,
      find,
      onRetry: this.onRetry,
      describe: describeGitHubError,
    })
  }
}
