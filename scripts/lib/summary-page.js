// The browser side of scripts/lib/summary-render.ts, loaded into headless Chromium with mermaid and
// GitHub's Markdown CSS. `renderSummary(html)` puts one summary's sanitised HTML on the page, draws
// its Mermaid blocks as GitHub does, and returns what a reader of GitHub's run page would find
// wrong with it.
/* global document, window, getComputedStyle, mermaid */

let diagrams = 0

window.renderSummary = async function renderSummary(html) {
  const body = document.querySelector('.markdown-body')
  body.innerHTML = html
  const problems = []
  await drawMermaid(body, problems)
  // Measured with every <details> open, as a reader opens them; pictured as written.
  const closed = [...body.querySelectorAll('details:not([open])')]
  for (const d of closed) d.open = true
  const wide = tooWide(body)
  problems.push(...wide.found, ...emptyTables(body), ...workflowCommands(body))
  for (const d of closed) d.open = false
  return { problems, width: wide.widest }
}

/** GitHub draws a ```mermaid block as its diagram, or shows its parse error instead. */
async function drawMermaid(body, problems) {
  for (const code of [...body.querySelectorAll('pre > code.language-mermaid')]) {
    const pre = code.parentElement
    const text = code.textContent
    const figure = document.createElement('div')
    figure.className = 'mermaid-figure'
    try {
      await mermaid.parse(text)
      const { svg } = await mermaid.render(`mermaid-${++diagrams}`, text)
      figure.innerHTML = svg
    } catch (err) {
      const message = String(err && err.message ? err.message : err)
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !/^-*\^$/.test(l))
        .join(' ')
      problems.push(`Mermaid cannot draw the ${kind(text)}: ${message.slice(0, 240)}`)
      figure.className = 'mermaid-figure mermaid-error'
      figure.textContent = `Unable to render rich display: ${message}`
    }
    pre.replaceWith(figure)
  }
}

function kind(text) {
  const first = text.trim().split(/\s/)[0]
  return first ? `'${first}' diagram` : 'empty diagram'
}

/**
 * Blocks a reader must scroll sideways to read: a scroll container (tables, code blocks) whose
 * content is wider than it, or any block that reaches past the content's right edge. Only the
 * outermost such block is named. Also returns the width the widest block needs.
 */
function tooWide(body) {
  const style = getComputedStyle(body)
  const left = body.getBoundingClientRect().left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft)
  const width = body.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
  const found = []
  let widest = 0
  const walk = (el) => {
    for (const child of el.children) {
      const rect = child.getBoundingClientRect()
      if (rect.width === 0 && rect.height === 0) continue
      const scrolls = /auto|scroll|hidden/.test(getComputedStyle(child).overflowX)
      widest = Math.max(
        widest,
        Math.round(rect.right - left),
        scrolls ? Math.round(rect.left - left) + child.scrollWidth : 0,
      )
      if (scrolls && child.scrollWidth > child.clientWidth + 1) {
        found.push(`${describe(child)} is ${child.scrollWidth} px wide and scrolls in the ${width} px page`)
      } else if (rect.right > left + width + 1) {
        found.push(`${describe(child)} reaches ${Math.round(rect.right - left)} px, past the ${width} px page`)
      } else if (child.namespaceURI !== 'http://www.w3.org/2000/svg') walk(child)
    }
  }
  walk(body)
  return { found, widest }
}

function describe(el) {
  const tag = el.tagName.toLowerCase()
  if (tag === 'table') {
    const head = [...el.querySelectorAll('tr:first-child > th, tr:first-child > td')].map((c) => c.textContent.trim())
    return `the table (${shorten(head.join(' | '))})`
  }
  if (tag === 'pre') return `the code block (${shorten(el.textContent)})`
  if (el.classList.contains('mermaid-figure')) return 'the Mermaid diagram'
  return `the ${tag} (${shorten(el.textContent)})`
}

function shorten(text) {
  const one = text.replace(/\s+/g, ' ').trim()
  return one.length > 60 ? `${one.slice(0, 57)}...` : one
}

/** A table with no rows, or whose header row says nothing, tells a reader nothing. */
function emptyTables(body) {
  const found = []
  for (const table of body.querySelectorAll('table')) {
    const head = [...table.querySelectorAll('thead th')].map((c) => c.textContent.trim())
    const rows = [...table.querySelectorAll('tbody tr')]
    if (rows.length === 0) found.push(`${describe(table)} has a header and no rows`)
    else if (rows.every((r) => [...r.cells].every((c) => c.textContent.trim() === '')))
      found.push(`${describe(table)} has only empty rows`)
    if (head.length > 0 && head.every((h) => h === ''))
      found.push(
        `the table of ${rows.length} row(s) starting "${shorten(rows[0]?.textContent ?? '')}" has an empty header row`,
      )
  }
  return found
}

/**
 * Workflow-command text that reached the page: `::name ...::` at a line start, `##[`, or the
 * command encoding of a line break (%0A): text meant for the runner's log, shown raw to a reader.
 */
function workflowCommands(body) {
  const found = []
  for (const line of body.innerText.split('\n')) {
    if (/^\s*::[a-z][\w-]*( [^\n]*?)?::/i.test(line) || line.includes('##[') || /%0[AD]/.test(line))
      found.push(`raw workflow-command text: "${shorten(line)}"`)
  }
  return found
}
