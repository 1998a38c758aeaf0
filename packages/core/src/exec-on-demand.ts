/**
 * The bundles' `@actions/exec`: scripts/build.ts maps the module name here (tsconfig.bundle.json),
 * so the real one — with @actions/io, node:child_process and node:assert — loads on the first
 * process started. @actions/core imports it at the top for `platform.getDetails()`, which the
 * actions never call; only db-backup starts processes. Both functions are async, so they keep
 * their signatures. Tests and scripts import the real module; the bundles' action tests run this one.
 */
import type * as Real from '@actions/exec'

let loading: Promise<typeof Real> | undefined
// By file, not by name: the name `@actions/exec` is this module in a bundle.
const real = () => (loading ??= import('../../../node_modules/@actions/exec/lib/exec.js'))

export type { ExecListeners, ExecOptions, ExecOutput } from '@actions/exec'

export async function exec(...args: Parameters<typeof Real.exec>): ReturnType<typeof Real.exec> {
  return (await real()).exec(...args)
}

export async function getExecOutput(
  ...args: Parameters<typeof Real.getExecOutput>
): ReturnType<typeof Real.getExecOutput> {
  return (await real()).getExecOutput(...args)
}
