import { runActionInWorker } from '@deploy-actions/core/worker'

// In a worker thread with a small young generation: memory stays flat however large the dump.
await runActionInWorker(import.meta.url, async () => (await import('./main.ts')).run, 'Database backup')
// Everything the step reports is written by now. A storage request left hanging on a dead network
// path (abandoned after its timeout) would otherwise keep the process, and the job, alive.
process.exit()
