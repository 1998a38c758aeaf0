import { markdownTable } from '@deploy-actions/core'
import type { DeploymentRecord } from '@deploy-actions/record'

/** The record as people read it: the job summary's table, the rollback instructions, the failure report. */

export function recordSummary(r: DeploymentRecord): string {
  const rows: Array<[string, unknown]> = [
    ['Version', r.version],
    ['Deployment id', r.deployment_id],
    ['Environment', r.environment_url ? `${r.environment} (${r.environment_url})` : r.environment],
    ['Commit', `${r.git_sha} (${r.git_ref})`],
    ['GitHub Deployment', r.github_deployment_id],
    ['Triggered by', r.triggered_by],
    ['Services', r.services_deployed.join(', ')],
    [
      'Database backup',
      r.database_backup
        ? `${r.database_backup.backup_id} ${r.database_backup.verified ? '(verified)' : '(NOT verified)'}`
        : 'none',
    ],
    ['Migrations applied', r.migrations_applied ?? 'not recorded'],
    ['Rollout', r.rollout_stages.map((s) => `${s.traffic_percentage}% ${s.status}`).join(' → ') || 'not recorded'],
    [
      'Smoke tests',
      r.health_checks
        ? `${r.health_checks.passed ? 'passed' : 'FAILED'} (${r.health_checks.checks.length} checks)`
        : 'not recorded',
    ],
    ['Rollback deadline', r.rollback_deadline ?? 'none'],
    ...(r.release_override
      ? [
          [
            'Release gate override',
            `by ${r.release_override.actor}: ${r.release_override.reason} (waived: ${r.release_override.waived.map((w) => w.gate).join(', ')})`,
          ] as [string, unknown],
        ]
      : []),
  ]
  const head =
    r.status === 'success'
      ? `### 📒 Deployment record: ${r.version} on ${r.environment}`
      : `### 🚨 Deployment failed: ${r.version} on ${r.environment}`
  return `${head}\n\n${markdownTable(['Field', 'Value'], rows)}\n`
}

/** The rollback instructions: the exact workflow_dispatch call and what the backup is. */
export function instructions(r: DeploymentRecord, rollbackWorkflow: string): string {
  const repo = r.repository
  const wf = rollbackWorkflow
  const lines = [
    `## Rollback instructions: ${r.version} on ${r.environment}`,
    '',
    r.rollback_deadline
      ? `Rollback window: **${r.rollback_window_minutes} minutes, until ${r.rollback_deadline}** (UTC). After it, a rollback is a new, reviewed deployment.`
      : 'No rollback window was recorded for this deployment.',
    '',
    '### Start the rollback',
    '',
    `Run the \`${wf}\` workflow (workflow_dispatch) with these inputs:`,
    '',
    markdownTable(
      ['Input', 'Value'],
      [
        ['environment', r.environment],
        ['deployment-id', r.deployment_id],
      ],
    ),
    '',
    '```sh',
    `gh workflow run ${wf} --repo ${repo} -f environment=${r.environment} -f deployment-id=${r.deployment_id}`,
    '```',
    '',
    `The workflow reads this record back (deployment-record \`step: read\`), refuses once the window has closed, and restores the previous version.`,
    '',
    '### Database',
    '',
  ]
  const b = r.database_backup
  if (b?.kind === 'restore-point') {
    lines.push(
      `Restore point \`${b.backup_id}\`: \`${b.restore_point_at ?? '?'}\` of \`${b.uri}\` (Azure SQL point-in-time restore, nothing copied; kept only as long as the database's retention).`,
      `db-backup \`mode: restore\` makes a NEW database as it was at that instant; ` +
        `restore only if migrations (${r.migrations_applied ?? 'count not recorded'}) changed the schema in a way the previous version cannot read.`,
    )
  } else if (b) {
    lines.push(
      `Backup \`${b.backup_id}\`${b.kind === 'bacpac' ? ' (bacpac)' : ''} at \`${b.uri}\`, sha256 ` +
        `\`${b.sha256}\`, ${b.verified ? 'verified restorable' : '**not verified restorable**'}${b.engine ? `, ${b.engine}` : ''}.`,
      `Check the copy you restore from against that sha256 first (\`sha256sum\` of the downloaded file); ` +
        `restore only if migrations (${r.migrations_applied ?? 'count not recorded'}) changed the schema in a way the previous version cannot read.`,
    )
  } else lines.push('No database backup was recorded for this deployment.')
  lines.push('', `Record: GitHub Deployment ${r.github_deployment_id ?? 'none'}, run ${r.run_url ?? 'unknown'}.`, '')
  return lines.join('\n')
}

export function failureMarkdown(r: DeploymentRecord): string {
  const f = r.failure
  const lines = [
    `## 🚨 Deployment failure report: ${r.version} on ${r.environment}`,
    '',
    markdownTable(
      ['Field', 'Value'],
      [
        ['Deployment id', r.deployment_id],
        ['Commit', r.git_sha],
        ['Failed stage', f?.failed_stage],
        ['Error', f?.error],
        [
          'Database backup available',
          f?.backup_available
            ? `yes: ${r.database_backup?.backup_id} (${r.database_backup?.uri})`
            : r.database_backup
              ? 'present but NOT verified'
              : 'no',
        ],
        ['Run', r.run_url],
      ],
    ),
    '',
    '### Action required',
    '',
    ...(f?.action_required ?? []).map((a, i) => `${i + 1}. ${a}`),
    '',
  ]
  return lines.join('\n')
}
