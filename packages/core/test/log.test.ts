import { describe, test } from '@jest/globals'
import assert from 'node:assert/strict'
import { inert } from '../src/log.ts'
import { HOSTILE, runnerCommands, runnerLines } from '@deploy-actions/harness/commands'

describe('inert', () => {
  test('text from outside gives the runner one line and no command, in any of its forms', () => {
    for (const text of [
      HOSTILE,
      '::stop-commands::x',
      ' \t::add-mask::x',
      '\u00a0\u2003::warning::x',
      '\u0085::warning::x',
      'a\r::warning::x',
      'a\r\n::warning::x',
      'version ##[add-mask]x',
      '##[warning]x',
    ]) {
      const shown = inert(text)
      assert.equal(runnerLines(shown).length, 1, JSON.stringify(shown))
      assert.deepEqual(runnerCommands(shown), [], JSON.stringify(shown))
    }
  })

  test('the reader still sees what was sent: line breaks and controls as escapes, the rest as it was', () => {
    const shown = inert('v9\n::warning::x\r\n ##[y]\rz\u001b[31m\tw').replaceAll('\u200b', '')
    assert.equal(shown, 'v9\\n::warning::x\\n ##[y]\\rz\\x1b[31m\tw')
  })

  test('ordinary text is left as it is', () => {
    for (const text of ['Promoted: shop--v2 has 100% (read back)', 'http://[::1]:8080/health', 'a::b', '# heading'])
      assert.equal(inert(text), text)
  })
})
