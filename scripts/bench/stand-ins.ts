/**
 * The bench's storage, in a process of its own as real storage is on machines of its own: s3rver
 * (bucket `bench`) and the S3 sink. Prints one JSON line with their endpoints, then one line per
 * upload the sink completed ({"completed": key, "bytes": n}); ends with its stdin.
 */
import { startS3 } from '@deploy-actions/harness/emulators/s3'
import { startS3Sink } from '@deploy-actions/harness/emulators/s3-sink'

const line = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`)
const [s3, sink] = await Promise.all([
  startS3(),
  startS3Sink({ onComplete: (key, bytes) => line({ completed: key, bytes }) }),
])
await s3.createBucket('bench')
line({ s3: s3.directEndpoint, sink: sink.endpoint, env: s3.env })
process.stdin.resume()
process.stdin.on('end', () => void Promise.all([s3.close(), sink.close()]).then(() => process.exit(0)))
