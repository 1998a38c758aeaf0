/**
 * What every canary-rollout test starts from: the ARM emulator with one Container App whose stable
 * revision shop--v140 serves v1.4.0 at 100 %, and the inputs a workflow would give the action.
 */
import { startAzure, type Azure } from './emulators/azure.ts'
import { addContainerApp, type ContainerAppHandle, type ContainerAppOptions } from './emulators/container-apps.ts'
import { runStep, type StepOptions, type StepResult } from './runner.ts'

export const STABLE = 'shop--v140'
export const CANARY = 'shop--v150'
export const VERSION_CHECKS = '- url: /version\n  version: $.version\n- url: /health\n  json:\n    $.status: healthy'

/** The ARM emulator with one Container App, and the canary-rollout bundle run against it. */
export interface CanaryApp {
  azure: Azure
  app: ContainerAppHandle
  /** Runs the canary-rollout bundle with the auth inputs and the app, plus `inputs`. */
  rollout(
    inputs?: Record<string, string>,
    opts?: Omit<StepOptions, 'inputs'> & { post?: boolean; state?: Record<string, string> },
  ): Promise<StepResult>
  close(): Promise<void>
}

export async function startCanaryApp(opts: ContainerAppOptions = {}): Promise<CanaryApp> {
  const azure = await startAzure()
  const app = await addContainerApp(azure, opts)
  return {
    azure,
    app,
    rollout: (inputs = {}, step = {}) =>
      runStep('canary-rollout', {
        ...step,
        env: { ...azure.env, ...step.env },
        inputs: { ...azure.authInputs, 'resource-group': app.resourceGroup, app: app.name, ...inputs },
      }),
    close: () => azure.close(),
  }
}

/** Fast gates: a round a second, 10 requests per target, 20 samples per verdict. */
export const FAST = { interval: '1s', 'requests-per-interval': '10', 'min-samples': '20', 'healthy-timeout': '20s' }

/** The weights the emulator recorded, newest last, as {revision: weight} with zeros dropped. */
export function weightHistory(app: ContainerAppHandle): Array<Record<string, number>> {
  return app.history.map((h) => Object.fromEntries(Object.entries(h.weights).filter(([, w]) => w > 0)))
}

/** Resolves once `predicate` holds, polling the emulator's state (never a fixed sleep). */
export async function until(predicate: () => boolean, timeoutMs = 30_000, what = 'the condition'): Promise<number> {
  const started = performance.now()
  while (!predicate()) {
    if (performance.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 10))
  }
  return performance.now()
}
