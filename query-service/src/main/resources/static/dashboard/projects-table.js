// The presidency's projects, a page at a time, filtered by the API itself (GET api/projects?presidency=…).
import { ApiError } from './api.js';
import { AREA_COLOURS, AREAS, STATUSES, count, country, date, element, label, money } from './format.js';

const PAGE_SIZE = 15;
const HIGHLIGHTED_AT_MOST = 5; // more changed rows than this (an import running) is no news worth a highlight

export class ProjectsTable {
  constructor(api, onFailure) {
    this.api = api;
    this.onFailure = onFailure;
    this.form = document.getElementById('filters');
    this.body = document.querySelector('#projects tbody');
    this.total = document.getElementById('table-total');
    this.info = document.getElementById('page-info');
    this.previous = document.getElementById('page-prev');
    this.next = document.getElementById('page-next');
    this.page = 0;
    this.fresh = new Set();
    this.priorities = new Map();
    fill(this.form.elements.status, STATUSES.map(s => [s, label(s)]));
    fill(this.form.elements.area, AREAS.map(a => [a, label(a)]));
    this.form.addEventListener('change', () => this.reload());
    this.form.addEventListener('reset', () => setTimeout(() => this.reload()));
    this.previous.addEventListener('click', () => this.turn(-1));
    this.next.addEventListener('click', () => this.turn(1));
  }

  /** A new presidency: its states and donors become the filters' choices, the filters are cleared. */
  show(year, states, donors) {
    this.year = year;
    for (const select of this.form.querySelectorAll('select')) {
      select.value = '';
    }
    this.offer(states, donors);
    return this.reload();
  }

  /** priorities: the presidency's, [{code, title}], to name a project's priorities by their titles. */
  offer(states, donors, priorities = []) {
    const unnamed = priorities.some(p => !this.priorities.has(p.code));
    priorities.forEach(p => this.priorities.set(p.code, p.title));
    if (unnamed && this.shown) {
      this.render(this.shown);
    }
    const keep = (select, options) => {
      const chosen = select.value;
      fill(select, options);
      select.value = options.some(([value]) => value === chosen) ? chosen : '';
    };
    const named = codes => [...codes].map(code => [code, country(code)]).sort((a, b) => a[1].localeCompare(b[1]));
    keep(this.form.elements.recipient, named(states));
    keep(this.form.elements.donor, named(donors));
  }

  pick(filter, value) {
    this.form.elements[filter].value = value;
    this.reload();
    this.form.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }

  /** Projects changed by a live event: highlighted when the page shows them next. */
  touched(projectId) {
    this.fresh.add(projectId);
  }

  reload() {
    this.page = 0;
    return this.load();
  }

  turn(by) {
    this.page = Math.max(0, this.page + by);
    return this.load();
  }

  async load() {
    const query = new URLSearchParams({ presidency: this.year, page: this.page, size: PAGE_SIZE });
    for (const name of ['status', 'area', 'recipient', 'donor']) {
      if (this.form.elements[name].value) {
        query.set(name, this.form.elements[name].value);
      }
    }
    const asked = query.toString();
    this.asked = asked;
    let page;
    try {
      page = await this.api.get(`api/projects?${asked}`);
    } catch (e) {
      if (e instanceof ApiError) {
        this.onFailure(e, 'projects', 'Projects table');
        return;
      }
      throw e;
    }
    if (this.asked !== asked) {
      return; // a later question is on its way
    }
    this.render(page);
  }

  render(page) {
    this.shown = page;
    const pages = Math.max(1, Math.ceil(page.totalElements / page.size));
    this.total.textContent = `· ${count(page.totalElements)}`;
    this.info.textContent = `page ${page.page + 1} of ${count(pages)}`;
    this.previous.disabled = page.page === 0;
    this.next.disabled = page.page + 1 >= pages;
    this.body.replaceChildren(...(page.content.length ? page.content.map(project => this.row(project))
      : [element('tr', { class: 'empty-row' }, element('td', { colspan: 7, text: 'No project matches these filters.' }))]));
    this.fresh.clear();
  }

  row(project) {
    const recipients = project.recipients.map(country);
    const budget = project.requestedBudget;
    const fresh = this.fresh.size <= HIGHLIGHTED_AT_MOST && this.fresh.has(project.projectId);
    return element('tr', { 'data-project-id': project.projectId, class: fresh ? 'fresh' : null },
      element('td', {}, element('div', { class: 'title', text: project.title }),
        project.priorities.length ? element('div', { class: 'sub',
          text: project.priorities.map(code => this.priorities.get(code) || label(code)).join(' · ') }) : null),
      element('td', { title: recipients.join(', '), text: recipients.length > 2
        ? `${recipients.slice(0, 2).join(', ')} +${recipients.length - 2}` : recipients.join(', ') }),
      element('td', {}, element('span', { class: 'area' }, element('i', { style: `background:${AREA_COLOURS[project.area]}` }),
        label(project.area))),
      element('td', {}, element('span', { class: `badge ${project.status}`, text: label(project.status) }),
        project.outcome ? element('div', { class: 'sub', text: label(project.outcome) }) : null),
      element('td', { class: 'num', text: budget ? money(budget.amount, budget.currency) : '' }),
      element('td', { class: 'date', text: date(project.milestones.proposed?.date) }),
      element('td', { class: 'date', text: date(project.milestones.funded?.date) }));
  }
}

function fill(select, options) {
  select.replaceChildren(element('option', { value: '', text: 'any' }),
    ...options.map(([value, text]) => element('option', { value, text })));
}
