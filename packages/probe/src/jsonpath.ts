import { FormatError } from '@deploy-actions/core'

/**
 * The JSONPath subset checks need: `$`, `.name`, `['name']` / `["name"]`, `[0]` and `[-1]` (from
 * the end). Parsed once, when inputs are validated, so a malformed path never reaches a request.
 */
export type JsonPathSegment = string | number

export interface JsonPath {
  readonly text: string
  readonly segments: readonly JsonPathSegment[]
}

export const JSON_PATH_FORM = 'a JSON path such as $.status, $.checks[0].name or $["build-id"]'

export function parseJsonPath(text: string): JsonPath {
  const t = text.trim()
  if (!t.startsWith('$')) throw new FormatError('it must start with $')
  const segments: JsonPathSegment[] = []
  let i = 1
  while (i < t.length) {
    const rest = t.slice(i)
    const dot = /^\.([A-Za-z_$][\w$-]*)/.exec(rest)
    const index = /^\[(-?\d+)\]/.exec(rest)
    const quoted = /^\[(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")\]/.exec(rest)
    if (dot?.[1] !== undefined) {
      segments.push(dot[1])
      i += dot[0].length
    } else if (index?.[1] !== undefined) {
      segments.push(Number(index[1]))
      i += index[0].length
    } else if (quoted) {
      segments.push((quoted[1] ?? quoted[2] ?? '').replace(/\\(.)/g, '$1'))
      i += quoted[0].length
    } else {
      throw new FormatError(`unexpected ${JSON.stringify(rest.slice(0, 12))} at position ${i + 1}`)
    }
  }
  return { text: t, segments }
}

/** The value at `path`, or `found: false` when any step is missing. */
export function evaluateJsonPath(doc: unknown, path: JsonPath): { found: boolean; value?: unknown } {
  let cur: unknown = doc
  for (const seg of path.segments) {
    if (typeof seg === 'number') {
      if (!Array.isArray(cur)) return { found: false }
      const idx = seg < 0 ? cur.length + seg : seg
      if (idx < 0 || idx >= cur.length) return { found: false }
      cur = cur[idx] as unknown
    } else {
      if (cur === null || typeof cur !== 'object' || Array.isArray(cur) || !Object.hasOwn(cur, seg))
        return { found: false }
      cur = (cur as Record<string, unknown>)[seg]
    }
  }
  return { found: true, value: cur }
}
