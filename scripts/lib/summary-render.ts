/**
 * Job summaries rendered as GitHub's run page shows them, and checked there.
 *
 * Markdown to HTML: the unified pipeline (remark-parse + remark-gfm: CommonMark with GFM's tables,
 * task lists, strikethrough and autolinks, as cmark-gfm; remark-gemoji: `:shortcode:` emoji from
 * GitHub's own gemoji list; rehype-raw + rehype-sanitize: inline HTML parsed as a browser does, then
 * cut to hast-util-sanitize's default schema, which is GitHub's allow-list, `user-content-` id
 * prefix included). marked or markdown-it would need a hand-written copy of that allow-list.
 *
 * The page: github-markdown-css (light) in a box shaped like the run page's job summary, with
 * CONTENT_WIDTH px of content; ```mermaid blocks drawn by the mermaid package, as GitHub does, in
 * headless Chromium (Debian's /usr/bin/chromium, driven by puppeteer-core: no browser download).
 * The checks (scripts/lib/summary-page.js): a Mermaid block that does not parse or draw, a block
 * wider than the content, a table with no rows or an empty header, and raw workflow-command text.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import puppeteer, { type Browser, type Page } from 'puppeteer-core'
import rehypeRaw from 'rehype-raw'
import rehypeSanitize from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkGemoji from 'remark-gemoji'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { root } from '@deploy-actions/harness/actions'
import type { StepSummary } from '@deploy-actions/harness/workflow'

/** The width of a job summary's content on GitHub's run page. */
export const CONTENT_WIDTH = 880

/** Debian's Chromium (scripts/system-packages.sh); CHROMIUM names another. */
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium'

export interface Summary {
  /** What a problem line names: the summary's file, or where it came from. */
  name: string
  markdown: string
  /** Where its picture goes; none, no picture. */
  png?: string
  /** The heading of the box, as GitHub heads each job's summary ("deploy summary"). */
  title?: string
}

export interface RenderedSummary {
  name: string
  /** What a reader would find wrong, one sentence each; empty when it renders cleanly. */
  problems: string[]
  /** The width in px the widest block needs (a table's scrollWidth); at most CONTENT_WIDTH when none is too wide. */
  width: number
}

const markdownToHtml = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkGemoji)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize)
  .use(rehypeStringify)

/** A summary's Markdown as GitHub turns it into HTML, before Mermaid. */
export function summaryHtml(markdown: string): string {
  return String(markdownToHtml.processSync(markdown))
}

const require = createRequire(import.meta.url)
const here = dirname(fileURLToPath(import.meta.url))

function pageHtml(): string {
  const css = readFileSync(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8')
  // The run page's summary box: a bordered card, its heading, then the Markdown at CONTENT_WIDTH.
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body { margin: 0; padding: 16px; background: #f6f8fa; }
.summary-box { display: inline-block; background: #fff; border: 1px solid #d0d7de; border-radius: 6px; }
.summary-box h2.box-title { font: 600 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif;
  margin: 0; padding: 16px 24px 0; color: #1f2328; }
.markdown-body { box-sizing: content-box; width: ${CONTENT_WIDTH}px; padding: 16px 24px 24px; }
.mermaid-figure { margin-bottom: 16px; }
.mermaid-error { color: #d1242f; font-family: monospace; white-space: pre-wrap; }
</style></head><body><div class="summary-box"><h2 class="box-title"></h2><article class="markdown-body"></article></div></body></html>`
}

/** Chromium with the summary page loaded, ready to render summaries one after another. */
export interface SummaryRenderer {
  render(summary: Summary): Promise<RenderedSummary>
  close(): Promise<void>
}

export async function openRenderer(): Promise<SummaryRenderer> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium is not at ${CHROMIUM}: run scripts/system-packages.sh tests (Debian package chromium)`)
  const browser: Browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    // As root (CI, containers) Chromium refuses to start sandboxed; hinting off keeps widths stable.
    args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'],
  })
  try {
    const page: Page = await browser.newPage()
    await page.setViewport({ width: CONTENT_WIDTH + 200, height: 800, deviceScaleFactor: 1 })
    await page.setContent(pageHtml())
    await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') })
    await page.addScriptTag({ path: join(here, 'summary-page.js') })
    await page.evaluate(
      "mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'default', suppressErrorRendering: true })",
    )
    return {
      async render(summary) {
        const html = summaryHtml(summary.markdown)
        await page.evaluate(`document.querySelector('.box-title').textContent = ${JSON.stringify(summary.title ?? '')}`)
        const { problems, width } = (await page.evaluate(`renderSummary(${JSON.stringify(html)})`)) as {
          problems: string[]
          width: number
        }
        if (summary.png) {
          mkdirSync(dirname(summary.png), { recursive: true })
          const box = await page.$('.summary-box')
          await box?.screenshot({ path: summary.png, captureBeyondViewport: true })
        }
        return { name: summary.name, problems, width }
      },
      close: () => browser.close(),
    }
  } catch (err) {
    await browser.close()
    throw err
  }
}

/** Renders every summary in one Chromium; returns each one's problems and width. */
export async function renderSummaries(summaries: readonly Summary[]): Promise<RenderedSummary[]> {
  const renderer = await openRenderer()
  try {
    const out: RenderedSummary[] = []
    for (const s of summaries) out.push(await renderer.render(s))
    return out
  } finally {
    await renderer.close()
  }
}

/** One line per problem, naming the summary: what `npm run render` and the tests print. */
export function problemLines(rendered: readonly RenderedSummary[]): string[] {
  return rendered.flatMap((r) => r.problems.map((p) => `${r.name}: ${p}`))
}

/** Where runs keep their summaries and pictures: CI uploads it as an artifact; git ignores it. */
export const SUMMARIES_DIR = join(root, 'artifacts', 'summaries')

const slug = (text: string, unsafe = /[^a-z0-9]+/g) =>
  text.toLowerCase().replace(unsafe, '-').replace(/^-|-$/g, '').slice(0, 48).replace(/-$/, '')

/** The folder of a run's summaries under dir: `<nn>-<title>`. */
export function runFolder(dir: string, index: number, title: string): string {
  return join(dir, `${String(index).padStart(2, '0')}-${slug(title)}`)
}

/**
 * Writes a run's step summaries as `<folder>/<job>-<nn>-<action or step>.md`, one file per step
 * that wrote one, so each can be rendered, named in a problem and pictured.
 */
export function keepSummaries(folder: string, summaries: readonly StepSummary[]): void {
  mkdirSync(folder, { recursive: true })
  summaries.forEach((s, i) => {
    const name = `${slug(s.job.replace(/\//g, '.'), /[^a-z0-9.]+/g)}-${String(i + 1).padStart(2, '0')}-${slug(s.action ?? s.step)}.md`
    writeFileSync(join(folder, name), s.markdown)
  })
}

/** Every `.md` under dir, each to be pictured beside itself (`x.md` → `x.png`), named relative to the root. */
export function readSummaryFiles(dir: string): Summary[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const file = join(dir, f)
      return {
        name: relative(root, file),
        markdown: readFileSync(file, 'utf8'),
        png: file.replace(/\.md$/, '.png'),
        // The job's name as the run page heads its summary: a called workflow's job as "caller / called".
        title: `${(/^(.*?)-\d\d-/.exec(basename(f))?.[1] ?? basename(f, '.md')).replace(/\./g, ' / ')} summary`,
      }
    })
}

/**
 * A test's check of the summaries its runs wrote: kept afresh in SUMMARIES_DIR/<name> (an artifact
 * of CI), each rendered and pictured; returns one line per problem, none when all render cleanly.
 */
export async function checkSummaries(name: string, summaries: readonly StepSummary[]): Promise<string[]> {
  const folder = join(SUMMARIES_DIR, name)
  rmSync(folder, { recursive: true, force: true })
  keepSummaries(folder, summaries)
  const files = readSummaryFiles(folder)
  if (files.length !== summaries.length) return [`${files.length} of ${summaries.length} summaries kept in ${folder}`]
  return problemLines(await renderSummaries(files))
}
