declare module 's3rver' {
  export default class S3rver {
    constructor(options: {
      port?: number
      address?: string
      silent?: boolean
      directory: string
      configureBuckets?: Array<{ name: string }>
    })
    run(): Promise<{ address: string; port: number }>
    close(): Promise<void>
    /** The filesystem store (lib/stores/filesystem.js); s3.ts replaces its putObjectMultipart. */
    store: {
      getResourcePath(bucket: string, key: string | undefined, resource: string): string
      putMetadata(bucket: string, key: string, metadata: Record<string, string>, md5: string): Promise<void>
      putObjectMultipart(
        bucket: string,
        uploadId: string,
        parts: Array<{ number: number; etag: string }>,
      ): Promise<{ size: number; md5: string }>
    }
  }
}

declare module 's3rver/lib/models/error.js' {
  /** s3rver's error: rendered as S3's XML error with the code's HTTP status. */
  export default class S3Error extends Error {
    constructor(code: string, message: string, detail?: Record<string, string>)
  }
}
