import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, test } from '@jest/globals'
import { describeSite, readSite, servedFiles, sha256, unzipSite, zipSite } from '../src/site.ts'

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'site-'))
  mkdirSync(join(dir, 'assets'))
  mkdirSync(join(dir, '.git'))
  writeFileSync(join(dir, 'index.html'), '<h1>hi</h1>')
  writeFileSync(join(dir, 'assets', 'app.js'), 'x()')
  writeFileSync(join(dir, '.git', 'HEAD'), 'ref: main')
  return dir
}

describe('site zip', () => {
  test('the same folder gives the same bytes, whatever the files’ times (a kept build can be compared)', () => {
    const a = folder()
    const b = folder()
    utimesSync(join(b, 'index.html'), new Date('2001-01-01'), new Date('2001-01-01'))
    assert.equal(sha256(zipSite(readSite(a))), sha256(zipSite(readSite(b))))
  })

  test('round trip: served paths from /, dot-folders left out', async () => {
    const files = await unzipSite(zipSite(readSite(folder())))
    assert.deepEqual([...files.keys()].sort(), ['/assets/app.js', '/index.html'])
    assert.equal(files.get('/assets/app.js')?.toString(), 'x()')
  })

  test('other content gives other bytes', () => {
    const a = folder()
    const before = sha256(zipSite(readSite(a)))
    writeFileSync(join(a, 'index.html'), '<h1>changed</h1>')
    assert.notEqual(sha256(zipSite(readSite(a))), before)
  })

  test('the platform configuration files are kept in the build but not expected to be served', async () => {
    const dir = folder()
    writeFileSync(join(dir, 'staticwebapp.config.json'), '{"navigationFallback":{"rewrite":"/index.html"}}')
    const files = describeSite(await unzipSite(zipSite(readSite(dir))))
    assert.ok(files.some((f) => f.path === '/staticwebapp.config.json'))
    assert.deepEqual(
      servedFiles(files)
        .map((f) => f.path)
        .sort(),
      ['/assets/app.js', '/index.html'],
    )
  })
})
