// What the API refused, shown on the page until it is dismissed or the same call succeeds.
import { element } from './format.js';

export class Problems {
  constructor(container) {
    this.container = container;
    this.shown = new Map();
  }

  /** key: which call failed, so that a repeat replaces its own notice and a later success clears it. */
  show(key, problem, context) {
    this.clear(key);
    const errors = Array.isArray(problem.errors) ? problem.errors : [];
    const notice = element('div', { class: 'problem', 'data-problem': key, 'data-status': problem.status },
      element('div', {},
        element('strong', { text: `${context}: ${problem.title || 'Error'}${problem.status ? ` (${problem.status})` : ''}` }),
        element('span', { text: problem.detail || '' }),
        errors.length ? element('ul', {}, ...errors.map(e => element('li', { text: `${e.field}: ${e.message}` }))) : null),
      element('button', { class: 'ghost', type: 'button', text: 'Dismiss', onclick: () => this.clear(key) }));
    this.shown.set(key, notice);
    this.container.append(notice);
  }

  clear(key) {
    this.shown.get(key)?.remove();
    this.shown.delete(key);
  }

  clearAll() {
    [...this.shown.keys()].forEach(key => this.clear(key));
  }
}
