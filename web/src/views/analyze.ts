import { post } from '../api.js'
import { h, replace } from '../dom.js'
import type { View } from '../main.js'
import { failure, loading } from '../parts/status.js'
import type { AnalysisRecord } from '../types.js'
import { renderRecord } from './reader.js'

const MAX_FILE = 4 * 1024 * 1024

export const analyzeView: View = (root) => {
  const text = h('textarea', { name: 'text', rows: 10, placeholder: 'Paste an article: plain text, a web clip or HTML. Or drop a file here.', 'aria-label': 'Article text' })
  const format = h('select', { name: 'format', 'aria-label': 'Input format' }, ...[['', 'detect format'], ['text', 'plain text'], ['clip', 'web clip'], ['markdown', 'Markdown'], ['html', 'HTML']].map(([v, l]) => h('option', { value: v! }, l!)))
  const file = h('input', { type: 'file', accept: '.txt,.md,.html,.htm,text/*', 'aria-label': 'Article file' })
  const out = h('div', { id: 'analyze-result' })
  const run = async () => {
    const content = text.value
    if (!content.trim()) { replace(out, failure(new Error('Paste or drop an article first.'))); return }
    replace(out, loading('analysis'))
    try {
      const isHtml = format.value === 'html' || (!format.value && /^\s*</.test(content))
      const record = await post<AnalysisRecord>('analyze', { [isHtml ? 'html' : 'text']: content, ...(format.value ? { format: format.value } : {}) })
      replace(out, renderRecord(record, null))
    } catch (e) { replace(out, failure(e, () => void run())) }
  }
  const load = async (f: File | undefined) => {
    if (!f) return
    if (f.size > MAX_FILE) { replace(out, failure(new Error(`${f.name} is over 4 MiB.`))); return }
    text.value = await f.text()
    if (/\.html?$/i.test(f.name)) format.value = 'html'
    await run()
  }
  file.addEventListener('change', () => void load(file.files?.[0]))
  const drop = h('form', { class: 'analyze-box' }, text, h('div', { class: 'toolbar' }, format, file, h('button', { type: 'submit' }, 'Analyze')))
  drop.addEventListener('submit', (e) => { e.preventDefault(); void run() })
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('dragging') })
  drop.addEventListener('dragleave', () => drop.classList.remove('dragging'))
  drop.addEventListener('drop', (e) => { e.preventDefault(); drop.classList.remove('dragging'); void load(e.dataTransfer?.files[0]) })
  replace(root, h('h1', {}, 'Analyze'), h('p', { class: 'muted' }, 'Nothing you analyse here is stored.'), drop, out)
}
