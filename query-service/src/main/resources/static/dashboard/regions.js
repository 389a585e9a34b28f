// The region a recipient state is counted under on the dashboard (ISO 3166-1 alpha-2). The read models know
// states, not regions; these groups follow how the partnership reports its work.
const GROUPS = {
  'Africa': 'DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG MW ML MR MU MA MZ '
    + 'NA NE NG RW ST SN SC SL SO ZA SS SD TZ TG TN UG ZM ZW EH',
  'Asia–Pacific': 'AF BD BT IN MV NP PK LK BN KH CN ID JP KP KR LA MY MN MM PH SG TH TL VN TW HK MO AU NZ FJ PG WS TO VU SB '
    + 'KI MH FM NR PW TV CK NU',
  'Americas': 'AG AR BS BB BZ BO BR CA CL CO CR CU DM DO EC SV GD GT GY HT HN JM MX NI PA PY PE KN LC VC SR TT US UY VE',
  'Middle East & Central Asia': 'BH IR IQ IL JO KW LB OM PS QA SA SY AE YE TR KZ KG TJ TM UZ',
  'Europe': 'AL AD AM AT AZ BY BE BA BG HR CY CZ DK EE FI FR GE DE GR HU IS IE IT XK LV LI LT LU MT MD MC ME NL MK NO PL PT '
    + 'RO RU SM RS SK SI ES SE CH UA GB VA',
};

export const OTHER = 'Other';
export const REGIONS = [...Object.keys(GROUPS), OTHER];

const REGION_OF = new Map(Object.entries(GROUPS).flatMap(([region, states]) => states.split(' ').map(state => [state, region])));

export function regionOf(state) {
  return REGION_OF.get(state) || OTHER;
}
