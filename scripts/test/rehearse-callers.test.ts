/**
 * How `npm run rehearse` serves a caller with the stand-ins: the README's two callers are served
 * (with every change listed), and each input a caller gives that the stand-ins cannot serve is named
 * in one line, before anything starts.
 */
import assert from 'node:assert/strict'
import { describe, test } from '@jest/globals'
import { parse } from 'yaml'
import { planCaller, readmeCallers, serveCaller } from '../rehearsal/callers.ts'

describe('rehearsal callers', () => {
  test("the README's callers are served: names kept, endpoints and short bakes put in, each change listed", () => {
    const { deploy, rollback } = readmeCallers()
    const d = planCaller(deploy, 'deploy')
    assert.deepEqual(d.unserved, [])
    assert.deepEqual(d.plan, {
      workflow: 'deploy-production.yml',
      app: 'shop',
      resourceGroup: 'rg-shop',
      bucket: 'octo-backups',
      bucketRegion: 'eu-west-1',
      event: 'push',
    })
    assert.ok(d.plan)
    const served = serveCaller(deploy, d.plan)
    const w = (parse(served.text) as { jobs: { deploy: { with: Record<string, string> } } }).jobs.deploy.with
    assert.equal(w['environment-url'], '${{ vars.SHOP_URL }}')
    assert.equal(w['s3-endpoint'], '${{ vars.S3_ENDPOINT }}')
    assert.equal(w.stages, '50%:2s, 100%:2s')
    assert.equal(w['migration-command'], 'npm run migrate', 'what the caller runs is kept')
    assert.equal(w['s3-region'], 'eu-west-1')
    assert.equal(served.notes.length, 6)
    assert.ok(served.notes.some((n) => n.startsWith('environment-url: "https://shop.example.com" →')))
    const r = planCaller(rollback, 'rollback')
    assert.deepEqual(r.unserved, [])
    assert.equal(r.plan?.event, 'workflow_dispatch')
  })

  test('what the stand-ins cannot serve is named, one line per input', () => {
    const { deploy } = readmeCallers()
    const text = deploy
      .replace('database-engine: postgres', 'database-engine: mysql\n      key-vault: kv-shop')
      .replace('s3://octo-backups/shop', 'https://acct.blob.core.windows.net/backups/shop')
      .replace('${{ vars.AZURE_TENANT_ID }}', '72f988bf-86f1-41af-91ab-2d7cd011db47')
      .replace(
        'secrets: inherit',
        'secrets:\n      DATABASE_URL: ${{ secrets.DB }}\n      DATADOG_KEY: ${{ secrets.DD }}',
      )
    const { plan, unserved } = planCaller(text, 'my-deploy.yml')
    assert.equal(plan, undefined)
    assert.deepEqual(unserved, [
      'my-deploy.yml: input backup-destination "https://acct.blob.core.windows.net/backups/shop": the stand-ins serve s3://bucket/prefix only',
      'my-deploy.yml: input database-engine "mysql": the stand-ins serve postgres only',
      "my-deploy.yml: input key-vault: the rehearsal's stand-ins have no Key Vault",
      "my-deploy.yml: input azure-tenant-id must be ${{ vars.AZURE_TENANT_ID }} (the stand-ins' Entra app)",
      'my-deploy.yml: secret DATADOG_KEY: the stand-ins serve DATABASE_URL, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, SLACK_WEBHOOK_URL',
    ])
    assert.deepEqual(
      planCaller('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: []\n', 'x.yml').unserved,
      ["x.yml: exactly one job must call deploy-actions' deploy-production.yml or rollback.yml (found 0)"],
    )
  })
})
