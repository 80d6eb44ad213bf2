import type { IndustryKey } from './industries.ts';

/**
 * Company names are built as "<lead> <place> <sector>" (Blue Harbor Analytics). Every index maps
 * to its own combination, so names and domains never collide by accident; the sector word decides
 * the industry.
 */
export const NAME_LEADS: readonly string[] = [
  'Blue', 'Summit', 'Iron', 'Silver', 'North', 'Bright', 'Clear', 'Cedar', 'Falcon', 'Granite', 'Harbor', 'Maple',
  'Atlas', 'Beacon', 'Copper', 'Crimson', 'Eagle', 'Emerald', 'Evergreen', 'Golden', 'Highland', 'Horizon', 'Indigo',
  'Juniper', 'Keystone', 'Lakeside', 'Lunar', 'Meridian', 'Monarch', 'Nova', 'Oak', 'Orion', 'Pacific', 'Pine',
  'Pioneer', 'Polar', 'Quantum', 'Radiant', 'Redwood', 'Sapphire', 'Sierra', 'Solar', 'Sterling', 'Stellar',
  'Swift', 'Titan', 'Trident', 'Vertex', 'Willow', 'Zenith', 'Acorn', 'Alder', 'Amber', 'Apex', 'Arctic', 'Aspen',
  'Aurora', 'Birch', 'Boulder', 'Cascade', 'Cobalt', 'Coral', 'Cypress', 'Delta', 'Ember', 'Fern', 'Forest',
  'Glacier', 'Hawk', 'Heron', 'Ivory', 'Jade', 'Kestrel', 'Lark', 'Linden', 'Magnolia', 'Marble', 'Mesa', 'Onyx',
  'Osprey', 'Pebble', 'Prairie', 'Raven', 'Ridge', 'River', 'Sable', 'Saffron', 'Scarlet', 'Shadow', 'Spruce',
  'Stone', 'Storm', 'Sunset', 'Thunder', 'Timber', 'Tundra', 'Velvet', 'Violet', 'Wild', 'Winter', 'Bay', 'Brook',
  'Canyon', 'Crest', 'Dune', 'Echo', 'Fjord', 'Grove', 'Haven', 'Island', 'Lagoon', 'Moss', 'Orchard', 'Rapid',
  'Tidal', 'Valley', 'Wren', 'Yarrow',
];

export const NAME_PLACES: readonly string[] = [
  'Creek', 'Peak', 'Point', 'Forge', 'Bridge', 'Field', 'Wave', 'Gate', 'Path', 'Rock', 'Lake',
  'Hill', 'Trail', 'Spring', 'Mill', 'Works', 'Park', 'Port', 'Landing', 'Crossing', 'Hollow',
  'Shore', 'Vale', 'Row', 'Square', 'Tower', 'Yard', 'Beam', 'Line', 'Arc', 'Loop', 'Key', 'Stack',
  'Signal', 'Pulse', 'Spark', 'Flow', 'Light', 'Star', 'Sky', 'Wind', 'Root', 'Leaf', 'Stream', 'Wing',
  'Compass', 'Anchor', 'Lantern', 'Harvest', 'Meadow', 'Orbit', 'Prism',
];

export interface SectorWord {
  readonly word: string;
  readonly industry: IndustryKey;
}

export const SECTOR_WORDS: readonly SectorWord[] = [
  { word: 'Analytics', industry: 'software' }, { word: 'Software', industry: 'software' },
  { word: 'Labs', industry: 'software' }, { word: 'Data', industry: 'software' },
  { word: 'Systems', industry: 'itServices' }, { word: 'Technologies', industry: 'itServices' },
  { word: 'Cloud', industry: 'internet' }, { word: 'Digital', industry: 'internet' },
  { word: 'Capital', industry: 'financialServices' }, { word: 'Financial', industry: 'financialServices' },
  { word: 'Health', industry: 'healthcare' }, { word: 'Medical', industry: 'healthcare' },
  { word: 'Bio', industry: 'biotech' }, { word: 'Therapeutics', industry: 'biotech' },
  { word: 'Logistics', industry: 'logistics' }, { word: 'Freight', industry: 'logistics' },
  { word: 'Robotics', industry: 'manufacturing' }, { word: 'Manufacturing', industry: 'manufacturing' },
  { word: 'Retail', industry: 'retail' }, { word: 'Goods', industry: 'retail' },
  { word: 'Media', industry: 'media' }, { word: 'Marketing', industry: 'marketing' },
  { word: 'Consulting', industry: 'consulting' }, { word: 'Partners', industry: 'consulting' },
  { word: 'Energy', industry: 'energy' }, { word: 'Power', industry: 'energy' },
  { word: 'Learning', industry: 'education' }, { word: 'Security', industry: 'security' },
  { word: 'Properties', industry: 'realEstate' }, { word: 'Foods', industry: 'food' },
  { word: 'Networks', industry: 'telecom' }, { word: 'Telecom', industry: 'telecom' },
];

/** Legal-form suffixes by country; `''` is "none written". Variants of these are a dedup test. */
export const LEGAL_SUFFIXES: Readonly<Record<string, readonly string[]>> = {
  US: ['', '', 'Inc.', 'Inc', 'LLC', 'Corp.', 'Co.'],
  CA: ['', 'Inc.', 'Ltd.', 'Corp.'],
  GB: ['', 'Ltd', 'Ltd.', 'Limited', 'PLC'],
  IE: ['', 'Ltd', 'Limited'],
  DE: ['', 'GmbH', 'AG', 'GmbH & Co. KG'],
  FR: ['', 'SAS', 'SA', 'SARL'],
  NL: ['', 'B.V.', 'BV', 'N.V.'],
  SE: ['', 'AB'],
  ES: ['', 'S.L.', 'S.A.'],
  AU: ['', 'Pty Ltd', 'Pty. Ltd.'],
  JP: ['', 'K.K.', 'Co., Ltd.'],
  SG: ['', 'Pte. Ltd.', 'Pte Ltd'],
  IN: ['', 'Pvt. Ltd.', 'Private Limited'],
};

/** Spellings of one legal form, so a variant can swap one for another (Inc → Incorporated). */
export const LEGAL_SUFFIX_SPELLINGS: readonly (readonly string[])[] = [
  ['Inc.', 'Inc', 'Incorporated', ', Inc.'],
  ['LLC', 'L.L.C.', ', LLC'],
  ['Corp.', 'Corp', 'Corporation'],
  ['Co.', 'Co', 'Company'],
  ['Ltd', 'Ltd.', 'Limited'],
  ['GmbH', 'G.m.b.H.'],
  ['B.V.', 'BV'],
  ['Pty Ltd', 'Pty. Ltd.', 'Proprietary Limited'],
  ['Pte. Ltd.', 'Pte Ltd'],
  ['Pvt. Ltd.', 'Private Limited', 'Pvt Ltd'],
];
