/** release-gate opens the pipeline: v1.5.0 passes on the GitHub stand-in; outside its window it is refused. */
import { runStep } from '@deploy-actions/harness/runner'
import { gitHubStandIn, RELEASE_SHA } from './github.ts'
import { NEW_VERSION, type RehearsalStep } from './step.ts'

const WINDOW = 'Tue-Thu 10:00-14:00 America/Los_Angeles'
/** A Tuesday, 10:30 in Los Angeles: inside the window (the clock is injected, see the README). */
const INSIDE = '2026-11-24T18:30:00Z'

export const steps: RehearsalStep[] = [
  {
    title: `release-gate: ${NEW_VERSION} may deploy`,
    expect:
      `passes: ${NEW_VERSION} is semver, its tag is on the commit, build/tests/lint/security are green, ` +
      `Tuesday 10:30 in Los Angeles is inside "${WINDOW}"`,
    async run(rehearsal) {
      const gh = await gitHubStandIn(rehearsal)
      const r = await runStep('release-gate', {
        inputs: {
          token: gh.token,
          version: NEW_VERSION,
          'required-checks': 'build, security/scan',
          windows: WINDOW,
          freezes: '2026-12-20..2027-01-04 end-of-year freeze',
          now: INSIDE,
        },
        env: { GITHUB_API_URL: gh.url },
      })
      for (const name of ['version', 'deployment-id', 'sha'] as const)
        if (r.outputs[name]) rehearsal.handed.set(name, r.outputs[name])
      return r
    },
    verify(result) {
      const problems: string[] = []
      if (result.exitCode !== 0) problems.push(`exit code ${result.exitCode}, expected 0`)
      if (result.outputs.version !== NEW_VERSION)
        problems.push(`version=${result.outputs.version}, expected ${NEW_VERSION}`)
      if (result.outputs.sha !== RELEASE_SHA) problems.push(`sha=${result.outputs.sha}, expected ${RELEASE_SHA}`)
      if (!/^20261124T183000Z-ffac537-\d+-\d+$/.test(result.outputs['deployment-id'] ?? ''))
        problems.push(`deployment-id=${result.outputs['deployment-id']} is not time-SHA-run-attempt`)
      if (result.outputs['override-used'] !== 'false') problems.push('an override was used')
      return problems
    },
  },
  {
    title: 'release-gate: outside the window it refuses',
    expect: 'fails the step: Monday 11:00 in Los Angeles is outside the window, and the error says so',
    async run(rehearsal) {
      const gh = await gitHubStandIn(rehearsal)
      return runStep('release-gate', {
        inputs: { token: gh.token, version: NEW_VERSION, windows: WINDOW, now: '2026-11-23T19:00:00Z' },
        env: { GITHUB_API_URL: gh.url },
      })
    },
    verify(result) {
      const problems: string[] = []
      if (result.exitCode !== 1) problems.push(`exit code ${result.exitCode}, expected 1`)
      if (
        !result.annotations.some(
          (a) =>
            a.level === 'error' &&
            /^deployment window: Mon 2026-11-23 11:00 America\/Los_Angeles is outside every window/.test(a.message),
        )
      )
        problems.push('no error naming the window')
      return problems
    },
  },
]
