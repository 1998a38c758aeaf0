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

/** A dispatcher made on the first fetch through it (or none, when `make` finds none is needed). */
export class DispatcherOnDemand<D extends Undici.Dispatcher | undefined = Undici.Dispatcher | undefined> {
  private readonly make: () => Promise<D>
  private made: Promise<D> | undefined
  constructor(make: () => Promise<D>) {
    this.make = make
  }
  dispatcher(): Promise<D> {
    return (this.made ??= this.make())
  }
}

/** Keeps the options until the first fetch through it makes undici's ProxyAgent. */
export class ProxyAgent extends DispatcherOnDemand<Undici.ProxyAgent> {
  readonly options: Undici.ProxyAgent.Options
  constructor(options: Undici.ProxyAgent.Options) {
    super(() => undici().then((u) => new u.ProxyAgent(options)))
    this.options = options
  }
}

/**
 * undici's fetch; a dispatcher from here may be given, as @actions/http-client's (this module's
 * ProxyAgent, or http-client-on-demand's) is by @actions/github.
 */
export async function fetch(
  input: Undici.RequestInfo,
  init?: Omit<Undici.RequestInit, 'dispatcher'> & { dispatcher?: Undici.Dispatcher | DispatcherOnDemand },
): Promise<Undici.Response> {
  const u = await undici()
  const given = init?.dispatcher
  return u.fetch(input, { ...init, dispatcher: given instanceof DispatcherOnDemand ? await given.dispatcher() : given })
}
