// The four charts of a presidency. Each is made once and then given new numbers, so that a live refresh
// moves the bars instead of redrawing the page.
import { AREA_COLOURS, AREAS, STATUS_COLOURS, STATUSES, count, country, label, money } from './format.js';
import { REGIONS } from './regions.js';

const INK = '#1b2433';
const GRID = '#eef1f6';

function defaults() {
  Chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily;
  Chart.defaults.font.size = 12;
  Chart.defaults.color = '#667085';
  Chart.defaults.plugins.legend.labels.boxWidth = 10;
  Chart.defaults.plugins.legend.labels.boxHeight = 10;
  Chart.defaults.plugins.tooltip.backgroundColor = '#13213c';
  Chart.defaults.plugins.tooltip.padding = 10;
  Chart.defaults.animation.duration = 500;
  Chart.defaults.maintainAspectRatio = false;
}

function horizontalBar(canvas, colours, onPick) {
  return new Chart(canvas, {
    type: 'bar',
    data: { labels: [], datasets: [{ data: [], backgroundColor: colours, borderRadius: 5, maxBarThickness: 26 }] },
    options: {
      indexAxis: 'y',
      plugins: { legend: { display: false } },
      scales: {
        x: { beginAtZero: true, grid: { color: GRID }, ticks: { precision: 0 } },
        y: { grid: { display: false }, ticks: { color: INK } },
      },
      onClick: onPick,
      onHover: (event, elements) => { event.native.target.style.cursor = onPick && elements.length ? 'pointer' : 'default'; },
    },
  });
}

export class PresidencyCharts {
  /** onPick(filter, value): a click on a status or an area asks the table for those projects. */
  constructor(onPick) {
    defaults();
    this.currency = null;
    this.status = new Chart(document.getElementById('chart-status'), {
      type: 'doughnut',
      data: { labels: STATUSES.map(label), datasets: [{ data: [], backgroundColor: STATUSES.map(s => STATUS_COLOURS[s]),
        borderWidth: 2, borderColor: '#fff', hoverOffset: 6 }] },
      options: {
        cutout: '62%',
        plugins: {
          legend: { position: 'right', labels: { color: INK, padding: 14,
            generateLabels: chart => Chart.overrides.doughnut.plugins.legend.labels.generateLabels(chart)
              .map(item => ({ ...item, text: `${item.text}  ${count(chart.data.datasets[0].data[item.index] ?? 0)}` })) } },
        },
        onClick: (event, elements) => elements.length && onPick('status', STATUSES[elements[0].index]),
      },
    });
    this.area = horizontalBar(document.getElementById('chart-area'), AREAS.map(a => AREA_COLOURS[a]),
      (event, elements) => elements.length && onPick('area', AREAS[elements[0].index]));
    this.area.data.labels = AREAS.map(label);
    this.regions = horizontalBar(document.getElementById('chart-regions'), '#2b8cde', null);
    this.regions.options.plugins.tooltip = { callbacks: { afterLabel: item => this.regionStates?.[item.label] ?? '' } };
    this.funding = new Chart(document.getElementById('chart-funding'), {
      type: 'bar',
      data: { labels: [], datasets: [
        { label: 'Committed', data: [], backgroundColor: '#1f6feb', borderRadius: 4, maxBarThickness: 22 },
        { label: 'Disbursed', data: [], backgroundColor: '#7fd3b4', borderRadius: 4, maxBarThickness: 22 },
      ] },
      options: {
        plugins: {
          legend: { position: 'top', align: 'end', labels: { color: INK } },
          tooltip: { callbacks: { label: item => `${item.dataset.label}: ${money(item.raw, this.currency)}` } },
        },
        scales: {
          x: { grid: { display: false }, ticks: { color: INK } },
          y: { beginAtZero: true, grid: { color: GRID }, ticks: { callback: value => money(value, this.currency, true) } },
        },
      },
    });
  }

  /** statuses: {PROPOSED: n, …} of the projects active in the presidency. */
  showStatuses(statuses) {
    this.status.data.datasets[0].data = STATUSES.map(s => statuses[s] || 0);
    this.status.update();
  }

  showAreas(byArea) {
    this.area.data.datasets[0].data = AREAS.map(a => byArea[a] || 0);
    this.area.update();
  }

  /** statesByRegion: Map region → Set of states; regions without any are left out. */
  showRegions(statesByRegion) {
    const shown = REGIONS.filter(region => statesByRegion.get(region)?.size);
    this.regionStates = Object.fromEntries(shown.map(region => [region,
      [...statesByRegion.get(region)].map(country).sort().join(', ').replace(/(.{60}[^,]*),.*/, '$1, …')]));
    this.regions.data.labels = shown;
    this.regions.data.datasets[0].data = shown.map(region => statesByRegion.get(region).size);
    this.regions.update();
  }

  /** One currency at a time: amounts in different currencies do not share an axis. */
  showFunding(commitments, disbursements, currency) {
    this.currency = currency;
    const donors = [...new Set(commitments.concat(disbursements).filter(m => m.amount.currency === currency).map(m => m.donor))];
    const sum = (flows, donor) => flows.filter(m => m.donor === donor && m.amount.currency === currency)
      .reduce((total, m) => total + Number(m.amount.amount), 0);
    donors.sort((a, b) => sum(commitments, b) - sum(commitments, a));
    this.funding.data.labels = donors.map(donor => (donor === 'EU' ? 'EU' : country(donor)));
    this.funding.data.datasets[0].data = donors.map(donor => sum(commitments, donor));
    this.funding.data.datasets[1].data = donors.map(donor => sum(disbursements, donor));
    this.funding.update();
  }
}
