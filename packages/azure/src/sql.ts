import { SqlManagementClient, type Database } from '@azure/arm-sql'
import { armRetry } from './arm.ts'
import type { AzureAuth } from './auth.ts'
import './sdk-log.ts'

/**
 * One Azure SQL logical server over ARM (@azure/arm-sql): its databases, their restore window, and
 * the long-running operations that copy them (export to a bacpac, import of one into a new
 * database, point-in-time restore into a new database, rename). Reads go through `armRetry`; the
 * operations are sent once (a second export or import would be a second job), and their polls
 * ride the SDK's own bounded retries.
 */

export interface SqlDatabaseInfo {
  id: string
  name: string
  location: string
  status?: string
  earliestRestoreDate?: Date
  sku?: string
}

export interface StorageGrant {
  /** The blob's URL, without a query. */
  storageUri: string
  /** A SAS (without "?") for that blob. */
  sas: string
}

export interface SqlAdmin {
  login: string
  password: string
}

/** The api-version @azure/arm-sql sends for servers, databases, import and export. */
export const SQL_API = '2022-08-01-preview'

export class AzureSqlServer {
  readonly client: SqlManagementClient
  readonly resourceGroup: string
  readonly name: string

  constructor(
    auth: AzureAuth,
    resourceGroup: string,
    name: string,
    userAgent: string,
    opts: { pollIntervalMs?: number } = {},
  ) {
    this.resourceGroup = resourceGroup
    this.name = name
    // ARM's Retry-After on each poll overrides this (core-lro).
    this.pollIntervalMs = opts.pollIntervalMs ?? 5000
    this.client = new SqlManagementClient(auth.credential, auth.subscriptionId, {
      endpoint: auth.armEndpoint,
      $host: auth.armEndpoint,
      credentialScopes: [auth.armScope],
      // A few bounded retries for the polls of an operation that runs for minutes to hours.
      retryOptions: { maxRetries: 3, retryDelayInMs: 1000, maxRetryDelayInMs: 30_000 },
      userAgentOptions: { userAgentPrefix: userAgent },
    })
  }

  readonly pollIntervalMs: number

  /** The server's version and host name; fails (404) when there is no such server. */
  async server(signal?: AbortSignal): Promise<{ version: string; fqdn: string; location: string }> {
    const s = await armRetry((abortSignal) => this.client.servers.get(this.resourceGroup, this.name, { abortSignal }), {
      what: `read server ${this.name}`,
      signal,
      budgetMs: 60_000,
    })
    return { version: s.version ?? 'unknown', fqdn: s.fullyQualifiedDomainName ?? this.name, location: s.location }
  }

  /**
   * The database, or undefined when it does not exist; `at` is the instant of ARM's answer (its
   * Date header: the service's clock, not this runner's).
   */
  async database(name: string, signal?: AbortSignal): Promise<{ db?: SqlDatabaseInfo; at: Date }> {
    let at = new Date()
    try {
      const d = await armRetry(
        (abortSignal) =>
          this.client.databases.get(this.resourceGroup, this.name, name, {
            abortSignal,
            onResponse: (raw) => {
              const date = raw.headers.get('date')
              if (date && !Number.isNaN(Date.parse(date))) at = new Date(date)
            },
          }),
        { what: `read database ${name}`, signal, budgetMs: 60_000 },
      )
      return { db: info(d), at }
    } catch (err) {
      if ((err as { statusCode?: number }).statusCode === 404) return { db: undefined, at }
      throw err
    }
  }

  /** The short-term retention policy's retentionDays: how many days point-in-time restore reaches back. */
  async retentionDays(database: string, signal?: AbortSignal): Promise<number | undefined> {
    const p = await armRetry(
      (abortSignal) =>
        this.client.backupShortTermRetentionPolicies.get(this.resourceGroup, this.name, database, 'default', {
          abortSignal,
        }),
      { what: `read the retention policy of ${database}`, signal, budgetMs: 60_000 },
    )
    return p.retentionDays
  }

  /** ARM's export of `database` to a bacpac at grant.storageUri; resolves when the operation succeeded. */
  async export(database: string, grant: StorageGrant, admin: SqlAdmin, signal: AbortSignal): Promise<void> {
    await this.client.databases.beginExportAndWait(
      this.resourceGroup,
      this.name,
      database,
      {
        storageKeyType: 'SharedAccessKey',
        // The service wants a SAS preceded by "?".
        storageKey: `?${grant.sas}`,
        storageUri: grant.storageUri,
        administratorLogin: admin.login,
        administratorLoginPassword: admin.password,
        authenticationType: 'Sql',
      },
      { abortSignal: signal, updateIntervalInMs: this.pollIntervalMs },
    )
  }

  /** ARM's import of the bacpac at grant.storageUri into the new database `database`. */
  async import(database: string, grant: StorageGrant, admin: SqlAdmin, signal: AbortSignal): Promise<void> {
    await this.client.servers.beginImportDatabaseAndWait(
      this.resourceGroup,
      this.name,
      {
        databaseName: database,
        storageKeyType: 'SharedAccessKey',
        storageKey: `?${grant.sas}`,
        storageUri: grant.storageUri,
        administratorLogin: admin.login,
        administratorLoginPassword: admin.password,
        authenticationType: 'Sql',
      },
      { abortSignal: signal, updateIntervalInMs: this.pollIntervalMs },
    )
  }

  /** A new database `database` as `source` was at `at` (createMode PointInTimeRestore). */
  async restorePointInTime(
    database: string,
    source: SqlDatabaseInfo,
    at: string,
    signal: AbortSignal,
  ): Promise<SqlDatabaseInfo> {
    const d = await this.client.databases.beginCreateOrUpdateAndWait(
      this.resourceGroup,
      this.name,
      database,
      {
        location: source.location,
        createMode: 'PointInTimeRestore',
        sourceDatabaseId: source.id,
        restorePointInTime: new Date(at),
      },
      { abortSignal: signal, updateIntervalInMs: this.pollIntervalMs },
    )
    return info(d)
  }

  /** Renames `from` to `to` on this server. */
  async rename(from: SqlDatabaseInfo, to: string, signal?: AbortSignal): Promise<void> {
    const id = from.id.replace(/\/databases\/[^/]+$/, `/databases/${to}`)
    await this.client.databases.rename(this.resourceGroup, this.name, from.name, { id }, { abortSignal: signal })
  }
}

function info(d: Database): SqlDatabaseInfo {
  return {
    id: d.id ?? '',
    name: d.name ?? '',
    location: d.location,
    status: d.status,
    earliestRestoreDate: d.earliestRestoreDate,
    sku: d.sku?.name,
  }
}
