// The live feed: the newest events first, each with what happened, to what, and when.
import { country, element, eventName, label, timeOfDay } from './format.js';

const KEEP = 60;

export class Feed {
  constructor(list, counter, empty) {
    this.list = list;
    this.counter = counter;
    this.empty = empty;
    this.received = 0;
    this.titles = new Map();
  }

  add(event) {
    this.received++;
    this.empty.hidden = true;
    const item = element('li', { class: 'new', 'data-event-id': event.eventId, 'data-project-id': event.projectId,
      'data-type': event.type, 'data-presidency': event.presidency },
      element('span', { class: `pip ${event.status || ''}` }),
      element('div', {},
        element('div', { class: 'what' }, eventName(event.type), ' ',
          event.status ? element('span', { class: `badge ${event.status}`, text: label(event.status) }) : null),
        element('div', { class: 'about', text: this.about(event), title: this.about(event) }),
        element('div', { class: 'when', text: [event.effectiveDate, event.presidency ? `presidency ${event.presidency}` : null,
          `recorded ${timeOfDay(event.recordedAt)}`].filter(Boolean).join(' · ') })));
    this.list.prepend(item);
    while (this.list.children.length > KEEP) {
      this.list.lastElementChild.remove();
    }
    this.counter.textContent = `${this.received} since the page opened`;
  }

  /** Titles learned from the project lists, for the events that named only an id. */
  learn(projects) {
    projects.forEach(project => this.titles.set(project.projectId, project.title));
    for (const item of this.list.querySelectorAll('li[data-project-id]')) {
      const title = this.titles.get(item.dataset.projectId);
      const about = item.querySelector('.about');
      if (title && about.textContent !== title) {
        about.textContent = title;
        about.title = title;
      }
    }
  }

  about(event) {
    switch (event.aggregateType) {
      case 'Project':
        return this.titles.get(event.projectId) || `Project ${event.projectId.slice(0, 8)}…`;
      case 'Presidency':
        return `Presidency ${event.aggregateId}`;
      case 'Membership':
        return `Member ${country(event.aggregateId)}`;
      default:
        return `${event.aggregateType} ${event.aggregateId}`;
    }
  }
}
