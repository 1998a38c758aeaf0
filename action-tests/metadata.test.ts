/**
 * Each action's contract agrees with its code and its documentation: the inputs action.yml
 * declares are exactly those the code reads (actions/<name>/src/spec.ts; eslint forbids reading
 * any other way), the outputs declared are exactly those it may set, defaults and requiredness
 * agree, every input and output is described, and the README's tables are current. The schema of
 * action.yml and its main/post files are checked by scripts/lint-gha.ts, which has its own test.
 */
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, test } from '@jest/globals'
import type { InputSpec } from '@deploy-actions/core'
import { readmePath, renderReadme } from '../scripts/action-docs.ts'
import { actionNames, defaultText, readActionMetadata, root } from '@deploy-actions/harness/actions'

const sorted = (xs: Iterable<string>) => [...xs].sort()

describe('action metadata', () => {
  test('every action has its face, logic and bundle under its name', () => {
    const names = actionNames()
    assert.ok(names.length > 0)
    for (const name of names) {
      for (const file of [
        `${name}/action.yml`,
        `${name}/README.md`,
        `actions/${name}/src/spec.ts`,
        `dist/${name}/index.js`,
      ]) {
        assert.ok(existsSync(join(root, file)), `${file} is missing`)
      }
      const meta = readActionMetadata(name)
      assert.equal(meta.runs.using, 'node24', `${name}: runs.using`)
      assert.equal(meta.runs.main, `../dist/${name}/index.js`, `${name}: runs.main`)
      const hasPost = existsSync(join(root, 'actions', name, 'src', 'post.ts'))
      assert.equal(
        meta.runs.post,
        hasPost ? `../dist/${name}/post/index.js` : undefined,
        `${name}: runs.post follows src/post.ts`,
      )
      if (hasPost)
        assert.equal(
          meta.runs['post-if'],
          'always()',
          `${name}: a post step that restores must run on failure and cancel too`,
        )
    }
  })

  for (const name of actionNames()) {
    test(`${name}: inputs and outputs declared are exactly those the code reads and sets`, async () => {
      const meta = readActionMetadata(name)
      const spec = (await import(join(root, 'actions', name, 'src', 'spec.ts'))) as {
        inputs: InputSpec
        outputs: readonly string[]
      }
      assert.deepEqual(
        sorted(Object.keys(meta.inputs ?? {})),
        sorted(Object.keys(spec.inputs)),
        'inputs: action.yml vs spec.ts',
      )
      assert.deepEqual(sorted(Object.keys(meta.outputs ?? {})), sorted(spec.outputs), 'outputs: action.yml vs spec.ts')
      for (const [input, def] of Object.entries(meta.inputs ?? {})) {
        assert.ok(def.description?.trim(), `input ${input} has no description`)
        // The runner applies defaults, so the code can require what has one; nothing else.
        const givenByRunner = defaultText(def) !== undefined || def.required === true
        assert.equal(
          spec.inputs[input]?.required,
          givenByRunner,
          `input ${input}: required in spec.ts ⇔ default or required in action.yml`,
        )
      }
      for (const [output, def] of Object.entries(meta.outputs ?? {}))
        assert.ok(def.description?.trim(), `output ${output} has no description`)
      assert.ok(meta.name && meta.description, 'name and description')
    })

    test(`${name}: the README's tables are generated from action.yml and current`, () => {
      const readme = readFileSync(readmePath(name), 'utf8')
      const { text, problems } = renderReadme(name, readme)
      assert.deepEqual(problems, [])
      assert.equal(readme, text, "run 'npm run docs'")
    })
  }

  test('bundles are stored verbatim by git', () => {
    const rules = readFileSync(join(root, '.gitattributes'), 'utf8')
    assert.match(rules, /^dist\/\*\* .*-text.*-diff/m)
  })
})
