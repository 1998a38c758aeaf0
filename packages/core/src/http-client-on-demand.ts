/**
 * The bundles' `@actions/http-client`: scripts/build.ts maps the module name here
 * (tsconfig.bundle.json), so the real client — with node:http, node:https and `tunnel` — loads on
 * its first request instead of at every start. @actions/core imports it at the top for its OIDC
 * helper and @actions/github for its proxy settings; most runs never send a request through it
 * (toolkit issues 1697 and 1621).
 *
 * Only what the toolkit uses is here: the OIDC helper's `new HttpClient(...).getJson(url)` and
 * @actions/github's `getAgent` and `getAgentDispatcher`, both called when @actions/github is
 * imported. Tests and scripts import the real client; the bundles' action tests run this one.
 */
import type * as Real from '@actions/http-client'
import type { RequestHandler, RequestOptions, TypedResponse } from '@actions/http-client/lib/interfaces'
import type { OutgoingHttpHeaders } from 'node:http'
import { DispatcherOnDemand } from './undici-on-demand.ts'

let loading: Promise<typeof Real> | undefined
// By file, not by name: the name `@actions/http-client` is this module in a bundle.
const real = () => (loading ??= import('../../../node_modules/@actions/http-client/lib/index.js'))

export class HttpClient {
  readonly #args: ConstructorParameters<typeof Real.HttpClient>
  #client: Promise<Real.HttpClient> | undefined
  constructor(userAgent?: string, handlers?: RequestHandler[], requestOptions?: RequestOptions) {
    this.#args = [userAgent, handlers, requestOptions]
  }

  #real(): Promise<Real.HttpClient> {
    return (this.#client ??= real().then((m) => new m.HttpClient(...this.#args)))
  }

  async getJson<T>(requestUrl: string, additionalHeaders?: OutgoingHttpHeaders): Promise<TypedResponse<T>> {
    return (await this.#real()).getJson<T>(requestUrl, additionalHeaders)
  }

  /**
   * undici's dispatcher for a proxy, when one is set for `serverUrl`, decided on the first fetch
   * through it (undici-on-demand's fetch takes it as a dispatcher).
   */
  getAgentDispatcher(serverUrl: string): DispatcherOnDemand {
    return new DispatcherOnDemand(async () => (await this.#real()).getAgentDispatcher(serverUrl))
  }

  /**
   * No node:http agent: @actions/github puts one in Octokit's `request.agent`, which Octokit's
   * fetch-based request never reads (its proxy goes through getAgentDispatcher).
   */
  getAgent(_serverUrl: string): undefined {
    return undefined
  }
}
