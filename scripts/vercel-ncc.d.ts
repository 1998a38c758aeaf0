// @vercel/ncc ships no types; this is the part of its programmatic API that scripts/build.ts uses.
declare module '@vercel/ncc' {
  interface NccOptions {
    minify?: boolean
    sourceMap?: boolean
    quiet?: boolean
    license?: string
  }
  interface NccAsset {
    source: string | Buffer
    permissions?: number
  }
  export default function ncc(
    entry: string,
    options?: NccOptions,
  ): Promise<{ code: string; assets: Record<string, NccAsset> }>
}
