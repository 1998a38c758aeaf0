/**
 * The bundles' `undici`: scripts/build.ts maps the module name here (tsconfig.bundle.json), so
 * undici itself loads on the first request instead of at every start. @actions/core imports
 * @actions/http-client for its OIDC helper, which imports undici at the top; that was most of a
 * bundle's start-up (toolkit issues 1697 and 1621), for actions that never request an ID token.
 *
 * Only what the toolkit uses is here: @actions/http-client's ProxyAgent (made when a proxy is set,
 * handed to fetch as its dispatcher) and @actions/github's fetch. Tests and scripts import the
 * real undici; the bundles' action tests run this one.
 */
import type * as Undici from 'undici'

let loading: Promise<typeof Undici> | undefined
const undici = () => (loading ??= import('undici/index.js'))

/** Keeps the options until the first fetch through it makes undici's ProxyAgent. */
export class ProxyAgent {
  readonly options: Undici.ProxyAgent.Options
  private agent: Promise<Undici.ProxyAgent> | undefined
  constructor(options: Undici.ProxyAgent.Options) {
    this.options = options
  }
  dispatcher(): Promise<Undici.ProxyAgent> {
    return (this.agent ??= undici().then((u) => new u.ProxyAgent(this.options)))
  }
}

/** undici's fetch; a ProxyAgent from here may be the dispatcher, as http-client's is for @actions/github. */
export async function fetch(
  input: Undici.RequestInfo,
  init?: Omit<Undici.RequestInit, 'dispatcher'> & { dispatcher?: Undici.Dispatcher | ProxyAgent },
): Promise<Undici.Response> {
  const u = await undici()
  const given = init?.dispatcher
  return u.fetch(input, { ...init, dispatcher: given instanceof ProxyAgent ? await given.dispatcher() : given })
}
