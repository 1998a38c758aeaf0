/**
 * The Azure stand-in as the metric sources' tests use it in process: its CA trusted by this
 * process, and an AzureAuth signed in at its Entra (standInAuth).
 */
import { getCACertificates, setDefaultCACertificates } from 'node:tls'
import type { AzureAuth } from '@deploy-actions/azure/auth'
import { InputIssues } from '@deploy-actions/core'
import { startAzure, type Azure } from '@deploy-actions/harness/emulators/azure'
import { standInAuth } from '@deploy-actions/harness/azure-auth'

export async function azureForSources(): Promise<{ azure: Azure; auth: AzureAuth }> {
  const azure = await startAzure()
  if (!getCACertificates('default').includes(azure.tls.ca))
    setDefaultCACertificates([...getCACertificates('default'), azure.tls.ca])
  const auth = await standInAuth(azure)
  return { azure, auth }
}

/** Sends `n` GET requests to `url` one after the other; resolves with their statuses. */
export async function send(url: string, n: number): Promise<number[]> {
  const statuses: number[] = []
  for (let i = 0; i < n; i++) {
    const res = await fetch(`${url}/api/orders`)
    await res.arrayBuffer()
    statuses.push(res.status)
  }
  return statuses
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Parses options with a fresh InputIssues; throws the issues if any (a test of good options). */
export function parsed<T>(
  parse: (e: Record<string, unknown>, i: InputIssues, w: string) => T,
  entry: Record<string, unknown>,
): T {
  const issues = new InputIssues()
  const options = parse(entry, issues, 'gate "real traffic"')
  issues.throwIfAny()
  return options
}
