import assert from 'node:assert/strict'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, test } from '@jest/globals'
import { root } from '@deploy-actions/harness/actions'

const script = join(root, 'scripts', 'move-major-tag.sh')

describe('move-major-tag.sh', () => {
  const base = mkdtempSync(join(tmpdir(), 'major-tag-'))
  afterAll(() => rmSync(base, { recursive: true, force: true }))
  const remote = join(base, 'remote.git')
  const work = join(base, 'work')
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim()
  execFileSync('git', ['init', '-q', '--bare', remote])
  execFileSync('git', ['init', '-q', work])
  for (const [k, v] of [
    ['user.name', 't'],
    ['user.email', 't@example.com'],
    ['commit.gpgsign', 'false'],
    ['tag.gpgsign', 'false'],
  ])
    git(work, 'config', k as string, v as string)
  git(work, 'remote', 'add', 'origin', remote)
  const commit = (tag: string) => {
    writeFileSync(join(work, 'f'), tag)
    git(work, 'add', 'f')
    git(work, 'commit', '-qm', tag)
    git(work, 'tag', '-a', tag, '-m', tag)
    return git(work, 'rev-parse', 'HEAD')
  }
  const move = (tag: string) => spawnSync('bash', [script, tag], { cwd: work, encoding: 'utf8' })
  const remoteMajor = () => git(remote, 'rev-parse', 'refs/tags/v1^{commit}')

  test('moves v1 to the newest v1 release and pushes it', () => {
    const first = commit('v1.0.0')
    assert.equal(move('v1.0.0').status, 0)
    assert.equal(remoteMajor(), first)
    const second = commit('v1.1.0')
    assert.equal(move('v1.1.0').status, 0)
    assert.equal(remoteMajor(), second)
  })

  test('an older release published late does not move v1 backwards', () => {
    const before = remoteMajor()
    git(work, 'tag', '-a', 'v1.0.1', 'HEAD~1', '-m', 'v1.0.1')
    const r = move('v1.0.1')
    assert.equal(r.status, 0)
    assert.match(r.stderr, /not the newest v1 release \(v1\.1\.0 is\)/)
    assert.equal(remoteMajor(), before)
  })

  test('refuses a tag that is not vMAJOR.MINOR.PATCH, touching nothing', () => {
    const before = remoteMajor()
    for (const tag of ['v1.2.0-rc.1', '1.2.0', 'latest']) {
      const r = move(tag)
      assert.equal(r.status, 1, tag)
      assert.match(r.stderr, /must look like v1\.4\.2/)
    }
    assert.equal(remoteMajor(), before)
  })
})
