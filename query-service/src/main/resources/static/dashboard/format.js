// How codes, amounts and dates read on the page.

const countries = new Intl.DisplayNames(['en'], { type: 'region' });
const integers = new Intl.NumberFormat('en');

export const STATUSES = ['PROPOSED', 'MATCHED', 'FUNDED', 'CLOSED'];
export const AREAS = ['CHEMICAL', 'BIOLOGICAL', 'RADIOLOGICAL', 'NUCLEAR', 'CROSS_CUTTING'];

export const STATUS_COLOURS = { PROPOSED: '#3f6ad8', MATCHED: '#e0a526', FUNDED: '#1a9e6e', CLOSED: '#8a94a6' };
export const AREA_COLOURS = { CHEMICAL: '#f08c2e', BIOLOGICAL: '#36b37e', RADIOLOGICAL: '#e5c12a', NUCLEAR: '#6c5ce7',
  CROSS_CUTTING: '#1fa2c7' };

export function country(code) {
  if (!code) {
    return '';
  }
  try {
    return countries.of(code) || code;
  } catch (e) {
    return code;
  }
}

export function label(code) {
  return code ? code.charAt(0) + code.slice(1).toLowerCase().replaceAll('_', '-') : '';
}

export function count(n) {
  return integers.format(n);
}

export function money(amount, currency, compact = false) {
  const value = Number(amount);
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency, notation: compact ? 'compact' : 'standard',
      maximumFractionDigits: compact ? 1 : 0 }).format(value);
  } catch (e) {
    return `${integers.format(value)} ${currency}`;
  }
}

export function date(iso) {
  if (!iso) {
    return '';
  }
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** "gp.project.FundingCommitted.v1" → "Funding committed". */
export function eventName(type) {
  const name = (type || '').split('.').slice(-2, -1)[0] || type || 'Event';
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function timeOfDay(instant) {
  return instant ? new Date(instant).toLocaleTimeString('en-GB') : '';
}

export function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name === 'class') {
      node.className = value;
    } else if (name === 'text') {
      node.textContent = value;
    } else if (name.startsWith('on')) {
      node.addEventListener(name.slice(2), value);
    } else {
      node.setAttribute(name, value === true ? '' : value);
    }
  }
  node.append(...children.filter(child => child !== null && child !== undefined));
  return node;
}
