/**
 * The GitHub stand-in the rehearsal's release-gate and deployment-record steps share: one
 * repository whose commit (the runner's GITHUB_SHA) carries the tag v1.5.0 and green checks, as
 * after CI passed on the release commit. Started by the first step that needs it; shut down with
 * the rest of the rehearsal.
 */
import { type GitHubEmulator, startGitHub } from '@deploy-actions/harness/emulators/github'
import { NEW_VERSION, type Rehearsal } from './step.ts'

/** The commit the rehearsal deploys: the runner harness's GITHUB_SHA. */
export const RELEASE_SHA = 'ffac537e6cbbf934b08745a378932722df287a53'

const started = new WeakMap<Rehearsal, Promise<GitHubEmulator>>()

export function gitHubStandIn(rehearsal: Rehearsal): Promise<GitHubEmulator> {
  let gh = started.get(rehearsal)
  if (!gh) {
    gh = startGitHub().then((emu) => {
      rehearsal.onClose(() => emu.close())
      emu.addTag(NEW_VERSION, RELEASE_SHA, { annotated: true })
      for (const name of ['build', 'unit tests', 'lint']) emu.addCheckRun(RELEASE_SHA, { name })
      emu.addStatus(RELEASE_SHA, 'security/scan', 'success')
      rehearsal.log(
        `  (GitHub stand-in at ${emu.url}: ${NEW_VERSION} tagged on ${RELEASE_SHA.slice(0, 7)}, checks green)`,
      )
      return emu
    })
    started.set(rehearsal, gh)
  }
  return gh
}
