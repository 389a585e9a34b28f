// The dashboard: a presidency's record in figures, charts and a table, kept current by the live stream.
import { Api, ApiError } from './api.js';
import { PresidencyCharts } from './charts.js';
import { Feed } from './feed.js';
import { STATUSES, count, country, date, element, label } from './format.js';
import { LiveStream } from './live-stream.js';
import { Problems } from './problems.js';
import { ProjectsTable } from './projects-table.js';
import { regionOf } from './regions.js';
import { Tokens } from './tokens.js';

const REFRESH_QUIET_MS = 250; // events of one command arrive together: refresh once they stop
const REFRESH_LONGEST_WAIT_MS = 2000; // ... but never later than this while they keep coming

const $ = id => document.getElementById(id);
const tokens = new Tokens();
const api = new Api(tokens);
const problems = new Problems($('problems'));
const feed = new Feed($('feed'), $('feed-count'), $('feed-empty'));
const table = new ProjectsTable(api, failed);
const stream = new LiveStream(tokens, {
  onEvent: arrived,
  onState: showLiveState,
  onUnauthorized: problem => askForToken(problem),
  onProblem: problem => problems.show('stream', problem, 'Live stream'),
});
let charts;
const state = { presidencies: [], year: null, currency: null, refreshes: 0 };

start();

async function start() {
  $('token-form').addEventListener('submit', event => {
    event.preventDefault();
    tokens.keep($('token-input').value);
    $('token-input').value = '';
    open();
  });
  $('change-token').addEventListener('click', () => askForToken(null));
  if (!tokens.current()) {
    const minted = await tokens.fromLocalStack();
    if (minted) {
      tokens.keep(minted);
    }
  }
  if (tokens.current()) {
    open();
  } else {
    askForToken(null);
  }
}

function askForToken(problem) {
  stream.stop();
  tokens.forget();
  showLiveState('offline');
  problems.clearAll();
  $('dashboard').hidden = true;
  $('change-token').hidden = true;
  $('token-panel').hidden = false;
  const reason = $('token-reason');
  reason.classList.toggle('error', Boolean(problem));
  reason.textContent = problem
    ? `The API refused the token (${problem.status || 401} ${problem.title || 'Unauthorized'}): ${problem.detail || ''} Paste a valid one.`
    : 'Every read needs a bearer token. Paste a token with the VIEWER role (any role will do).';
  $('token-input').focus();
}

async function open() {
  $('token-panel').hidden = true;
  $('dashboard').hidden = false;
  $('change-token').hidden = false;
  charts ??= new PresidencyCharts((filter, value) => table.pick(filter, value));
  try {
    await loadTimeline();
  } catch (e) {
    failed(e, 'presidencies', 'Presidencies');
    return;
  }
  stream.start();
  const asked = Number(new URLSearchParams(location.search).get('year'));
  if (asked && !state.presidencies.some(p => p.year === asked)) {
    problems.show('year', { title: 'Unknown presidency', detail: `No presidency of ${asked} is known; showing the busiest one.` },
      `?year=${asked}`);
  }
  select(state.presidencies.some(p => p.year === asked) ? asked : busiest());
}

/** Without ?year=: the presidency with the most projects funded, the latest among equals. */
function busiest() {
  return state.presidencies.reduce((best, p) => (!best || p.counts.funded >= best.counts.funded ? p : best), null)?.year;
}

function failed(error, key, context) {
  if (error instanceof ApiError && error.unauthorized) {
    askForToken(error.problem);
    return;
  }
  if (!(error instanceof ApiError)) {
    console.error(error);
  }
  problems.show(key, error.problem || { title: error.message }, context);
}

async function loadTimeline() {
  const { presidencies } = await api.get('api/presidencies');
  problems.clear('presidencies');
  state.presidencies = presidencies;
  const highest = Math.max(1, ...presidencies.map(p => p.counts.funded));
  $('timeline').replaceChildren(...presidencies.map(p => element('li', {},
    element('button', { type: 'button', 'data-year': p.year, 'aria-current': p.year === state.year ? 'true' : 'false',
      title: `${p.year}: ${chairs(p)} · ${count(p.counts.funded)} funded, ${count(p.counts.proposed)} proposed`,
      onclick: () => select(p.year) },
      element('span', { class: 'bar-track' }, element('span', { class: 'bar', style: `height:${(100 * p.counts.funded) / highest}%` })),
      element('span', { class: 'year', text: p.year }),
      element('span', { class: 'chair', text: p.chairs.length > 1 ? p.chairs.map(c => c.chair).join('→') : p.chair })))));
}

function chairs(presidency) {
  const list = presidency.chairs?.length ? presidency.chairs : [{ chair: presidency.chair }];
  return list.map((c, i) => (i === 0 ? country(c.chair) : `${country(c.chair)} from ${date(c.since)}`)).join(', then ');
}

function select(year) {
  if (!year) {
    return;
  }
  state.year = year;
  const url = new URL(location.href);
  url.searchParams.set('year', year);
  history.replaceState(null, '', url);
  for (const button of $('timeline').querySelectorAll('button')) {
    button.setAttribute('aria-current', String(Number(button.dataset.year) === year));
    if (Number(button.dataset.year) === year) {
      // on a narrow screen the timeline scrolls sideways: bring the chosen year into view
      $('timeline').scrollLeft = button.parentElement.offsetLeft - $('timeline').clientWidth / 2;
    }
  }
  document.body.dataset.year = year;
  refresh(true);
}

let refreshing = null;
let again = false;
let quiet;
let firstWaiting;

/** Many events in a burst (an import, the demo) give one refresh, not one each. */
function refreshSoon() {
  clearTimeout(quiet);
  firstWaiting ??= Date.now();
  const wait = Math.max(0, Math.min(REFRESH_QUIET_MS, firstWaiting + REFRESH_LONGEST_WAIT_MS - Date.now()));
  quiet = setTimeout(() => {
    firstWaiting = null;
    refresh(false);
  }, wait);
}

async function refresh(newPresidency) {
  if (refreshing) {
    again = true;
    return;
  }
  const year = state.year;
  refreshing = Promise.all([
    api.get(`api/presidencies/${year}`),
    api.all(`api/presidencies/${year}/projects`),
    newPresidency ? table.show(year, [], []) : table.load(),
  ]);
  try {
    const [presidency, active] = await refreshing;
    problems.clear('presidency');
    if (year === state.year) {
      render(presidency, active, newPresidency);
    }
  } catch (e) {
    failed(e, 'presidency', `Presidency ${year}`);
  } finally {
    refreshing = null;
  }
  if (again || year !== state.year) {
    again = false;
    refresh(year !== state.year);
  }
}

function render(presidency, active, newPresidency) {
  const states = new Set(active.projects.flatMap(p => p.recipients));
  const donors = new Set(presidency.commitments.map(m => m.donor));
  head(presidency);
  figures(presidency, active, states, donors, newPresidency);
  const statuses = Object.fromEntries(STATUSES.map(s => [s, active.projects.filter(p => p.status === s).length]));
  charts.showStatuses(statuses);
  charts.showAreas(presidency.byArea);
  const byRegion = new Map();
  states.forEach(s => byRegion.set(regionOf(s), (byRegion.get(regionOf(s)) || new Set()).add(s)));
  charts.showRegions(byRegion);
  currencies(presidency);
  table.offer(states, donors, presidency.priorities);
  feed.learn(active.projects);
  state.refreshes++;
  document.body.dataset.refreshes = state.refreshes;
}

function head(presidency) {
  $('presidency-eyebrow').textContent = `Presidency ${presidency.year}`;
  $('presidency-title').textContent = `${chairs(presidency)}${presidency.chairs?.length > 1 ? '' : '’s presidency'}`;
  $('presidency-window').textContent = [`${date(presidency.startsOn)} – ${date(presidency.endsOn)}`,
    presidency.closedOn ? `closed ${date(presidency.closedOn)}` : 'open',
    presidency.asOf ? `as of ${date(presidency.asOf)}` : null].filter(Boolean).join(' · ');
  $('priorities').replaceChildren(...presidency.priorities.map(p => element('li', { title: p.code },
    p.title, element('b', { text: count(presidency.byPriority[p.code] || 0) }))));
}

function figures(presidency, active, states, donors, newPresidency) {
  const c = presidency.counts;
  const regions = new Set([...states].map(regionOf));
  figure('kpi-funded', c.funded, newPresidency);
  note('kpi-funded-note', `of ${count(c.proposed)} proposed · ${count(c.matched)} matched`);
  figure('kpi-states', presidency.recipientStates, newPresidency);
  note('kpi-states-note', `in ${regions.size} region${regions.size === 1 ? '' : 's'}`);
  figure('kpi-active', active.totalElements, newPresidency);
  figure('kpi-proposed', c.proposed, newPresidency);
  note('kpi-proposed-note', `${count(c.carriedIn)} carried in · ${count(c.openAtEnd)} open at its end`);
  figure('kpi-closed', c.closed, newPresidency);
  note('kpi-closed-note', Object.entries(c.closedByOutcome).filter(([, n]) => n > 0)
    .map(([outcome, n]) => `${count(n)} ${label(outcome).toLowerCase()}`).join(' · ') || 'none yet');
  figure('kpi-donors', donors.size, newPresidency);
  const currencyCount = new Set(presidency.commitments.map(m => m.amount.currency)).size;
  note('kpi-donors-note', `in ${currencyCount} currenc${currencyCount === 1 ? 'y' : 'ies'}`);
}

function figure(id, value, quietly) {
  const node = $(id);
  const text = count(value);
  if (node.textContent !== text) {
    node.textContent = text;
    node.dataset.value = value;
    if (!quietly) {
      node.classList.add('changed');
      setTimeout(() => node.classList.remove('changed'), 2500);
    }
  }
}

function note(id, text) {
  $(id).textContent = text;
}

function currencies(presidency) {
  const flows = presidency.commitments.concat(presidency.disbursements);
  const donorsIn = currency => new Set(flows.filter(m => m.amount.currency === currency).map(m => m.donor)).size;
  const list = [...new Set(flows.map(m => m.amount.currency))].sort((a, b) => donorsIn(b) - donorsIn(a) || a.localeCompare(b));
  if (!list.includes(state.currency)) {
    state.currency = list[0] || null;
  }
  const show = currency => {
    state.currency = currency;
    charts.showFunding(presidency.commitments, presidency.disbursements, currency);
    for (const button of $('currencies').children) {
      button.setAttribute('aria-selected', String(button.dataset.currency === currency));
    }
    $('funding-note').textContent = list.length
      ? `Committed and disbursed within the presidency's window, in ${currency}. Amounts are never converted: `
        + `${list.length} currenc${list.length === 1 ? 'y' : 'ies'} in all, pick one above.`
      : 'No funding was committed or disbursed within the presidency’s window.';
  };
  $('currencies').replaceChildren(...list.map(currency => element('button', { type: 'button', role: 'tab',
    'data-currency': currency, text: currency, onclick: () => show(currency) })));
  show(state.currency);
}

function arrived(event) {
  feed.add(event);
  if (event.projectId) {
    table.touched(event.projectId);
  }
  const forSelected = event.presidency === state.year
    || (event.aggregateType === 'Presidency' && Number(event.aggregateId) === state.year);
  if (forSelected) {
    refreshSoon();
  }
  timelineSoon();
}

let timelineTimer;

function timelineSoon() {
  clearTimeout(timelineTimer);
  timelineTimer = setTimeout(() => loadTimeline().catch(e => failed(e, 'presidencies', 'Presidencies')), 1500);
}

function showLiveState(live, retryInSeconds) {
  const badge = $('live-status');
  badge.dataset.state = live;
  badge.querySelector('.label').textContent = {
    live: 'Live',
    connecting: 'Connecting…',
    reconnecting: retryInSeconds ? `Reconnecting in ${retryInSeconds} s` : 'Reconnecting…',
    offline: 'Offline',
  }[live] || live;
  if (live === 'live') {
    problems.clear('stream');
  }
}
