import type { GeoRegion } from '../../core/canonical/index.ts';

/** The sales territories of the demo company; routing rules in mappings/ use the same ids. */
export const TERRITORIES = ['NA-East', 'NA-West', 'EMEA', 'APAC'] as const;
export type Territory = (typeof TERRITORIES)[number];

export interface Locality {
  readonly city: string;
  readonly state?: string;
  /** The area code without the trunk prefix (415, 20 for London, 30 for Berlin). */
  readonly areaCode: string;
  readonly subscriberDigits: number;
  readonly territory: Territory;
}

export interface Country {
  readonly code: string;
  readonly name: string;
  readonly region: GeoRegion;
  readonly callingCode: string;
  /** Share of companies headquartered there. */
  readonly weight: number;
  readonly tlds: readonly string[];
  readonly gdpr: boolean;
  readonly localities: readonly Locality[];
}

function localities(territory: Territory, subscriberDigits: number, list: readonly [string, string | undefined, string][]): Locality[] {
  return list.map(([city, state, areaCode]) => (state ? { city, state, areaCode, subscriberDigits, territory } : { city, areaCode, subscriberDigits, territory }));
}

export const COUNTRIES: readonly Country[] = [
  {
    code: 'US', name: 'United States', region: 'NA', callingCode: '1', weight: 45, tlds: ['com', 'com', 'com', 'io', 'co', 'ai'], gdpr: false,
    localities: [
      ...localities('NA-East', 7, [['New York', 'NY', '212'], ['Boston', 'MA', '617'], ['Atlanta', 'GA', '404'], ['Chicago', 'IL', '312'],
        ['Miami', 'FL', '305'], ['Raleigh', 'NC', '919'], ['Philadelphia', 'PA', '215'], ['Washington', 'DC', '202']]),
      ...localities('NA-West', 7, [['San Francisco', 'CA', '415'], ['Los Angeles', 'CA', '310'], ['Seattle', 'WA', '206'],
        ['Denver', 'CO', '303'], ['Austin', 'TX', '512'], ['Portland', 'OR', '503'], ['Salt Lake City', 'UT', '801']]),
    ],
  },
  {
    code: 'CA', name: 'Canada', region: 'NA', callingCode: '1', weight: 5, tlds: ['ca', 'com'], gdpr: false,
    localities: [
      ...localities('NA-East', 7, [['Toronto', 'ON', '416'], ['Montréal', 'QC', '514']]),
      ...localities('NA-West', 7, [['Vancouver', 'BC', '604'], ['Calgary', 'AB', '403']]),
    ],
  },
  {
    code: 'GB', name: 'United Kingdom', region: 'EMEA', callingCode: '44', weight: 10, tlds: ['co.uk', 'com', 'io'], gdpr: true,
    localities: [...localities('EMEA', 8, [['London', 'England', '20']]), ...localities('EMEA', 7, [['Manchester', 'England', '161'], ['Edinburgh', 'Scotland', '131']])],
  },
  {
    code: 'DE', name: 'Germany', region: 'EMEA', callingCode: '49', weight: 8, tlds: ['de', 'com', 'io'], gdpr: true,
    localities: localities('EMEA', 8, [['Berlin', 'Berlin', '30'], ['München', 'Bayern', '89'], ['Hamburg', 'Hamburg', '40']]),
  },
  {
    code: 'FR', name: 'France', region: 'EMEA', callingCode: '33', weight: 5, tlds: ['fr', 'com'], gdpr: true,
    localities: localities('EMEA', 8, [['Paris', 'Île-de-France', '1'], ['Lyon', 'Auvergne-Rhône-Alpes', '4']]),
  },
  {
    code: 'NL', name: 'Netherlands', region: 'EMEA', callingCode: '31', weight: 4, tlds: ['nl', 'com', 'io'], gdpr: true,
    localities: localities('EMEA', 7, [['Amsterdam', 'Noord-Holland', '20'], ['Rotterdam', 'Zuid-Holland', '10']]),
  },
  {
    code: 'IE', name: 'Ireland', region: 'EMEA', callingCode: '353', weight: 3, tlds: ['ie', 'com'], gdpr: true,
    localities: localities('EMEA', 7, [['Dublin', 'Leinster', '1']]),
  },
  {
    code: 'SE', name: 'Sweden', region: 'EMEA', callingCode: '46', weight: 3, tlds: ['se', 'com'], gdpr: true,
    localities: localities('EMEA', 7, [['Stockholm', 'Stockholm', '8']]),
  },
  {
    code: 'ES', name: 'Spain', region: 'EMEA', callingCode: '34', weight: 2, tlds: ['es', 'com'], gdpr: true,
    localities: localities('EMEA', 7, [['Madrid', 'Madrid', '91'], ['Barcelona', 'Cataluña', '93']]),
  },
  {
    code: 'AU', name: 'Australia', region: 'APAC', callingCode: '61', weight: 5, tlds: ['com.au', 'com', 'io'], gdpr: false,
    localities: localities('APAC', 8, [['Sydney', 'NSW', '2'], ['Melbourne', 'VIC', '3']]),
  },
  {
    code: 'JP', name: 'Japan', region: 'APAC', callingCode: '81', weight: 3, tlds: ['co.jp', 'jp', 'com'], gdpr: false,
    localities: localities('APAC', 8, [['Tokyo', 'Tokyo', '3'], ['Osaka', 'Osaka', '6']]),
  },
  {
    code: 'SG', name: 'Singapore', region: 'APAC', callingCode: '65', weight: 3, tlds: ['sg', 'com', 'io'], gdpr: false,
    localities: localities('APAC', 7, [['Singapore', undefined, '6']]),
  },
  {
    code: 'IN', name: 'India', region: 'APAC', callingCode: '91', weight: 4, tlds: ['in', 'com', 'io'], gdpr: false,
    localities: localities('APAC', 8, [['Bengaluru', 'Karnataka', '80'], ['Mumbai', 'Maharashtra', '22']]),
  },
];
