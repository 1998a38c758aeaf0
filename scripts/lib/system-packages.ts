/**
 * Runs scripts/system-packages.sh before a command that starts local servers: it installs the
 * missing Debian packages when it may (root or passwordless sudo), or prints the one command to
 * run; then this exits with its code, so a person never meets a stack trace from a missing initdb.
 */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { root } from '@deploy-actions/harness/actions'

export function ensureSystemPackages(group: 'tests' | 'rehearsal'): void {
  const result = spawnSync('bash', [join(root, 'scripts', 'system-packages.sh'), group], {
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
