import type { InitializeMiddleware } from '@smithy/types'
import type { ServiceInputTypes, ServiceOutputTypes } from '@aws-sdk/client-s3'
import { errorChain, networkAdvice, oneLine } from '@deploy-actions/core'

/**
 * S3's refusals said as what to do, in one place: a middleware on every command of the S3 store
 * adds the advice to the error's message (its name and $metadata stay, so NoSuchKey is still
 * told from a refusal). S3's AccessDenied often names no action ("Access Denied"): the IAM action
 * is then the one the refused command needs.
 */

/** The IAM action each command of the store needs. */
const IAM_ACTION: Record<string, string> = {
  PutObjectCommand: 's3:PutObject',
  CreateMultipartUploadCommand: 's3:PutObject',
  UploadPartCommand: 's3:PutObject',
  CompleteMultipartUploadCommand: 's3:PutObject',
  AbortMultipartUploadCommand: 's3:AbortMultipartUpload',
  GetObjectCommand: 's3:GetObject',
  HeadObjectCommand: 's3:GetObject',
  ListObjectsV2Command: 's3:ListBucket',
  DeleteObjectCommand: 's3:DeleteObject',
}

interface S3ErrorLike {
  name?: string
  message?: string
  $metadata?: { httpStatusCode?: number }
  $response?: { headers?: Record<string, string | undefined> }
  Region?: string
}

/** What to do about an S3 error from `command` on `bucket`/`key`; undefined when it says nothing new. */
export function s3Advice(err: unknown, command: string, bucket: string, key?: string): string | undefined {
  const e = (err ?? {}) as S3ErrorLike
  const name = e.name ?? ''
  const message = errorChain(err)
    .map((x) => x.message)
    .join('\n')
  const status = e.$metadata?.httpStatusCode
  if (name === 'AccessDenied' || (status === 403 && !/Signature|AccessKey|Token/.test(name))) {
    const named = /perform: ((?:s3|kms):[A-Za-z]+)/.exec(message)?.[1]
    const action = named ?? IAM_ACTION[command] ?? 's3:*'
    const resource = action === 's3:ListBucket' || !key ? `arn:aws:s3:::${bucket}` : `arn:aws:s3:::${bucket}/${key}`
    const missingKey =
      command === 'HeadObjectCommand' || command === 'GetObjectCommand'
        ? `; without s3:ListBucket on arn:aws:s3:::${bucket} S3 answers a missing key with 403 too`
        : ''
    const tagging = command === 'PutObjectCommand' || command === 'CreateMultipartUploadCommand'
    return (
      `the AWS identity may not ${action} on ${resource}: allow it in the IAM policy of the role or user this job ` +
      `signs in as${tagging && !named ? ' (with tags, s3:PutObjectTagging too; with SSE-KMS, kms:GenerateDataKey on the key)' : ''}` +
      `${missingKey}`
    )
  }
  if (name === 'NoSuchBucket')
    return `there is no bucket named ${bucket} at this endpoint: check the bucket name (exact, all lower case) and the account the credentials belong to`
  const region =
    e.$response?.headers?.['x-amz-bucket-region'] ?? e.Region ?? /expecting '([a-z0-9-]+)'/.exec(message)?.[1]
  if (name === 'PermanentRedirect' || name === 'AuthorizationHeaderMalformed' || status === 301)
    return region
      ? `the bucket ${bucket} is in ${region}: set the region to ${region} (s3-region, or AWS_REGION)`
      : `the bucket ${bucket} is in another region: set its region (s3-region, or AWS_REGION)`
  if (name === 'InvalidAccessKeyId')
    return 'AWS does not know this access key: check AWS_ACCESS_KEY_ID, or sign in with aws-actions/configure-aws-credentials (OIDC) before this step'
  if (name === 'SignatureDoesNotMatch')
    return 'AWS_SECRET_ACCESS_KEY does not belong to AWS_ACCESS_KEY_ID: store the pair again'
  if (name === 'ExpiredToken' || name === 'TokenRefreshRequired')
    return "the session credentials expired: make configure-aws-credentials' role-duration-seconds longer than the job"
  if (name === 'CredentialsProviderError')
    return 'this job has no AWS credentials: run aws-actions/configure-aws-credentials (OIDC) before this step, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY'
  return networkAdvice(err)
}

/** The middleware that puts `s3Advice` into every error the store's client throws. */
export function explainS3Errors(bucket: string): InitializeMiddleware<ServiceInputTypes, ServiceOutputTypes> {
  return (next, context) => async (args) => {
    try {
      return await next(args)
    } catch (err) {
      const input = args.input as { Key?: string }
      const advice = s3Advice(err, context.commandName ?? '', bucket, input.Key)
      if (advice && err instanceof Error && !err.message.includes(advice))
        // The SDK's wrapper of a socket error says so first: the socket's words are what matter.
        err.message = `${oneLine(err.message).replace(/^AWS SDK error wrapper for \w*Error: /, '') || err.name} — ${advice}`
      throw err
    }
  }
}
