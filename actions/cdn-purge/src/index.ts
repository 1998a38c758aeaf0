import { runAction } from '@deploy-actions/core'
import { run } from './main.ts'

await runAction(run, 'CDN purge')
