import { runAction } from '@deploy-actions/core'
import { run } from './main.ts'

await runAction(run)
// Everything the step reports is written by now. A storage request left hanging on a dead network
// path (abandoned after its timeout) would otherwise keep the process, and the job, alive.
process.exit()
