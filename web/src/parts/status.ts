import { ApiFailure } from '../api.js'
import { h } from '../dom.js'

// Designed loading, empty and error states: every view uses these three.

export function loading(what: string): HTMLElement {
  return h('div', { class: 'state loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), `Loading ${what}…`)
}

export function empty(title: string, hint?: string): HTMLElement {
  return h('div', { class: 'state empty' }, h('strong', {}, title), hint ? h('p', {}, hint) : null)
}

export function failure(err: unknown, retry?: () => void): HTMLElement {
  const code = err instanceof ApiFailure ? err.code : 'ui/network'
  const message = err instanceof Error ? err.message : String(err)
  return h('div', { class: 'state error', role: 'alert' },
    h('strong', {}, 'Something went wrong'),
    h('p', {}, message),
    h('code', {}, code),
    retry ? h('button', { type: 'button', onclick: () => retry() }, 'Try again') : null)
}
