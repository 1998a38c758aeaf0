/** db-backup in the pipeline: before the migration, the shop's database gets a verified backup. */
import { createHash } from 'node:crypto'
import { startPostgres, type Postgres } from '@deploy-actions/harness/emulators/postgres'
import { startS3, type S3StandIn } from '@deploy-actions/harness/emulators/s3'
import { runStep } from '@deploy-actions/harness/runner'
import { NEW_VERSION, type RehearsalStep } from './step.ts'

const BUCKET = 'shop-backups'
let pg: Postgres | undefined
let s3: S3StandIn | undefined

export const steps: RehearsalStep[] = [
  {
    title: 'db-backup: takes a verified backup',
    expect:
      `dumps the shop's PostgreSQL database before the ${NEW_VERSION} migration to S3, restores it into ` +
      `a scratch database to prove it, and writes the manifest`,
    async run(rehearsal) {
      ;[pg, s3] = await Promise.all([startPostgres(), startS3()])
      const db = pg
      const store = s3
      rehearsal.onClose(() => db.stop())
      rehearsal.onClose(() => store.close())
      await store.createBucket(BUCKET)
      await db.createDatabase('shop')
      await db.sql(
        'shop',
        `CREATE TABLE products (id int PRIMARY KEY, name text, price numeric(10,2));
         CREATE TABLE orders (id bigserial PRIMARY KEY, product int REFERENCES products(id), qty int, placed timestamptz DEFAULT now());
         INSERT INTO products SELECT g, 'product ' || g, g * 1.25 FROM generate_series(1, 500) g;
         INSERT INTO orders (product, qty) SELECT 1 + g % 500, 1 + g % 4 FROM generate_series(1, 20000) g;`,
      )
      const result = await runStep('db-backup', {
        inputs: {
          'database-url': db.url('shop'),
          destination: `s3://${BUCKET}/shop`,
          's3-endpoint': store.endpoint,
          'deployment-id': `shop-${NEW_VERSION}`,
          tags: 'kind=pre-migration',
        },
        env: store.env,
      })
      if (result.outputs.manifest) rehearsal.handed.set('backup-manifest', result.outputs.manifest)
      if (result.outputs['backup-id']) rehearsal.handed.set('backup-id', result.outputs['backup-id'])
      if (result.outputs['manifest-uri']) rehearsal.handed.set('backup-manifest-uri', result.outputs['manifest-uri'])
      return result
    },
    verify(result) {
      const problems: string[] = []
      if (result.exitCode !== 0) problems.push(`exit code ${result.exitCode}, expected 0`)
      if (result.outputs.verified !== 'restore') problems.push(`verified=${result.outputs.verified}, expected restore`)
      const manifest = JSON.parse(result.outputs.manifest ?? '{}') as {
        tables?: Record<string, number>
        object?: { key: string; sha256: string }
      }
      if (manifest.tables?.['public.orders'] !== 20000 || manifest.tables['public.products'] !== 500)
        problems.push(`row counts ${JSON.stringify(manifest.tables)}, expected orders 20000 and products 500`)
      return problems
    },
  },
  {
    title: 'db-backup: the stored backup is what was hashed',
    expect: 'the object in the bucket has the SHA-256 and size the manifest states, and the manifest sits beside it',
    async run(rehearsal) {
      // Not an action run: reads the bucket as an auditor would and reports through a result shape.
      const manifest = JSON.parse(rehearsal.handed.get('backup-manifest') ?? '{}') as {
        object?: { key: string; sha256: string; size: number }
      }
      const started = performance.now()
      const lines: string[] = []
      const outputs: Record<string, string> = {}
      if (s3 && manifest.object) {
        const bytes = await s3.get(BUCKET, manifest.object.key)
        outputs.sha256 = createHash('sha256').update(bytes).digest('hex')
        outputs.size = String(bytes.length)
        outputs.keys = (await s3.keys(BUCKET, 'shop/')).join(',')
        lines.push(`${manifest.object.key}: ${bytes.length} bytes, sha256 ${outputs.sha256}`)
      }
      const log = lines.join('\n')
      return {
        exitCode: 0,
        signal: null,
        stdout: log,
        stderr: '',
        log,
        outputs,
        state: {},
        env: {},
        path: [],
        summary: '',
        annotations: [],
        masks: [],
        durationMs: performance.now() - started,
        workspace: '',
        runnerTemp: '',
      }
    },
    verify(result, rehearsal) {
      const manifest = JSON.parse(rehearsal.handed.get('backup-manifest') ?? '{}') as {
        object?: { key: string; sha256: string; size: number }
      }
      const problems: string[] = []
      if (!manifest.object) return ['no manifest was handed on']
      if (result.outputs.sha256 !== manifest.object.sha256)
        problems.push(`stored sha256 ${result.outputs.sha256}, manifest says ${manifest.object.sha256}`)
      if (Number(result.outputs.size) !== manifest.object.size)
        problems.push(`stored ${result.outputs.size} bytes, manifest says ${manifest.object.size}`)
      const dir = manifest.object.key.replace(/\/[^/]+$/, '')
      if (!(result.outputs.keys ?? '').split(',').includes(`${dir}/manifest.json`))
        problems.push(`no manifest.json beside the object in ${dir}`)
      return problems
    },
  },
]
