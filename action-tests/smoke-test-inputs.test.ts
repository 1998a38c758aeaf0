/**
 * Bad input to smoke-test: each is one error line naming the input and the accepted form, reported
 * before any request (the service must see none), with no stack trace and no output set.
 */
import { afterAll, beforeAll, describe, test } from '@jest/globals'
import assert from 'node:assert/strict'
import { type App, startApp } from '@deploy-actions/harness/emulators/app'
import { inputsNamed, oneError } from './refusals.ts'
import { runStep } from '@deploy-actions/harness/runner'

describe('smoke-test refuses bad input before any request', () => {
  let app: App
  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(() => app.close())

  const ok = () => `${app.url}/health`
  const cases: Array<{ what: string; inputs: () => Record<string, string>; error: RegExp }> = [
    {
      what: 'a URL that is not one',
      inputs: () => ({ url: 'not a url' }),
      error:
        /^Input 'url' must be an absolute http or https URL such as https:\/\/app\.example\.com\/health; got "not a url"$/,
    },
    {
      what: 'an ftp URL in a check',
      inputs: () => ({ checks: '- url: ftp://files.example.com/x' }),
      error: /^Input 'checks' \(check 1\) 'url' must be an http or https URL; got scheme ftp$/,
    },
    {
      what: 'an unknown method',
      inputs: () => ({ checks: `- name: a\n  url: ${ok()}\n  method: FETCH` }),
      error:
        /^Input 'checks' \(check 1 "a"\) 'method' must be one of GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS; got "FETCH"$/,
    },
    {
      what: 'a malformed JSON path',
      inputs: () => ({ checks: `- url: ${ok()}\n  json:\n    status: healthy` }),
      error:
        /^Input 'checks' \(check 1\) 'json' key "status" must be a JSON path such as \$\.status.*\(it must start with \$\)$/,
    },
    {
      what: 'a JSON path with a broken index',
      inputs: () => ({ checks: `- url: ${ok()}\n  json:\n    $.checks[x].ok: true` }),
      error:
        /^Input 'checks' \(check 1\) 'json' key "\$\.checks\[x\]\.ok" must be a JSON path .*unexpected "\[x\]\.ok" at position 9\)$/,
    },
    {
      what: 'a negative timeout',
      inputs: () => ({ url: ok(), 'request-timeout': '-5s' }),
      error: /^Input 'request-timeout' must be a duration such as 500ms, 90s, 5m or 1h30m; got "-5s"$/,
    },
    {
      what: 'an unparseable timeout',
      inputs: () => ({ url: ok(), timeout: 'soon' }),
      error: /^Input 'timeout' must be a duration such as 500ms, 90s, 5m or 1h30m; got "soon"$/,
    },
    {
      what: 'a per-check timeout in plain numbers',
      inputs: () => ({ checks: `- url: ${ok()}\n  request-timeout: 30` }),
      error: /^Input 'checks' \(check 1\) 'request-timeout' must be a duration such as 500ms.*; got 30$/,
    },
    {
      what: 'bad threshold syntax',
      inputs: () => ({ checks: `- url: ${ok()}\n  samples: 20\n  thresholds: [p95 < fast]` }),
      error: /^Input 'checks' \(check 1\) 'thresholds' "p95 < fast" must be a threshold such as p95<500ms/,
    },
    {
      what: 'a percentile threshold on too few samples',
      inputs: () => ({ checks: `- url: ${ok()}\n  samples: 5\n  thresholds: p95<500ms` }),
      error: new RegExp(
        String.raw`^Input 'checks' \(check 1\) 'thresholds' p95<500ms is judged from at least 20 samples ` +
          String.raw`\(min-samples\) but this check takes 5: set samples to 20 or more$`,
      ),
    },
    {
      what: 'an empty check list',
      inputs: () => ({ checks: '[]' }),
      error: /^Input 'checks' has no checks: give at least one/,
    },
    {
      what: 'duplicate names',
      inputs: () => ({ checks: `- name: api\n  url: ${ok()}\n- name: api\n  url: ${ok()}` }),
      error: /^Input 'checks' \(check 2\) has the name "api" already used by check 1: names must be unique$/,
    },
    {
      what: 'an unknown key',
      inputs: () => ({ checks: `- url: ${ok()}\n  stauts: 200` }),
      error:
        /^Input 'checks' \(check 1\) has the unknown key 'stauts' \(did you mean 'status'\?\); known keys: name, url/,
    },
    {
      what: 'a bad status',
      inputs: () => ({ checks: `- url: ${ok()}\n  status: 2xy` }),
      error:
        /^Input 'checks' \(check 1\) 'status' must be a status such as 200, 2xx, 200-299, or a list of those \("2xy" is not a status\)$/,
    },
    {
      what: 'an invalid regex',
      inputs: () => ({ checks: `- url: ${ok()}\n  regex: "(unclosed"` }),
      error: /^Input 'checks' \(check 1\) 'regex' is not a valid regular expression/,
    },
    {
      what: 'concurrency 0',
      inputs: () => ({ url: ok(), concurrency: '0' }),
      error: /^Input 'concurrency' must be a whole number from 1 to 64; got "0"$/,
    },
    {
      what: 'checks and url together',
      inputs: () => ({ url: ok(), checks: `- url: ${ok()}` }),
      error: /^Input 'url' cannot be combined with checks: give exactly one of checks, checks-file or url$/,
    },
    {
      what: 'no checks at all',
      inputs: () => ({}),
      error: /^Input 'checks' is missing: give the checks as checks \(YAML or JSON\), checks-file \(a path\) or url/,
    },
    {
      what: 'a relative URL without base-url',
      inputs: () => ({ checks: '- url: /health' }),
      error:
        /^Input 'checks' \(check 1\) 'url' "\/health" is relative: give an absolute http\(s\) URL or set the base-url input$/,
    },
    {
      what: 'a base-url that is not one, with paths (its error only, not one per path)',
      inputs: () => ({ 'base-url': 'not-a-url', checks: '- url: /health\n- url: /version' }),
      error:
        /^Input 'base-url' must be an absolute http or https URL such as https:\/\/app\.example\.com\/health; got "not-a-url"$/,
    },
    {
      what: 'YAML that does not parse',
      inputs: () => ({ checks: '- url: [unclosed' }),
      error: /^Input 'checks' must be YAML or JSON \(not valid YAML or JSON: /,
    },
    {
      what: 'a version gate with nothing to wait for',
      inputs: () => ({ checks: `- url: ${ok()}\n  version: $.version` }),
      error:
        /^Input 'checks' \(check 1\) 'version' needs the version to wait for: set equals, or the expected-version input$/,
    },
    {
      what: 'a body on a GET',
      inputs: () => ({ checks: `- url: ${ok()}\n  body: {a: 1}` }),
      error: /^Input 'checks' \(check 1\) 'body' cannot be sent with GET; use POST, PUT or PATCH$/,
    },
    {
      what: 'a samples count out of range',
      inputs: () => ({ url: ok(), samples: '5000' }),
      error: /^Input 'samples' must be a whole number from 1 to 1000; got "5000"$/,
    },
    {
      what: 'an expected-version on two lines',
      inputs: () => ({ url: ok(), 'expected-version': 'v1.5.0\n::warning::INJECTED' }),
      error:
        /^Input 'expected-version' must be one line of text \(it holds a line break\); got "v1\.5\.0\\n::warning::INJECTED"$/,
    },
    {
      what: 'a header value with a line break, refused before any request and not quoted',
      inputs: () => ({ checks: `- url: ${ok()}\n  headers: {X-Api-Key: "k3y-value\\r\\nX-Injected: 1"}` }),
      error:
        /^Input 'checks' \(check 1\) 'headers' value of X-Api-Key holds a line break or control character: a header value is one line$/,
    },
    {
      what: 'a URL with a line break the URL parser would drop',
      inputs: () => ({ url: `${ok()}\nx` }),
      error: /^Input 'url' must be an absolute http or https URL .* \(it holds white space or a line break\)/,
    },
    {
      what: 'a timeout without bound',
      inputs: () => ({ url: ok(), timeout: '1000000h' }),
      error: /^Input 'timeout' must be a duration such as 500ms, 90s, 5m or 1h30m \(at most 24h00m\); got "1000000h"$/,
    },
    {
      what: "a check's timeout without bound",
      inputs: () => ({ checks: `- url: ${ok()}\n  check-timeout: 1000000h` }),
      error:
        /^Input 'checks' \(check 1\) 'check-timeout' must be a duration such as 500ms.*, at most 24h00m; got "1000000h"$/,
    },
    {
      what: 'more checks than a run takes',
      inputs: () => ({ checks: JSON.stringify(Array.from({ length: 101 }, (_, i) => ({ name: `c${i}`, url: ok() }))) }),
      error: /^Input 'checks' has 101 checks: at most 100$/,
    },
  ]

  for (const c of cases) {
    test(c.what, async () => {
      const before = app.requests.length
      const r = await runStep('smoke-test', { inputs: c.inputs() })
      const message = oneError(r)
      assert.match(message, c.error)
      assert.equal(app.requests.length, before, 'no request was sent')
      assert.deepEqual(r.outputs, {}, 'no output set')
    })
  }

  test('every problem is reported at once, one line each', async () => {
    const r = await runStep('smoke-test', {
      inputs: {
        timeout: 'soon',
        concurrency: '0',
        checks: `- name: a\n  url: ${ok()}\n  method: FETCH\n- name: a\n  url: /rel\n  stauts: 200`,
      },
    })
    assert.equal(r.exitCode, 1)
    assert.deepEqual(inputsNamed(r), ['checks', 'checks', 'checks', 'checks', 'concurrency', 'timeout'])
  })
})
