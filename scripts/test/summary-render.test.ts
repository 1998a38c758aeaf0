/**
 * The job-summary check itself (scripts/lib/summary-render.ts): in headless Chromium, a table wider
 * than GitHub's content and a Mermaid block that does not parse are each named in one line with the
 * summary's name; a clean summary with a table, a task list, <details>, emoji and a chart passes
 * and is pictured.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, test } from '@jest/globals'
import { temporaryFolder } from '@deploy-actions/harness/temp'
import {
  CONTENT_WIDTH,
  problemLines,
  renderSummaries,
  type RenderedSummary,
  summaryHtml,
} from '../lib/summary-render.ts'

const columns = ['Stage', 'Weight', 'Started', 'Ended', 'Rounds', 'Requests', 'Errors', 'p95', 'Baseline', 'Verdict']
const WIDE = [
  '## v1.5.1 rolled back',
  '',
  `| ${columns.join(' | ')} |`,
  `| ${columns.map(() => '---').join(' | ')} |`,
  `| ${columns.map(() => '`shop--gh-7000000000-1`').join(' | ')} |`,
].join('\n')

const BROKEN_MERMAID = ['## Stages', '', '```mermaid', 'xychart-beta', '  x-axis [a, b', '  line [1, 2]', '```'].join(
  '\n',
)

const CLEAN = [
  '## :white_check_mark: v1.5.0 serving 100 %',
  '',
  'Promoted through 10 % → 50 % → 100 % in 6 min.',
  '',
  '| Stage | Weight | Errors | Verdict |',
  '| --- | ---: | ---: | --- |',
  '| 1 | 10 % | 0 | passed |',
  '| 2 | 50 % | 0 | passed |',
  '',
  '- [x] backup verified',
  '- [ ] nothing else',
  '',
  '<details><summary>Every round</summary>',
  '',
  '| Round | Requests |',
  '| --- | ---: |',
  '| 1 | 40 |',
  '',
  '</details>',
  '',
  '```mermaid',
  'flowchart LR',
  '  A[10 %] --> B[50 %] --> C[100 %]',
  '```',
].join('\n')

const EMPTY_AND_COMMAND = ['| Key | Value |', '| --- | --- |', '', '::error title=Backup::the dump failed'].join('\n')

describe('the job-summary check', () => {
  const dir = temporaryFolder('summary-render-')
  let rendered: RenderedSummary[] = []
  beforeAll(async () => {
    rendered = await renderSummaries([
      { name: 'wide.md', markdown: WIDE },
      { name: 'mermaid.md', markdown: BROKEN_MERMAID },
      { name: 'clean.md', markdown: CLEAN, png: join(dir, 'clean.png'), title: 'deploy summary' },
      { name: 'empty.md', markdown: EMPTY_AND_COMMAND },
    ])
  })
  const of = (name: string) => rendered.find((r) => r.name === name) as RenderedSummary

  test('a table wider than the content is named with its width', () => {
    const lines = problemLines([of('wide.md')])
    assert.equal(lines.length, 1)
    assert.match(
      lines[0] as string,
      new RegExp(
        `^wide\\.md: the table \\(Stage \\| Weight .*\\) is \\d+ px wide and scrolls in the ${CONTENT_WIDTH} px page$`,
      ),
    )
    assert.ok(of('wide.md').width > CONTENT_WIDTH, `measured ${of('wide.md').width} px`)
  })

  test("a Mermaid block that does not parse is named with mermaid's error", () => {
    const lines = problemLines([of('mermaid.md')])
    assert.equal(lines.length, 1)
    assert.match(lines[0] as string, /^mermaid\.md: Mermaid cannot draw the 'xychart-beta' diagram: .+/)
  })

  test('a clean summary passes and is pictured', () => {
    assert.deepEqual(of('clean.md').problems, [])
    assert.ok(of('clean.md').width <= CONTENT_WIDTH)
    const png = readFileSync(join(dir, 'clean.png'))
    assert.equal(png.subarray(1, 4).toString(), 'PNG')
    // The picture is the summary box, cropped: the content and its padding, not the viewport.
    const width = png.readUInt32BE(16)
    assert.ok(width > CONTENT_WIDTH && width < CONTENT_WIDTH + 100, `${width} px wide`)
  })

  test('a table with no rows and raw workflow-command text are named', () => {
    assert.deepEqual(problemLines([of('empty.md')]), [
      'empty.md: the table (Key | Value) has a header and no rows',
      'empty.md: raw workflow-command text: "::error title=Backup::the dump failed"',
    ])
  })
})

describe("GitHub's Markdown", () => {
  test('HTML is cut to GitHub’s allow-list, emoji shortcodes become emoji', () => {
    const html = summaryHtml(
      '## Done :rocket:\n\n<script>alert(1)</script><b style="color:red" onclick="x()">bold</b>\n\n- [x] ok',
    )
    assert.doesNotMatch(html, /<script|style=|onclick/)
    assert.match(html, /<b>bold<\/b>/)
    assert.match(html, /🚀/)
    assert.match(html, /<input type="checkbox" checked disabled>/)
  })
})
