/**
 * Gazetteers for entity-aware rules: data, not logic. Names are matched token by token
 * (case-insensitive, possessive "'s" stripped), so hyphenated names are listed with spaces or hyphens alike.
 */
export const ENTITY_KINDS = ['state', 'capital', 'agency', 'group', 'leader', 'demonym'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export interface GazetteerEntry {
  kind: EntityKind;
  /** The state the name stands for (a capital, agency, group or leader is attributed to its state). */
  state: string;
  names: readonly string[];
}

interface StateData {
  state: string;
  names: string[];
  demonyms: string[];
  capitals: string[];
  eu?: boolean;
}

const STATES: StateData[] = [
  {
    state: 'Russia',
    names: ['Russia', 'Russian Federation'],
    demonyms: ['Russian'],
    capitals: ['Moscow', 'Kremlin'],
  },
  {
    state: 'China',
    names: ['China', "People's Republic of China", 'PRC'],
    demonyms: ['Chinese'],
    capitals: ['Beijing', 'Zhongnanhai'],
  },
  { state: 'Iran', names: ['Iran', 'Islamic Republic of Iran'], demonyms: ['Iranian'], capitals: ['Tehran'] },
  {
    state: 'North Korea',
    names: ['North Korea', 'DPRK', "Democratic People's Republic of Korea"],
    demonyms: ['North Korean'],
    capitals: ['Pyongyang'],
  },
  { state: 'Belarus', names: ['Belarus'], demonyms: ['Belarusian'], capitals: ['Minsk'] },
  { state: 'Ukraine', names: ['Ukraine'], demonyms: ['Ukrainian'], capitals: ['Kyiv', 'Kiev'] },
  { state: 'Georgia', names: ['Georgia'], demonyms: ['Georgian'], capitals: ['Tbilisi'] },
  { state: 'Moldova', names: ['Moldova'], demonyms: ['Moldovan'], capitals: ['Chisinau'] },
  { state: 'Syria', names: ['Syria'], demonyms: ['Syrian'], capitals: ['Damascus'] },
  {
    state: 'United States',
    names: ['United States', 'United States of America', 'USA'],
    demonyms: ['American'],
    capitals: ['Washington'],
  },
  { state: 'Canada', names: ['Canada'], demonyms: ['Canadian'], capitals: ['Ottawa'] },
  {
    state: 'United Kingdom',
    names: ['United Kingdom', 'UK', 'Britain', 'Great Britain'],
    demonyms: ['British'],
    capitals: ['London'],
  },
  { state: 'Norway', names: ['Norway'], demonyms: ['Norwegian'], capitals: ['Oslo'] },
  { state: 'Japan', names: ['Japan'], demonyms: ['Japanese'], capitals: ['Tokyo'] },
  { state: 'Australia', names: ['Australia'], demonyms: ['Australian'], capitals: ['Canberra'] },
  { state: 'Türkiye', names: ['Türkiye', 'Turkey'], demonyms: ['Turkish'], capitals: ['Ankara'] },
  {
    state: 'France',
    names: ['France', 'French Republic'],
    demonyms: ['French'],
    capitals: ['Paris', 'Élysée'],
    eu: true,
  },
  {
    state: 'Germany',
    names: ['Germany', 'Federal Republic of Germany'],
    demonyms: ['German'],
    capitals: ['Berlin'],
    eu: true,
  },
  { state: 'Poland', names: ['Poland'], demonyms: ['Polish'], capitals: ['Warsaw'], eu: true },
  { state: 'Italy', names: ['Italy'], demonyms: ['Italian'], capitals: ['Rome'], eu: true },
  { state: 'Spain', names: ['Spain'], demonyms: ['Spanish'], capitals: ['Madrid'], eu: true },
  { state: 'Netherlands', names: ['Netherlands'], demonyms: ['Dutch'], capitals: ['The Hague'], eu: true },
  { state: 'Belgium', names: ['Belgium'], demonyms: ['Belgian'], capitals: [], eu: true },
  { state: 'Austria', names: ['Austria'], demonyms: ['Austrian'], capitals: ['Vienna'], eu: true },
  { state: 'Estonia', names: ['Estonia'], demonyms: ['Estonian'], capitals: ['Tallinn'], eu: true },
  { state: 'Latvia', names: ['Latvia'], demonyms: ['Latvian'], capitals: ['Riga'], eu: true },
  { state: 'Lithuania', names: ['Lithuania'], demonyms: ['Lithuanian'], capitals: ['Vilnius'], eu: true },
  { state: 'Finland', names: ['Finland'], demonyms: ['Finnish'], capitals: ['Helsinki'], eu: true },
  { state: 'Sweden', names: ['Sweden'], demonyms: ['Swedish'], capitals: ['Stockholm'], eu: true },
  { state: 'Denmark', names: ['Denmark'], demonyms: ['Danish'], capitals: ['Copenhagen'], eu: true },
  {
    state: 'Czechia',
    names: ['Czechia', 'Czech Republic'],
    demonyms: ['Czech'],
    capitals: ['Prague'],
    eu: true,
  },
  { state: 'Slovakia', names: ['Slovakia'], demonyms: ['Slovak'], capitals: ['Bratislava'], eu: true },
  { state: 'Hungary', names: ['Hungary'], demonyms: ['Hungarian'], capitals: ['Budapest'], eu: true },
  { state: 'Romania', names: ['Romania'], demonyms: ['Romanian'], capitals: ['Bucharest'], eu: true },
  { state: 'Bulgaria', names: ['Bulgaria'], demonyms: ['Bulgarian'], capitals: ['Sofia'], eu: true },
  { state: 'Greece', names: ['Greece'], demonyms: ['Greek'], capitals: ['Athens'], eu: true },
  { state: 'Portugal', names: ['Portugal'], demonyms: ['Portuguese'], capitals: ['Lisbon'], eu: true },
  { state: 'Ireland', names: ['Ireland'], demonyms: ['Irish'], capitals: ['Dublin'], eu: true },
  { state: 'Croatia', names: ['Croatia'], demonyms: ['Croatian'], capitals: ['Zagreb'], eu: true },
  {
    state: 'Slovenia',
    names: ['Slovenia'],
    demonyms: ['Slovenian', 'Slovene'],
    capitals: ['Ljubljana'],
    eu: true,
  },
  { state: 'Luxembourg', names: ['Luxembourg'], demonyms: ['Luxembourgish'], capitals: [], eu: true },
  { state: 'Malta', names: ['Malta'], demonyms: ['Maltese'], capitals: ['Valletta'], eu: true },
  { state: 'Cyprus', names: ['Cyprus'], demonyms: ['Cypriot'], capitals: ['Nicosia'], eu: true },
];

/** States whose separate national positions the EU speaks for. */
export const EU_MEMBER_STATES: ReadonlySet<string> = new Set(STATES.filter((s) => s.eu).map((s) => s.state));

/** "the Russian government", "Russian military intelligence": institutions named through the demonym. */
const INSTITUTIONS = [
  'government',
  'authorities',
  'leadership',
  'state',
  'military',
  'armed forces',
  'military intelligence',
  'intelligence services',
  'intelligence service',
  'security services',
  'special services',
];

const AGENCIES: GazetteerEntry[] = [
  {
    kind: 'agency',
    state: 'Russia',
    names: [
      'GRU',
      'GU',
      'Main Intelligence Directorate',
      'Main Directorate of the General Staff',
      'FSB',
      'Federal Security Service',
      'SVR',
      'Foreign Intelligence Service',
      'Unit 26165',
      'Unit 74455',
      'Unit 29155',
      'GTsSS',
    ],
  },
  {
    kind: 'agency',
    state: 'China',
    names: ['MSS', 'Ministry of State Security', 'PLA', "People's Liberation Army", 'Unit 61398'],
  },
  {
    kind: 'agency',
    state: 'Iran',
    names: ['IRGC', 'Islamic Revolutionary Guard Corps', 'MOIS', 'Ministry of Intelligence and Security'],
  },
  { kind: 'agency', state: 'North Korea', names: ['RGB', 'Reconnaissance General Bureau'] },
];

const GROUPS: GazetteerEntry[] = [
  {
    kind: 'group',
    state: 'Russia',
    names: [
      'APT28',
      'Fancy Bear',
      'Forest Blizzard',
      'Sofacy',
      'Strontium',
      'APT29',
      'Cozy Bear',
      'Midnight Blizzard',
      'Nobelium',
      'Sandworm',
      'Seashell Blizzard',
      'Voodoo Bear',
      'Turla',
      'Venomous Bear',
      'Gamaredon',
      'Primitive Bear',
      'Cadet Blizzard',
      'Ember Bear',
      'Star Blizzard',
      'Callisto',
      'Killnet',
      'XakNet',
      'Cyber Army of Russia',
    ],
  },
  { kind: 'group', state: 'Belarus', names: ['Ghostwriter', 'UNC1151'] },
  {
    kind: 'group',
    state: 'China',
    names: ['APT31', 'APT40', 'APT41', 'Volt Typhoon', 'Salt Typhoon', 'Flax Typhoon'],
  },
  { kind: 'group', state: 'North Korea', names: ['Lazarus', 'Lazarus Group', 'APT38', 'Kimsuky'] },
  { kind: 'group', state: 'Iran', names: ['APT33', 'APT35', 'Charming Kitten'] },
];

const LEADERS: GazetteerEntry[] = [
  {
    kind: 'leader',
    state: 'Russia',
    names: ['Putin', 'Vladimir Putin', 'Lavrov', 'Sergei Lavrov', 'Shoigu', 'Gerasimov', 'Mishustin'],
  },
  { kind: 'leader', state: 'China', names: ['Xi', 'Xi Jinping'] },
  { kind: 'leader', state: 'North Korea', names: ['Kim Jong Un', 'Kim Jong-un'] },
  { kind: 'leader', state: 'Iran', names: ['Khamenei', 'Ali Khamenei'] },
  { kind: 'leader', state: 'Belarus', names: ['Lukashenko', 'Alexander Lukashenko'] },
];

function build(): GazetteerEntry[] {
  const entries: GazetteerEntry[] = [];
  for (const s of STATES) {
    entries.push({ kind: 'state', state: s.state, names: s.names });
    entries.push({ kind: 'demonym', state: s.state, names: s.demonyms });
    if (s.capitals.length > 0) entries.push({ kind: 'capital', state: s.state, names: s.capitals });
    entries.push({
      kind: 'agency',
      state: s.state,
      names: s.demonyms.flatMap((d) => INSTITUTIONS.map((i) => `${d} ${i}`)),
    });
  }
  return [...entries, ...AGENCIES, ...GROUPS, ...LEADERS];
}

export const GAZETTEER: readonly GazetteerEntry[] = build();
