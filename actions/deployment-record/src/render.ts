import { formatClock, markdownTable, plainText } from '@deploy-actions/core'
import type { DeploymentRecord } from '@deploy-actions/record'

/** The record as people read it: the job summary's table, the rollback instructions, the failure report. */

/**
 * `readBack`: the record as read from its GitHub Deployment, whose payload is written when the
 * deployment starts, so the migrations, the rollout and the smoke tests are only in the record
 * file of its run: said so, not "not recorded".
 */
export function recordSummary(
  r: DeploymentRecord,
  opts: { readBack?: boolean; now?: Date; /** Markdown said right after the first line. */ lead?: string } = {},
): string {
  const inRun = `in the record artifact of its run${r.run_url ? ` (${r.run_url})` : ''}`
  const rows: Array<[string, unknown]> = [
    ['Version', r.version],
    ['Deployment id', r.deployment_id],
    ['Environment', r.environment_url ? `${r.environment} (${r.environment_url})` : r.environment],
    ['Commit', `${r.git_sha} (${r.git_ref})`],
    ['GitHub Deployment', r.github_deployment_id],
    ['Triggered by', r.triggered_by],
    ['Services', r.services_deployed.join(', ')],
    ...(r.revisions
      ? [
          [
            'Revisions',
            r.revisions
              .map(
                (v) => `${v.service}: ${v.revision}${v.previous_revision ? ` (previous ${v.previous_revision})` : ''}`,
              )
              .join('; '),
          ] as [string, unknown],
        ]
      : []),
    [
      'Database backup',
      r.database_backup
        ? `${r.database_backup.backup_id} ${r.database_backup.verified ? '(verified)' : '(NOT verified)'}`
        : 'none',
    ],
    ['Migrations applied', r.migrations_applied ?? (opts.readBack ? inRun : 'not recorded')],
    [
      'Rollout',
      r.rollout_stages.map((s) => `${s.traffic_percentage}% ${s.status}`).join(' → ') ||
        (opts.readBack ? inRun : 'not recorded'),
    ],
    [
      'Smoke tests',
      r.health_checks
        ? `${r.health_checks.passed ? 'passed' : 'FAILED'} (${r.health_checks.checks.length} checks)`
        : opts.readBack
          ? inRun
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
  return [
    `### ${plainText(headline(r, opts))}`,
    '',
    ...(opts.lead !== undefined ? [opts.lead, ''] : []),
    ...(opts.readBack || r.status !== 'success' ? [] : [plainText(windowSentence(r)), '']),
    `<details><summary>The record: commit, services, backup, rollout, smoke tests</summary>`,
    '',
    markdownTable(['Field', 'Value'], rows),
    '',
    '</details>',
    '',
  ].join('\n')
}

/** The first line: which version is live where (or what failed), versions before internal names. */
function headline(r: DeploymentRecord, opts: { readBack?: boolean; now?: Date }): string {
  const at = r.timestamp ? ` since ${formatClock(new Date(r.timestamp), { now: opts.now })}` : ''
  if (r.status !== 'success')
    return `❌ ${r.version} failed on ${r.environment} at ${r.failure?.failed_stage ?? 'an unknown stage'}${r.failure?.error ? `: ${r.failure.error}` : ''}`
  if (opts.readBack) return `📒 ${r.environment} runs ${r.version}${at} (deployment ${r.deployment_id})`
  return `✅ ${r.version} is live on ${r.environment} (deployment ${r.deployment_id})`
}

/** Until when a rollback is a rollback, as people read it; the ISO form follows for records. */
export function windowSentence(r: DeploymentRecord): string {
  return r.rollback_deadline
    ? `Rollback window: ${r.rollback_window_minutes} minutes, until ${formatClock(new Date(r.rollback_deadline), { now: new Date(r.timestamp) })} (${r.rollback_deadline}). After it, a rollback is a new, reviewed deployment.`
    : 'No rollback window was recorded for this deployment.'
}

/** The rollback instructions: the exact workflow_dispatch call and what the backup is. */
export function instructions(r: DeploymentRecord, rollbackWorkflow: string): string {
  const repo = r.repository
  const wf = rollbackWorkflow
  const lines = [
    `## Rollback instructions: ${r.version} on ${r.environment}`,
    '',
    plainText(windowSentence(r)),
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
    // One argument a line: GitHub shows a code block unwrapped, so a long line is cut at the page's edge.
    `gh workflow run ${wf} --repo ${repo} \\`,
    `  -f environment=${r.environment} \\`,
    `  -f deployment-id=${r.deployment_id}`,
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
    `### ${plainText(headline(r, {}))}`,
    '',
    `The deployment id is ${plainText(r.deployment_id)}; the previous version keeps serving unless the failed stage had already switched traffic (see its log).`,
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
    '**What now:**',
    '',
    ...(f?.action_required ?? []).map((a, i) => `${i + 1}. ${a}`),
    '',
  ]
  return lines.join('\n')
}
