/** What needs no Octokit (notify imports it via @deploy-actions/github/run, keeping Octokit out of its bundle). */

/** The link to this run's log (the attempt, when known). */
export function runUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const {
    GITHUB_SERVER_URL: server = 'https://github.com',
    GITHUB_REPOSITORY: repo,
    GITHUB_RUN_ID: id,
    GITHUB_RUN_ATTEMPT: attempt,
  } = env
  if (!repo || !id) return undefined
  return `${server.replace(/\/+$/, '')}/${repo}/actions/runs/${id}${attempt ? `/attempts/${attempt}` : ''}`
}
