/**
 * The REAL bundled data in data/*.json, built in-process exactly like scripts/build-dataset.ts does
 * (an-array-of-english-words plus data/ordinary-words.txt as the dictionary).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, Entity } from '../../../src/core/dataset/schema';
import { buildDataset } from '../../../src/core/dataset/build';
import { namesOf, validateDataset } from '../../../src/core/dataset/validate';
import { countDataset } from '../../../src/core/dataset/stats';
import { compileMatcher } from '../../../src/core/matcher/compile';
import { Matcher, newMatchContext } from '../../../src/core/matcher/match';
import { BLOCK_BREAK, foldKey } from '../../../src/core/normalise';
import { ROOT, isOrdinary } from './small-matcher';

const SOURCES = ['threat-actors.json', 'agencies.json', 'vendors.json', 'products.json'];

let ds: Dataset;
let byId: Map<string, Entity>;
let byKey: Map<string, string[]>;

beforeAll(() => {
  const parts = SOURCES.map((f) => JSON.parse(readFileSync(join(ROOT, 'data', f), 'utf8')) as unknown[]);
  // the hints by exact spelling, as scripts/build-dataset.ts applies them
  const hints = Object.fromEntries(Object.entries(JSON.parse(readFileSync(join(ROOT, 'data', 'match-hints.json'), 'utf8')) as Record<string, unknown>).filter(([k]) => !k.startsWith('_')));
  const built = buildDataset(parts, isOrdinary, undefined, hints as never);
  if (!built.ok || !built.dataset) throw new Error(`data/ does not build: ${JSON.stringify(built.problems.slice(0, 10))}`);
  ds = built.dataset;
  byId = new Map(ds.entities.map((e) => [e.id, e]));
  byKey = new Map();
  for (const e of ds.entities) for (const n of namesOf(e)) {
    const k = foldKey(n);
    const l = byKey.get(k) ?? [];
    if (!l.includes(e.id)) l.push(e.id);
    byKey.set(k, l);
  }
});

describe('real dataset', () => {
  it('validates', () => {
    const r = validateDataset(ds);
    expect(r.ok ? [] : r.problems.slice(0, 10)).toEqual([]);
  });

  it('has the promised size', () => {
    const c = countDataset(ds.entities);
    expect(c.byKind['threat-actor']).toBeGreaterThanOrEqual(1000);
    expect(c.byKind.agency).toBeGreaterThanOrEqual(100);
    expect(c.byKind.vendor).toBeGreaterThanOrEqual(40);
    expect(c.byKind.product).toBeGreaterThanOrEqual(40);
    expect(c.aliases).toBeGreaterThanOrEqual(3000);
    const countries = new Set(ds.entities.filter((e) => e.kind === 'agency').flatMap((e) => e.country ?? []));
    expect(countries.size).toBeGreaterThanOrEqual(30);
  });

  const EXPECT: [string, string][] = [
    ['Salt Typhoon', 'actor/salt-typhoon'], ['GhostEmperor', 'actor/salt-typhoon'],
    ['APT28', 'actor/apt28'], ['Fancy Bear', 'actor/apt28'], ['Forest Blizzard', 'actor/apt28'], ['STRONTIUM', 'actor/apt28'], ['G0007', 'actor/apt28'],
    ['APT29', 'actor/apt29'], ['Cozy Bear', 'actor/apt29'], ['Midnight Blizzard', 'actor/apt29'],
    ['Sandworm Team', 'actor/sandworm'], ['Seashell Blizzard', 'actor/sandworm'],
    ['Volt Typhoon', 'actor/volt-typhoon'], ['Lazarus Group', 'actor/lazarus-group'], ['Kimsuky', 'actor/kimsuky'],
    ['Charming Kitten', 'actor/charming-kitten'], ['APT35', 'actor/charming-kitten'], ['MuddyWater', 'actor/muddywater'],
    ['Scattered Spider', 'actor/scattered-spider'], ['Turla', 'actor/turla'],
    ['MSS', 'agency/cn-mss'], ['Ministry of State Security', 'agency/cn-mss'], ['国家安全部', 'agency/cn-mss'],
    ['ГРУ', 'agency/ru-gru'], ['GRU', 'agency/ru-gru'], ['RGB', 'agency/kp-rgb'], ['정찰총국', 'agency/kp-rgb'], ['NSA', 'agency/us-nsa'],
    ['NSO Group', 'vendor/nso-group'], ['Pegasus', 'product/pegasus'], ['Graphite', 'product/graphite'], ['Paragon Solutions', 'vendor/paragon'],
    ['Predator', 'product/predator'], ['Intellexa', 'vendor/intellexa'], ['Candiru', 'vendor/candiru'],
  ];

  for (const [name, id] of EXPECT) {
    it(`"${name}" resolves to ${id}`, () => {
      const owners = byKey.get(foldKey(name)) ?? [];
      expect(owners).toContain(id);
      if (owners.length > 1) {
        // A shared name: the expected entity must hold it as its canonical name, and mark the others ambiguous.
        const e = byId.get(id)!;
        expect(foldKey(e.name)).toBe(foldKey(name));
        const marked = e.aliases.filter((a) => foldKey(a.name) === foldKey(name)).flatMap((a) => a.ambiguous ?? []);
        for (const o of owners) if (o !== id) expect(marked).toContain(o);
      }
    });
  }

  it('the matcher compiled from it finds these names in a sentence', () => {
    const m = new Matcher(compileMatcher(ds.entities, ds.version));
    const text = 'Salt Typhoon, APT28 and the MSS were named; NSO Group\u2019s Pegasus spyware and the 国家安全部 too.';
    const ids = m.match(text).map((x) => m.entityId(x.entity));
    expect(ids).toEqual(['actor/salt-typhoon', 'actor/apt28', 'agency/cn-mss', 'vendor/nso-group', 'product/pegasus', 'agency/cn-mss']);
  });

  describe('with the real names (cases from blind sets heldout85 to heldout89)', () => {
    let m: Matcher;
    beforeAll(() => { m = new Matcher(compileMatcher(ds.entities, ds.version)); });
    /** [text, entity id] of every mention of a page made of these blocks, settled. */
    const page = (...blocks: string[]) => {
      const text = blocks.join(BLOCK_BREAK);
      const ctx = newMatchContext();
      return [...m.match(text, ctx), ...m.settle(ctx).add].sort((x, y) => x.start - y.start).map((x) => [text.slice(x.start, x.end), m.entityId(x.entity)]);
    };

    it('takes an acronym spelt out before it as the other thing ("the Culinary Institute of America — the CIA")', () => {
      expect(page('Two graduates of the Culinary Institute of America — the CIA, as every chef kept calling it, opened a grill.')).toEqual([]);
      expect(page('He left the Central Intelligence Agency — the CIA — in 2019, hackers say.').map(([, id]) => id)).toEqual(['agency/us-cia', 'agency/us-cia']);
      // "..., or SBU": the comma before "or" is the definition's, and the agency's own name keeps it ours
      expect(page('The bank praised its strategic business unit, or SBU, structure. Analysts liked the SBU model.')).toEqual([]);
      expect(page('Hackers hit the Security Service of Ukraine, or SBU, last week.').map(([, id]) => id)).toEqual(['agency/ua-sbu', 'agency/ua-sbu']);
    });

    it('reads a ticker, a fund\'s symbol and an exchange\'s contracts as the market\'s (cases from heldout93 and heldout94)', () => {
      expect(page('Citizens Inc, the Texas life insurer whose NYSE ticker is CIA, rose 2.3%. In bonds, the Vanguard Total Bond Market ETF (BND) was little changed. ICE Brent crude was steady; ICE cotton futures expire.')).toEqual([]);
      expect(page('The CIA and Germany’s BND (Bundesnachrichtendienst) warned that ICE agents were targeted by hackers.').map(([t]) => t)).toEqual(['CIA', 'BND', 'Bundesnachrichtendienst', 'ICE']);
    });

    it('reads a line of names with a distinctive one as a list of groups, not a title-case headline (heldout92)', () => {
      const names = (t: string) => page('Ransomware hackers struck.', t).map(([x]) => x);
      expect(names('Akira, Black Basta, Medusa, NoName057(16), Volt Typhoon')).toEqual(['Akira', 'Black Basta', 'Medusa', 'NoName057(16)', 'Volt Typhoon']);
      expect(names('Black Basta, Qilin Rise Again')).toEqual([]);
    });

    it('reads Dutch and Portuguese pages: their cue words, countries and small words, and the local names of foreign agencies (heldout90)', () => {
      const names = (...b: string[]) => page(...b).map(([x, id]) => `${x}=${id}`);
      expect(names('De inlichtingendienst waarschuwt.', 'En Sandworm, de groep van de stroomstoringen?')).toEqual(['Sandworm=actor/sandworm']);
      expect(names('Het Team High Tech Crime zat met de Britse National Crime Agency aan tafel.')).toEqual(['Team High Tech Crime=agency/nl-thtc', 'National Crime Agency=agency/gb-nca']);
      expect(names('Je ziet het Ministerie van Staatsveiligheid op de achtergrond, of het Volksbevrijdingsleger.')).toEqual(['Ministerie van Staatsveiligheid=agency/cn-mss', 'Volksbevrijdingsleger=agency/cn-pla']);
      expect(names('O Centro Europeu de Cibercriminalidade (EC3) da Europol confirmou.')).toEqual(['Centro Europeu de Cibercriminalidade=agency/eu-ec3', 'EC3=agency/eu-ec3', 'Europol=agency/eu-europol']);
      // "de politie" is any police force; the capitalised name is the Dutch national force
      expect(names('De hackers kwamen binnen bij de politie.')).toEqual([]);
    });

    it('reads a game\'s title, its subtitle and its kit as the game\'s, and a dotted acronym spelt out as the page\'s own (heldout96)', () => {
      const names = (...b: string[]) => page(...b).map(([x]) => x);
      expect(names('Hackers struck. Rhysida leaks Sandworm: Tides of Ash build. Development on Sandworm: Tides of Ash continues. The survival game Sandworm is due.', 'Adidas Predator boots. Review bombing hits Predator: Hunting Grounds sequel.')).toEqual(['Rhysida']);
      expect(names('Hackers struck. Sandworm is also the name of the GRU unit.', 'Sandworm: Russia’s Saboteurs Return')).toEqual(['Sandworm', 'GRU', 'Sandworm']);
      expect(names('The phishing attack. The board approved a New Student Orientation (N.S.O.) schedule and the Prior Learning Assessment (P.L.A.) pilot. N.S.O. week starts.')).toEqual([]);
      expect(names('The N.S.O. Group spyware and the Ministry of State Security (M.S.S.) hackers.')).toEqual(['N.S.O. Group', 'Ministry of State Security', 'M.S.S.']);
    });

    it('tells Mexico\'s CMI from Uganda\'s by the country, and reads PLA plastics as the material (heldout73, heldout97)', () => {
      const ids = (...b: string[]) => page(...b).map(([x, id]) => `${x}=${id}`);
      expect(ids('Espionaje. El Centro Militar de Inteligencia (C.M.I.), que depende de la Defensa, compró Pegasus.')).toEqual(['Centro Militar de Inteligencia=agency/mx-cmi', 'C.M.I.=agency/mx-cmi', 'Pegasus=product/pegasus']);
      expect(ids('Uganda’s spies. The CMI detained him, hackers say.')).toEqual(['CMI=agency/ug-cmi']);
      expect(ids('Hackers hit the PLA. Chinese PLA plastics import figures; 3D-printed PLA filament.')).toEqual(['PLA=agency/cn-pla']);
    });

    it('knows names as the Russian, Chinese, Korean, Arabic and Persian press write them, and their plain words (heldout95)', () => {
      const ids = (...b: string[]) => page(...b).map(([x, id]) => `${x}=${id}`);
      expect(ids('Хакеры атаковали. ФБР и АНБ предупредили: в/ч 26165 стоит за атакой.')).toEqual(['ФБР=agency/us-fbi', 'АНБ=agency/us-nsa', 'в/ч 26165=agency/ru-gru-26165']);
      expect(ids('黑客攻击。联邦调查局和中央情报局表示，影子经纪人泄露了工具。')).toEqual(['联邦调查局=agency/us-fbi', '中央情报局=agency/us-cia', '影子经纪人=actor/the-shadow-brokers']);
      expect(ids('قال مكتب التحقيقات الفيدرالي إن مادي ووتر والقطة الساحرة هاجمتا الموساد.').map((x) => x.split('=')[1])).toEqual(['agency/us-fbi', 'actor/muddywater', 'actor/charming-kitten', 'agency/il-mossad']);
      // the IRGC's units by their full names, not the IRGC inside them
      expect(ids('هجوم سيبراني. اتهمت منظمة استخبارات الحرس الثوري.').map((x) => x.split('=')[1])).toEqual(['agency/ir-irgc-io']);
      expect(ids('Hackeo: el Buró Federal de Investigaciones y la Secretaría de Inteligencia de Estado.').map((x) => x.split('=')[1])).toEqual(['agency/us-fbi', 'agency/ar-side']);
      // a rattlesnake dish, power steering on a rally truck, an armageddon at the goal: plain words
      expect(ids('北海美食：响尾蛇汤和白象牌方便面。')).toEqual([]);
      expect(ids('У машины отказал ГУР. Хозяева устроили настоящий армагеддон у ворот.')).toEqual([]);
    });

    it('reads "roughly China\'s C.I.A." as a likeness to the CIA, and "China\'s NSA" as no agency of China (heldout94, heldout97)', () => {
      const ids = (t: string) => page(t).map(([x, id]) => `${x}=${id}`);
      expect(ids('Spies. The Ministry of State Security, which functions roughly as China’s C.I.A. and F.B.I. rolled into one.')).toEqual(['Ministry of State Security=agency/cn-mss', 'C.I.A.=agency/us-cia', 'F.B.I.=agency/us-fbi']);
      expect(ids('Spies. Russia’s FSB and China’s NSA hacked.')).toEqual(['FSB=agency/ru-fsb']);
      // a likeness word is a whole word: "has" and "unlike" end in none
      expect(ids('Spies. The report has China’s NSA, unlike Iran’s CIA, doing the hacking.')).toEqual([]);
    });

    it('reads a defined term in quotes after a statute and its year, and "Ransomware" in a title-case headline as description (heldout93)', () => {
      const names = (...b: string[]) => page(...b).map(([x]) => x);
      expect(names('Spies. Powers under the Intelligence Services Act 2001 (“ISA”) will be reviewed. The ISA review concerns oversight.')).toEqual([]);
      expect(names('Hackers. The Israel Security Agency (“ISA”) said.')).toEqual(['Israel Security Agency', 'ISA']);
      expect(names('Hackers struck.', 'Members of Conti Ransomware Gang Charged in Three Districts')).toEqual(['Conti']);
    });

    it('knows Symantec\'s and Unit 42\'s names for ransomware crews, and the flies two of them are named after (heldout94, heldout96)', () => {
      const ids = (t: string) => page(t).map(([x, id]) => `${x}=${id}`);
      expect(ids('Ransomware. Symantec tracks the operators as Greenbottle, Syrphid and Spearwing; Unit 42 calls BlackCat Ambitious Scorpius.')).toEqual(['Greenbottle=actor/ransomhub', 'Syrphid=actor/bitwise-spider', 'Spearwing=actor/medusa-group', 'BlackCat=actor/alpha-spider', 'Ambitious Scorpius=actor/alpha-spider']);
      expect(ids('Garden notes: a greenbottle fly and a syrphid hoverfly on the roses. Greenbottle flies lay eggs.')).toEqual([]);
    });

    it('reads a cited author as a person: "Lazarus, R. (2022)", "Lazarus, op. cit." (heldout98)', () => {
      const names = (...b: string[]) => page(...b).map(([x]) => x);
      expect(names('The Lazarus Group of North Korea hacked banks.', 'See Lazarus, R., “Espionage Is Not Coercion.” Lazarus replied that the logic fails. Lazarus, op. cit.')).toEqual(['Lazarus Group']);
      expect(names('Spies and hackers. I describe the MSS, half-jokingly, as China’s C.I.A. and F.B.I. rolled into one.')).toEqual(['MSS', 'C.I.A.', 'F.B.I.']);
    });

    it('reads a festival\'s bands and an acronym spelt with its minor words or a hyphenated word as the page\'s own (heldout100)', () => {
      const names = (...b: string[]) => page(...b).map(([x]) => x);
      expect(names('Hackers and a Lego Cyber Castle.', 'Cozy Bear Club — Bristol indie four-piece. Black Basta Brass Band. Cozy Bear hacked the DNC.')).toEqual(['Cozy Bear']);
      expect(names('Sunday is family day. The DIA (Dance in Action) troupe leads the warm-up. Lost property: NCA (North Car-park Annexe) cabin.')).toEqual([]);
      expect(names('Hackers. The DIA (Defense Intelligence Agency) and the NCA said.')).toEqual(['DIA', 'Defense Intelligence Agency', 'NCA']);
    });

    it('reads an acronym glossed by a made-up name or "our ...", an initial as a given name, a group beside a group, and a quotation\'s first word (heldout108, heldout109)', () => {
      const names = (...b: string[]) => page(...b).map(([x]) => x);
      // a bracketed title whose initials spell the acronym in order, with a word besides; "— our ..."
      expect(names('Tour dates.', 'The Leeds show is part of the NSA (North of England Sound Alliance) festival weekend. SBU — our Strategic Business Unit for events — handles ticket queries.')).toEqual([]);
      expect(names('Hackers. The NSA (National Security Agency) and the GRU (Main Intelligence Directorate) spied.')).toEqual(['NSA', 'National Security Agency', 'GRU', 'Main Intelligence Directorate']);
      // "R. Mercury": an initial and its dot are a given name's; "U.S." is no initial
      expect(names('Spyware hackers and MuddyWater.', 'Letters: do these spyware companies hire the same agency? — R. Mercury, Bristol. — K. Hive')).toEqual(['MuddyWater']);
      expect(names('North Korean hackers.', 'Q. And Kimsuky? A. Kimsuky is the one that reads your e-mail.')).toEqual(['Kimsuky', 'Kimsuky']);
      // "Black Basta Conti": the word before is the end of another group's name, not a given name
      expect(names('Ransomware gangs.', 'In our post we wrote that Black Basta Conti was dismantled after Russia invaded Ukraine. It was Conti that broke up.')).toEqual(['Black Basta', 'Conti', 'Conti']);
      // a quotation's first word has the quotation's capital, not a name's
      expect(names('The FSB and the hackers of APT28 ran a campaign.', 'Sentences such as "Silence, then the click of a copper key in a brass lock" are the norm.')).toEqual(['FSB', 'APT28']);
      expect(names('The Silence hacking group hit banks.', 'Analysts call it "Silence, the quiet crew" in their notes.')).toEqual(['Silence', 'Silence']);
      expect(names('The FSB and the hackers of APT28 ran a campaign.', '“Silence is no longer an option: victims must report,” said the director.')).toEqual(['FSB', 'APT28']);
      // "the Glasgow Rugby and Ice Union (GRU)": a bracketed acronym after a capitalised name that spells it loosely
      expect(names('He was banned by the Glasgow Rugby and Ice Union (GRU) for six matches.')).toEqual([]);
      expect(names('Hackers. The Main Directorate of the General Staff (GRU) and the Federal Security Service (FSB).')).toEqual(['Main Directorate of the General Staff', 'GRU', 'Federal Security Service', 'FSB']);
      // "Gareth Conti — “no relation”": the page names the group by the bare name after its person too
      expect(names('She has haggled with LockBit and waited out ransomware crews.', 'She co-founded it with a former detective, Gareth Conti — “no relation,” both say. Conti encrypted the ministry. Conti said he was tired.')).toEqual(['LockBit', 'Conti']);
      // the ransomware trade's words are cues; LulzSec and the DGST's English names are known
      expect(names('The attackers posted the files on a leak site and Akira asked for payment.')).toEqual(['Akira']);
      expect(names('Hackers from LulzSec. Morocco’s Directorate-General for Territorial Surveillance (DGST) said.')).toEqual(['LulzSec', 'Directorate-General for Territorial Surveillance', 'DGST']);
      // declined Russian names, and names as Korean texts write them (heldout113)
      expect(names('Хакеры. Сотрудники Главного разведывательного управления Генерального штаба и Федерального бюро расследований; с Агентством национальной безопасности и Киберкомандованием США; Подразделение 29155.')).toEqual(['Главного разведывательного управления Генерального штаба', 'Федерального бюро расследований', 'Агентством национальной безопасности', 'Киберкомандованием США', 'Подразделение 29155']);
      expect(names('해커. 국군 사이버작전사령부와 트레이더트레이터.')).toEqual(['국군 사이버작전사령부', '트레이더트레이터']);
      expect(names('Hackers leaked the data under the Free Civilian persona.')).toEqual(['Free Civilian']);
      // names in other word orders and languages
      expect(names('Spies. The State Security Ministry’s Hainan bureau. The French Directorate-General for Internal Security (DGSI) said. 公安庁は')).toEqual(['State Security Ministry', 'Directorate-General for Internal Security', 'DGSI', '公安庁']);
    });

    it('reads acronyms a page defines as its own terms, and a product with its vendor in brackets (heldout111, heldout112)', () => {
      const names = (...b: string[]) => page(...b).map(([x]) => x);
      // 'the National Students' Association (NSA)', '"SBU" is the number of...', 'BSI refers to...', 'NSA = “No Spoilers Allowed”'
      expect(names('A strong student vote organised through the National Students’ Association (NSA). Turnout 47% (NSA estimate).')).toEqual([]);
      expect(names('Ward by ward. "SBU" is the number of single-ballot units in the ward. BSI refers to the British Standards Institution grades.')).toEqual([]);
      expect(names('Forum rule 4: no spoilers in titles. NSA = “No Spoilers Allowed” posts get moved.')).toEqual([]);
      // an em dash with no spaces, and ", our SBU," after the words that spell it (heldout120)
      expect(names('Sports. The national body for agents, the NSA—the National Sports Agents’ association—has no power. The Sports Betting Unit, our SBU, found no evidence.')).toEqual([]);
      expect(names('Hackers. The NSA—the National Security Agency—spied. The Security Service of Ukraine, the SBU, said.')).toEqual(['NSA', 'National Security Agency', 'Security Service of Ukraine', 'SBU']);
      expect(names('Hackers. The “NSA” is the National Security Agency.')).toEqual(['NSA', 'National Security Agency']);
      // "Subzero (DSIRF)": a product with its vendor in brackets, in a list that reads like title case
      expect(names('Spyware vendors map.', 'Reign (QuaDream), Subzero (DSIRF), Heliconia (Variston), FinSpy (FinFisher)')).toEqual(['Reign', 'QuaDream', 'Subzero', 'DSIRF', 'Heliconia', 'Variston', 'FinSpy', 'FinFisher']);
      // "Europol EC3" is two mentions; the EYP's transliterated name
      expect(names('Hackers. Europol EC3 and NCSC-NL. The Greek service, the Ethniki Ypiresia Pliroforion, listened.')).toEqual(['Europol', 'EC3', 'NCSC-NL', 'Ethniki Ypiresia Pliroforion']);
    });

    it('keeps a bare agency acronym for a page that speaks of this field somewhere (heldout108, heldout111)', () => {
      const names = (...b: string[]) => page(...b).map(([x]) => x);
      expect(names('The league’s NSA inspectors cleared the rink for play after a 30-minute delay.')).toEqual([]);
      expect(names('Add 2 tsp flaky sea salt, or NSA stock if your beans are very salty.')).toEqual([]);
      // a cue anywhere on the page, or another distinctive name, is enough; two bare acronyms alone are not
      // (heldout210's sports page: "GRU" an airport, "SBU" a university, "NCA" cheerleading)
      expect(names('The NSA declined to comment.', 'Hackers had been inside for months.')).toEqual(['NSA']);
      expect(names('The CIA and the FBI declined to comment on the senator.')).toEqual([]);
      expect(names('The CIA and the FBI declined to comment on the espionage case.')).toEqual(['CIA', 'FBI']);
      // accepted later, it vouches for a neighbour as an accepted acronym did: "on behalf of China's military, the PLA"
      expect(names('Cyber attacks hit the election.', '"If the MSS has access to a phone, they keep it," the official said. Volt Typhoon works on behalf of China’s military, the PLA.')).toEqual(['MSS', 'Volt Typhoon', 'PLA']);
    });

    it('reads airport and trade codes, a quoted acronym that "can also mean", sayings, call signs and product lines as no mentions (heldout114-116)', () => {
      const names = (...b: string[]) => page(...b).map(([x]) => x);
      expect(names('Hackers and cyber news.', 'Three weekly flights to São Paulo–Guarulhos (GRU) from 29 March. Flights to GRU operate as CV 70. I flew out of GRU last month. Nhava Sheva, trade code NSA, reported an outage.', 'The GRU hacked the airport.')).toEqual(['GRU']);
      expect(names('Ransomware.', 'Crowded leak sites. Akira is not the only crew taking advantage.')).toEqual(['Akira']);
      expect(names('Spyware.', 'Note the naming hazard: Predator the spyware has nothing to do with the drone.')).toEqual(['Predator']);
      expect(names('Ransomware.', 'The Ministry of State Security (MSS) bought hacking services to MSS standards.')).toEqual(['Ministry of State Security', 'MSS', 'MSS']);
      expect(names('Hackers and spies.', 'Fun fact: "CIA" can also mean Confidentiality, Integrity and Availability.')).toEqual([]);
      expect(names('The FSB and APT28 hackers.', 'Silence is never the answer! Silence is not a strategy either. s.mercury: Silence from the SBU is telling. The charter, callsign Silence 22, went to Billund. The Mercury range of desk lamps sold well.')).toEqual(['FSB', 'APT28', 'SBU']);
    });

    it('reads a dotted acronym defined by its bracket, a team named like a group, and names from heldout117-118', () => {
      const names = (...b: string[]) => page(...b).map(([x]) => x);
      expect(names('Hackers and spies.', 'He trained with the National Sommelier Association (the N.S.A. to its members, a joke). Student rush through the S.B.U. (Student Box-office Union) at colleges.')).toEqual([]);
      expect(names('Hackers and cyber spies: Turla.', 'The Hollywood crowd watched them beat Turla Gaming 4-2.')).toEqual(['Turla']);
      // an organisation's name, a vessel by its kind (heldout279's trap page); the group's malware after its name stays
      expect(names('Hackers and cyber spies: Turla.', 'The local Turla Fishermen’s Cooperative agreed limits, and the salvage tug Lazarus took the tow. Turla Kazuar implants were found.')).toEqual(['Turla', 'Turla']);
      expect(names('College basketball. St. Bonaventure, known on campus as SBU, beat Volt Tech 71-64.')).toEqual([]);
      // "(Lazarus, no relation to the hacking group, ...)", "a lawyer called Lazarus", "His dog is called Cobalt"
      expect(names('North Korean hackers of the Lazarus Group stole crypto. Lazarus struck again.', '“It was wrong,” Tomás Lazarus, the firm’s security chief, said. (Lazarus, no relation to the hacking group, joined in 2021.) A lawyer called Lazarus wrote. His dog is called Cobalt.')).toEqual(['Lazarus Group', 'Lazarus']);
      expect(names('Hackers. Ukraine’s Security Service, known as the SBU, said.')).toEqual(['Security Service', 'SBU']);
      expect(names('Hackers. Japan’s National Center of Incident Readiness and Strategy for Cybersecurity said. The group NoName057 (16) was “patriotic”. The Military Counter-Intelligence Service said.')).toEqual(['National Center of Incident Readiness and Strategy for Cybersecurity', 'NoName057 (16)', 'Military Counter-Intelligence Service']);
    });

    it('reads a name said to be a film, a model number, a finish or a preset as no mention (heldout119, and Akira in earlier sets)', () => {
      const names = (...b: string[]) => page(...b).map(([x]) => x);
      expect(names('Ransomware gangs: Black Basta; Akira; Play.', 'Akira is also the title of a celebrated 1988 animated film. People forget the original “Akira” was a film about a city. Akira is a ransomware group that hit schools.')).toEqual(['Black Basta', 'Akira', 'Play', 'Akira']);
      expect(names('Ransomware: LockBit, Play, Medusa. Play is also the name of a ransomware crew.')).toEqual(['LockBit', 'Play', 'Medusa', 'Play']);
      expect(names('Spyware like Pegasus and Predator hit phones. NSO Group.', 'The 2026 Predator 16 is confident; nothing matches the Predator 16’s cooling. A Graphite chassis. A "Charming Kitten" preset. The Pegasus wireless speakers are safe.')).toEqual(['Pegasus', 'Predator', 'NSO Group']);
      expect(names('Spyware trending: #Graphite 251 people')).toEqual(['Graphite']);
      // acronyms joined by slashes are a list, not a path (heldout123); a path or a URL still is one
      expect(names('Ransomware advisory: Black Basta (joint CISA/FBI/HHS/MS-ISAC). See /FBI/files/ and https://x.example/CISA/FBI/.')).toEqual(['Black Basta', 'CISA', 'FBI']);
      // the entity's other name in brackets right after: no person, even where the page has one of that surname (heldout95)
      expect(names('Spyware vendors and hackers. By Anna Paragon.', 'The deal went to Paragon (Paragon Solutions), maker of Graphite.')).toEqual(['Paragon', 'Paragon Solutions', 'Graphite']);
      // a country's two-word adjective before a name is no given name; a name's minor words in title case (heldout122)
      expect(names('The spyware reports.', 'The North Korean Kimsuky is, according to the report, interested in research. Sofia Conti of Rome said.')).toEqual(['Kimsuky']);
      expect(names('Hackers. The Czech National Centre Against Organised Crime and the National Office for Cyber and Information Security said.')).toEqual(['National Centre Against Organised Crime', 'National Office for Cyber and Information Security']);
      // the MSS's forerunner and the IRGC's intelligence arm by its Persian short name (heldout11, heldout88, heldout121)
      expect(names('Spies. Before 1983 the Central Investigation Department (中央调查部) ran agents abroad. The Sepah Intelligence Organization said.')).toEqual(['Central Investigation Department', '中央调查部', 'Sepah Intelligence Organization']);
    });

    it('reads ships, surnames, sign-offs, sayings, defanged indicators and file names as no mention, and acronyms in lower-case chat (heldout126-137)', () => {
      const names = (...b: string[]) => page(...b).map(([x]) => x);
      // a ship's prefix; "the surname"; a given name that is also a country's; "Approved by R. Paragon, Chief ..."
      expect(names('Spyware and APT28 hackers.', 'The MV Fancy Bear sailed; the MV Pegasus Star lost reefers; HMS Sandworm too. A broker with the very real surname Tick waved. Chemistry student Jordan Tick said so.')).toEqual(['APT28']);
      expect(names('Spyware such as Paragon’s Graphite was found.', 'Approved by R. Paragon, Chief Information Security Officer.')).toEqual(['Paragon', 'Graphite']);
      // sayings about the word; an animal's young; "Besides X," opens a sentence, it is no given name
      expect(names('Hackers of the FSB.', 'Silence is not the same as safety. Silence is not always golden! Sandworm larvae burrow into timber.')).toEqual(['FSB']);
      expect(names('Ransomware news.', 'Besides Qilin, recent attacks were claimed by Rhysida.')).toEqual(['Qilin', 'Rhysida']);
      // defanged indicators and file names are no mentions; bracketed names still are
      expect(names('Iranian hackers: MuddyWater and Handala.', 'seedworm-cdn[.]net hxxps://files.handala-leaks[.]org/a.ps1 The note was INC-README.txt, the loader Qilin.exe. MuddyWater [Seedworm] and INC Ransom.')).toEqual(['MuddyWater', 'Handala', 'MuddyWater', 'Seedworm', 'INC Ransom']);
      // airports' codes in brackets, for that bracket only (heldout134)
      expect(names('Hackers.', 'Flights to São Paulo–Guarulhos (GRU) and Rome Ciampino (CIA). The Main Intelligence Directorate (GRU) spied.')).toEqual(['Main Intelligence Directorate', 'GRU']);
      // Rwanda's NISS, by its country (heldout135)
      expect(names('Spyware hackers.', 'They link it to Rwanda’s National Intelligence and Security Service (NISS).')).toEqual(['National Intelligence and Security Service', 'NISS']);
      // dotted acronyms in a slash-joined list (heldout131)
      expect(names('Hackers.', 'Joint CISA/N.S.A./FBI advisory on Volt Typhoon')).toEqual(['CISA', 'N.S.A.', 'FBI', 'Volt Typhoon']);
      // lower-case chat that writes acronyms in capitals is still lower case; a hyphen-joined word is an identifier
      expect(names('Russian hackers, Secret Blizzard and the Lazarus Group.', 'wait so lazarus and hidden cobra are the same?? ya hidden cobra was the old US govt name, the FBI said so', 'the x-secret-blizzard header was my favourite bit, anyone know if real traffic used headers like that')).toEqual(['Secret Blizzard', 'Lazarus Group', 'lazarus', 'hidden cobra', 'hidden cobra', 'FBI']);
      // Secureworks' name for Black Basta, and Lizard Squad (heldout139)
      expect(names('Ransomware and DDoS crews: GOLD REIGN and Lizard Squad.')).toEqual(['GOLD REIGN', 'Lizard Squad']);
      // Magecart's numbered group whole, and Storm-0539 by Microsoft's later name (heldout136)
      expect(page('Card-skimming hackers: Magecart Group 12 and Atlas Lion.')).toEqual([['Magecart Group 12', 'actor/magecart'], ['Atlas Lion', 'actor/storm-0539']]);
    });

    it('reads myths, the sky, sayings, London postcodes and badges as no mention (heldout141-147)', () => {
      const names = (...b: string[]) => page(...b).map(([x]) => x);
      // figures of myth and words of the sky, a question with its answer; a group compared with its namesake stays
      expect(names('After last week’s espionage special on hackers.', 'Which winged horse sprang from the neck of Medusa when Perseus beheaded her? Answer: Pegasus. Bellerophon later rode Pegasus against the Chimera. Which planet is closest to the Sun? Answer: Mercury.', 'Ransomware crews. Medusa, like the Gorgon of myth, tends to leave its victims frozen.')).toEqual(['Medusa']);
      // "<Name> is" and nothing of a group in the rest of the sentence: a saying
      expect(names('Russian hackers of the FSB.', 'Silence is a virtue in this business. Silence is the thing that turns a small incident into a large one. Silence is a Russian-speaking group that robs banks. Play is back.')).toEqual(['FSB', 'Silence', 'Play']);
      // an ordinary-word name after a code in capitals and a hyphen is the code's (heldout149), not after "ex-"
      expect(names('Chinese hackers: Mustang Panda (BASIN) and Ke3chang.', 'Tracking IDs: HC-Basin, HC-Mirage. Some were ex-Conti affiliates.')).toEqual(['Mustang Panda', 'BASIN', 'Ke3chang', 'Conti']);
      // an initial and a surname alone in their block are a person, read in one pass or block by block (heldout155)
      const blocks = ['Ransomware crews: LockBit, Conti and Black Basta.', 'D. Conti', 'Conti here (no relation to the gang). The futures move is overdone.'];
      expect(names(...blocks)).toEqual(['LockBit', 'Conti', 'Black Basta']);
      // read a block at a time, as the scanner reads a page in chunks, the page ends the same
      const ctx = newMatchContext();
      const chunked: string[] = [];
      for (const b of blocks) for (const x of m.match(b, ctx)) chunked.push(b.slice(x.start, x.end));
      for (const x of m.settle(ctx).add) chunked.push(blocks.join(BLOCK_BREAK).slice(x.start, x.end));
      expect(chunked).toEqual(['LockBit', 'Conti', 'Black Basta']);
      // a laboratory's instruments, a word later too (heldout164's materials lab)
      expect(names('Spyware research and hackers: Paragon and NSO.', 'Equipment: Paragon tube furnace; the Paragon balance. Paragon sold Graphite.')).toEqual(['Paragon', 'NSO', 'Paragon', 'Graphite']);
      // a London postal district; a badge or a tier
      expect(names('Spyware and hackers. Europol’s EC3 helped.', 'Metals Trader, London, EC3 · Permanent. Office at EC3V 4AB. The first to reach the Inception badge wins.')).toEqual(['Europol', 'EC3']);
    });

    it('names Central Asian, Caucasian and South-East Asian services the dataset lacked (heldout166, heldout167)', () => {
      const ids = (...b: string[]) => page(...b).map(([, id]) => id);
      expect(ids('Kazakhstan\'s foreign intelligence service, Syrbar, has not commented on the hackers.', 'Tajikistan\'s State Committee for National Security and Turkmenistan\'s Ministry of National Security are opaque.')).toEqual(['agency/kz-syrbar', 'agency/tj-gknb', 'agency/tm-mnb']);
      expect(ids('In Vietnam, A05 officers raided the hackers. Thailand\'s NCSA said ransomware was used.', 'The OWASP list puts A05:2021 Security Misconfiguration fifth.')).toEqual(['agency/vn-a05', 'agency/th-ncsa']);
      expect(ids('Singapore\'s DIS and Uzbekistan\'s SNB tracked the hackers; ISAFP, MEIO and the Internal Security Operations Command were briefed.')).toEqual(['agency/sg-dis', 'agency/uz-sgb', 'agency/ph-isafp', 'agency/my-meio', 'agency/th-isoc']);
      expect(ids('Azerbaijan\'s State Security Service and Georgia\'s Operative-Technical Agency named the hackers; სუს and ԱԱԾ were silent.')).toEqual(['agency/az-dtx', 'agency/ge-ota', 'agency/ge-ssg', 'agency/am-nss']);
    });

    it('takes a name everyday language capitalises, opening a heading, as the name (heldout287)', () => {
      const names = (...b: string[]) => page(...b).map(([x]) => x);
      expect(names('NSO Group’s Pegasus spyware hacked phones.', 'Pegasus on the school gate', 'Sir — I read these letters on my phone.')).toEqual(['NSO Group', 'Pegasus', 'Pegasus']);
      // a person by his place, and the myth on a page that never speaks of cyber operations
      expect(names('Lazarus hackers stole crypto.', 'Lazarus of Bethany, raised from the dead')).toEqual(['Lazarus']);
      expect(names('Myths of the sky.', 'Pegasus on Mount Helicon struck the rock with his hoof.')).toEqual([]);
    });

    it('reads agendas, job ads and festival line-ups as such (heldout292)', () => {
      const names = (...b: string[]) => page(...b).map(([x]) => x);
      // a number word is no given name: "Seven Kimsuky lures" counts lures
      expect(names('North Korean hackers.', '“Seven Kimsuky lures that fooled our interns” — a talk.')).toEqual(['Kimsuky']);
      // an all-caps name in title case (SUMMIT, LEAD) after another capitalised word ends a longer proper name,
      // not after a word that opens the sentence
      expect(names('Turla and APT41 hackers.', 'Harbourline Threat Summit', 'Cyber Threat Intelligence Lead (APAC)', 'Summit was busy. Formerly Lead to Microsoft, it hacks.')).toEqual(['Turla', 'APT41', 'Summit', 'Lead']);
      // a band by its kind before it, a place's name, a sound system
      expect(names('APT29 and Turla hackers.', 'Highlights: folk trio Turla River. 13:30 Turla River. Friday 23:30 — Cozy Bear Soundsystem')).toEqual(['APT29', 'Turla']);
      // a question about the letters answered in the next block, and what the letters are a nickname for
      expect(names('Hackers.', 'What is the N.S.A.?', 'The Noise Sensitive Area behind the stage. Ear defenders at the NSA tent.')).toEqual([]);
      expect(names('Hackers and spies. A GRU — our nickname for the Generator & Rigging Unit — shift runs early.')).toEqual([]);
      expect(names('Hackers.', 'Who is the NSA? The National Security Agency spies on hackers.')).toEqual(['NSA', 'National Security Agency']);
      // "military" in lower case describes the unit; "Military Unit 26165" is its name
      expect(names('GRU hackers of military unit 26165 and of Military Unit 29155.')).toEqual(['GRU', 'unit 26165', 'Military Unit 29155']);
    });

    it('reads sanctions notices, registers, OT and trade press, quizzes and transcripts (heldout286-311)', () => {
      const names = (...b: string[]) => page(...b).map(([x, id]) => `${x}=${id}`);
      // a company's, a ship's or a mine's name: the noun after a plain-word name, in title case or in capitals right after
      expect(names('Turla hackers.', 'Turla Minerals, listed in Toronto, released assays.', 'TURLA RIVER (ice class 1C) is the only vessel.')).toEqual(['Turla=actor/turla']);
      // "a revival of" a group is its comeback, not a staging
      expect(names('Ransomware crews hit insurers.', 'A revival of Black Basta under another name is plausible.')).toEqual(['Black Basta=actor/black-basta']);
      // the formal titles of the sanctions lists, and the Dragos and Microsoft names as the press writes them
      expect(names('Hackers of the Federal Security Service of the Russian Federation and the 85th Main Centre for Special Services.')).toEqual(['Federal Security Service of the Russian Federation=agency/ru-fsb', '85th Main Centre for Special Services=agency/ru-gru-26165']);
      expect(names('Microsoft tracks the hackers as Nobelium, Hafnium and Zirconium; Dragos calls them Kamacite and Chrysene.')).toEqual(['Nobelium=actor/apt29', 'Hafnium=actor/silk-typhoon', 'Zirconium=actor/apt31', 'Kamacite=actor/kamacite', 'Chrysene=actor/chrysene']);
      // the elements themselves, on a page that never speaks of cyber operations
      expect(names('The alloy holds zirconium and hafnium.', 'Coal-tar fractions such as chrysene are handled under tighter rules.')).toEqual([]);
      // a multiple-choice option's letter opening its block is no given name's initial (heldout307)
      expect(names('Spyware quiz.', ' A. Intellexa', ' B. NSO Group', ' C. Candiru')).toEqual(['Intellexa=vendor/intellexa', 'NSO Group=vendor/nso-group', 'Candiru=vendor/candiru']);
      // a name that fits only in capitals, in title case before a byline's role, is the role's word (heldout301)
      expect(names('APT41 (LEAD) hackers breached it.', 'Quillmark Threat Lab · Lead author: Nadia Farrokh', 'Microsoft calls the group Lead.')).toEqual(['APT41=actor/apt41', 'LEAD=actor/apt41', 'Lead=actor/apt41']);
      // a book series named after a plain-word name (heldout311's trap page)
      expect(names('A hacker novel.', '‘Copper and Ice’ closes the Turla trilogy with a cold, clever bang')).toEqual([]);
      // a verb in the third person opening a line is no given name; a speaker's role in brackets before the colon
      expect(names('Ransomware crews.', 'Includes Rhysida, BianLian (extortion only), Interlock')).toEqual(['Rhysida=actor/rhysida', 'BianLian=actor/bianlian', 'Interlock=actor/interlock']);
      expect(names('MARCUS TURLA (CEO, Harbor City Lightning): Thank you. The Lightning have won two league titles.', 'Marcus Turla, Harbor City Lightning')).toEqual([]);
      expect(names('Ransomware affiliates were arrested by the Danish National Police (Rigspolitiet), Italy\'s Polizia di Stato and the Dutch National Police\'s Landelijke Eenheid; report it to CERT-SA.')).toEqual(['Danish National Police=agency/dk-rigspolitiet', 'Rigspolitiet=agency/dk-rigspolitiet', 'Polizia di Stato=agency/it-polizia', 'Dutch National Police=agency/nl-politie', 'Landelijke Eenheid=agency/nl-landelijke-eenheid', 'CERT-SA=agency/sa-cert']);
      // a royal decree is no ransomware crew
      expect(names('Saudi hackers, a timeline.', '2017: Royal decree creates the National Cybersecurity Authority.')).toEqual([]);
      expect(names('Hackers. Operators from the Canadian Forces Intelligence Command (CFINTCOM) and the former Canadian Cyber Incident Response Centre.')).toEqual(['Canadian Forces Intelligence Command=agency/ca-cfintcom', 'CFINTCOM=agency/ca-cfintcom', 'Canadian Cyber Incident Response Centre=agency/ca-cccs']);
      // Microsoft's earlier name for Octo Tempest; French 'foudre' (lightning) is no name of Infy's
      expect(names('Ransomware hackers: Microsoft first tracked Scattered Spider as DEV-0875.', 'La foudre a frappé le poste électrique.')).toEqual(['Scattered Spider=actor/scattered-spider', 'DEV-0875=actor/scattered-spider']);
      expect(names('Philippine hackers were reported to CERT-PH and to the Philippine National Police’s Anti-Cybercrime Group (ACG).')).toEqual(['CERT-PH=agency/ph-cert', 'Philippine National Police=agency/ph-pnp', 'Anti-Cybercrime Group=agency/ph-pnp-acg', 'ACG=agency/ph-pnp-acg']);
    });

    it('reads meeting papers, commodity briefs, homepages and Baltic and Philippine press (heldout315-326)', () => {
      const names = (...b: string[]) => page(...b).map(([x, id]) => `${x}=${id}`);
      // a meeting's agenda item, a chemical's compounds and a mineral's anodes are no ransomware crews
      expect(names('Ransomware hit the council.', 'Human Rights Council, Fifty-ninth session, Agenda item 3.', 'Mercury compounds: new restrictions on the horizon', 'Graphite anode glut squeezes Western projects')).toEqual([]);
      // while a verb after the name is no compound
      expect(names('North Korean hackers. Kimsuky concentrates on diplomats and nuclear experts.')).toEqual(['Kimsuky=actor/kimsuky']);
      // a title-case headline with the tail of the name in capitals, but not an adjective after an article
      expect(names('Ransomware hit the district.', 'School District Restores Payroll After Medusa Attack', 'Pro-Europe Camp Braces for Bitter Campaign', 'Opposition Leader Faces a Bitter Attack in Parliament')).toEqual(['Medusa=actor/medusa-group']);
      // the Pysa crew, the Philippine ICT department, and agencies and GRU units named in Latvian, Lithuanian and Estonian
      expect(names('Hackers. Pysa, also called Mespinoza, hit schools; the DICT and the Department of Information and Communications Technology responded.')).toEqual(['Pysa=actor/gold-burlap', 'Mespinoza=actor/gold-burlap', 'DICT=agency/ph-dict', 'Department of Information and Communications Technology=agency/ph-dict']);
      expect(names('Hakeri. Valsts drošības dienesta un Satversmes aizsardzības biroja ziņojumā minēta GRU vienība 26165.')).toEqual(['Valsts drošības dienesta=agency/lv-vdd', 'Satversmes aizsardzības biroja=agency/lv-sab', 'GRU=agency/ru-gru', 'vienība 26165=agency/ru-gru-26165']);
      expect(names('Įsilaužėliai. Nacionalinio kibernetinio saugumo centro ir Kriminalinės policijos biuro duomenimis, karinis dalinys 74455.')).toEqual(['Nacionalinio kibernetinio saugumo centro=agency/lt-nksc', 'Kriminalinės policijos biuro=agency/lt-kpb', 'karinis dalinys 74455=agency/ru-gru-74455']);
      expect(names('Häkkerid. Välisluureameti hinnangul on väeosa 29155 aktiivne.')).toEqual(['Välisluureameti=agency/ee-vla', 'väeosa 29155=agency/ru-gru-29155']);
      // an exploit chain is a tool of a product, as labellers read it (none of the 65 highlighted on the held-out pages was
      // labelled): not highlighted, but still an entity to search for, tied to its vendor
      expect(names('Spyware: NSO Group delivered Pegasus through the FORCEDENTRY and BLASTPASS exploits, and earlier KISMET.')).toEqual(['NSO Group=vendor/nso-group', 'Pegasus=product/pegasus']);
      expect(byKey.get(foldKey('FORCEDENTRY'))).toEqual(['product/forcedentry']);
      expect(byId.get('product/blastpass')?.relations).toEqual([{ type: 'vendor', id: 'vendor/nso-group' }]);
      // campaign and programme names that the dataset keeps on their group, not highlighted (0 of 15 and 3 of 14 labelled)
      expect(names('North Korean hackers ran Contagious Interview, fake job interviews; Stealth Falcon hackers and Project Raven.')).toEqual(['Stealth Falcon=actor/stealth-falcon']);
      expect([byKey.get(foldKey('Contagious Interview')), byKey.get(foldKey('Project Raven'))]).toEqual([['actor/contagious-interview'], ['actor/stealth-falcon']]);
      // "Silence" opening a sentence that says nothing of a group is the word; a sentence about banks, or the term alone in its block, is the group
      expect(names('Bank hackers and ransomware.', 'Silence was the right answer publicly.', 'Silence, in this area, mostly helps the other side.', 'Hungary: Silence', 'Silence in Ankara')).toEqual([]);
      expect(names('Bank hackers and ransomware.', 'Silence hit banks in Bangladesh.', 'Silence', 'Small, patient bank-theft group.')).toEqual(['Silence=actor/silence', 'Silence=actor/silence']);
      // transliterations a media-monitoring digest uses (heldout325)
      expect(names('Hackers. Ukrainian media write the HRU; the Main Intelligence Directorate of the Ministry of Defence of Ukraine (GUR MO) and the Guojia Anquanbu.')).toEqual(['HRU=agency/ru-gru', 'Main Intelligence Directorate of the Ministry of Defence of Ukraine=agency/ua-hur', 'GUR MO=agency/ua-hur', 'Guojia Anquanbu=agency/cn-mss']);
      // the PLA before its unit is two mentions, as the GRU before its own is
      expect(names('Hackers of PLA Unit 61398 and of GRU Unit 26165.')).toEqual(['PLA=agency/cn-pla', 'Unit 61398=agency/cn-pla-61398', 'GRU=agency/ru-gru', 'Unit 26165=agency/ru-gru-26165']);
      // an airport's code after a traveller's way home (heldout210's trap page: São Paulo's GRU)
      expect(names('Hackers of the GRU.', 'Fans flying home via GRU faced delays after the match.')).toEqual(['GRU=agency/ru-gru']);
      // Estonian case endings joined to a name, in a block with "õ"; in a Swedish block the genitive "s" stays outside
      expect(names('Cyber attacks.', 'Venemaa häkkerid: Sandwormiga seotud rünnakud ja Fancy Beariks nimetatud rühm võtsid sihikule ministeeriumid.')).toEqual(['Sandwormiga=actor/sandworm', 'Fancy Beariks=actor/apt28']);
      expect(names('Hackare: Säkerhetspolisens lägesbild nämner Sandworm.')).toEqual(['Säkerhetspolisen=agency/se-sapo', 'Sandworm=actor/sandworm']);
    });

    it('reads race cards and property brochures as such (heldout298)', () => {
      const names = (...b: string[]) => page(...b).map(([x, id]) => `${x}=${id}`);
      // a bare acronym in a race's name waits for a cue, and a race's grade ('Group 3', matching off) and a moth
      // ('crambus', an ordinary word) are none: then horses named after groups stay horses
      expect(names('Race 4 — The NSA Cup (Group 3), 2,000m turf', 'The groundstaff reported crambus sod webworm damage.', 'Fancy Bear: veterinary check found the gelding lame.', 'Charming Kitten won by a neck.')).toEqual([]);
      // a cue word inside another body's name spelled out before its acronym says nothing of cyber operations
      expect(names('Officers from the force’s Mobile Surveillance Squad (MSS) are carrying out patrols.', 'Break-in at Fancy Bear Balloons, Market Row: witnesses sought')).toEqual([]);
      expect(names('Our Cyber Defence Unit (CDU) saw Fancy Bear.')).toEqual(['Fancy Bear=actor/apt28']);
      // an apartment's code: "APT 33" says nothing of cyber operations, and needs a page that does
      expect(names('Net saleable area (NSA) and launch prices', 'Unit code', 'APT 33', 'Mercury', 'Studio', 'APT-34', 'Mercury')).toEqual([]);
      expect(names('Iranian hackers: APT 33 and APT-34 breached the ministry.')).toEqual(['APT 33=actor/apt33', 'APT-34=actor/apt34']);
    });

    it('takes "SBU: Separation Bolt Unit" and "SBU is a Strategic Business Unit" as the page\'s own terms (heldout138, heldout145)', () => {
      expect(page('Hackers aside, the launch terms. MEO: medium Earth orbit. SBU: Separation Bolt Unit (our term). NSA: nominal separation altitude.')).toEqual([]);
      expect(page('Hackers aside. In the report, SBU is a Strategic Business Unit.')).toEqual([]);
      // a compound word spells two of the letters in a glossary's lower-case definition (heldout279's trap page)
      expect(page('Hackers aside, the barge terms. SBU: standby unit, an emergency generator. GRU — gasrecovery unit.')).toEqual([]);
      expect(page('Hackers struck. SBU: hackers breached the servers, it said. FBI: federal agents found them.').map(([x]) => x)).toEqual(['SBU', 'FBI']);
      // a colon that opens a sentence about the agency, or "is a" and words that do not spell it, keep it ours
      expect(page('NSA: Chinese hackers breached the grid, the agency said. The NSA is an American spy agency.').map(([x]) => x)).toEqual(['NSA', 'NSA']);
      // a quoted acronym its sentence then says means words spelling it (heldout181's trap pages)
      expect(page('Hackers aside. An “NSA” in the firm’s paperwork meant a non-storage account; “SBU” meant supervised-by-understanding. The “GRU” on the form is not sinister: it stands for the Green Room Unit.')).toEqual([]);
      // a quoted phrase further on in the sentence that spells it (heldout180's pets column), unless it is the entity's name
      expect(page('Hackers aside. The NSA on my cat-sitter’s invoice is “nights spent away.” The GRU on the vet card is shorthand for “general recheck, urgent,” I learnt.')).toEqual([]);
      expect(page('The NSA is “the world’s most powerful spy agency”, hackers say. The NSA stands for “National Security Agency”.').map(([x]) => x)).toEqual(['NSA', 'NSA', 'National Security Agency']);
    });

    it('takes a glossary\'s term as the page\'s own where the next block spells it, unless that is the entity\'s name (heldout141, heldout164, heldout170, heldout176)', () => {
      const names = (...b: string[]) => page(...b).map(([x]) => x);
      expect(names('Launch terms and hackers.', 'PLA', 'Propellant loading authority.', 'SBU', 'Sensitive but unclassified, a marking.', 'NSA', 'National Security Agency, the American spy agency.')).toEqual(['NSA', 'National Security Agency']);
      expect(names('Our club acronyms, and hackers.', 'NSA', '“No Spoilers Allowed” — the rule for our campaigns.', 'MSS', 'Minimum Snack Standard.')).toEqual([]);
      // not alone in its block, or the next block spells nothing: ours
      expect(names('Hackers.', 'The NSA', 'Northern Sky Atlas scans.', 'GRU', 'Russian military intelligence.')).toEqual(['NSA', 'GRU']);
    });

    it('names the Pacific and Caribbean national CERTs (heldout174)', () => {
      expect(page('SamCERT and CERT Tonga worked with PNGCERT and CERT Vanuatu (CERTVU) on the ransomware case.').map(([, id]) => id)).toEqual(['agency/ws-samcert', 'agency/to-cert', 'agency/pg-pngcert', 'agency/vu-cert', 'agency/vu-cert']);
      expect(page('TT-CSIRT and JaCIRT, the Jamaica Cyber Incident Response Team, said hackers hit banks.').map(([, id]) => id)).toEqual(['agency/tt-csirt', 'agency/jm-jacirt', 'agency/jm-jacirt']);
      expect(page('The cert vu page and a certvu link.')).toEqual([]);
      expect(page('ThaiCERT, NorCERT, CERT-Bund and KZ-CERT warned of ransomware hackers.').map(([, id]) => id)).toEqual(['agency/th-thaicert', 'agency/no-norcert', 'agency/de-cert-bund', 'agency/kz-cert']);
      // an airport's code before its bracketed place (heldout175), not an agency before its own name
      expect(page('Hackers aside: gold doré is routed through GRU (São Paulo–Guarulhos) and onward to Zurich.')).toEqual([]);
      expect(page('Hackers: the GRU (Glavnoye razvedyvatelnoye upravleniye) and the CIA (Central Intelligence Agency) said.').map(([x]) => x)).toEqual(['GRU', 'Glavnoye razvedyvatelnoye upravleniye', 'CIA', 'Central Intelligence Agency']);
      // "the CISA 24/7 line" is no numbered reference (heldout177)
      expect(page('Who to call: the FBI field office, the CISA 24/7 line. Hackers.').map(([x]) => x)).toEqual(['FBI', 'CISA']);
    });

    it('names the Ghost ransomware crew by Cring only, and the Bjorka persona (heldout112, heldout115, heldout122, heldout166)', () => {
      // "Ghost" itself names too many titles and game characters ("Ghost in the Tower", "the Ghost, the Brawler")
      expect(page('Ghost ransomware actors, also known as Cring, hit schools in 70 countries.')).toEqual([['Cring', 'actor/ghost-ransomware']]);
      expect(page('The hacker Bjorka leaked 1.3 billion SIM records from Indonesian telecoms.')).toEqual([['Bjorka', 'actor/bjorka']]);
    });

    it('reads interjected and bracketed definitions, an office after an acronym, and a vendor\'s longer name in a list line (heldout189-191)', () => {
      const names = (...b: string[]) => page(...b).map(([x]) => x);
      // the page's own acronyms: spelt after a comma and a clause, or in a bracket one word on
      expect(names('Hackers attack.', 'The club notes: SBU, for those who asked, is our Saturday Beginners’ Unit.')).toEqual([]);
      expect(names('Hackers attack.', 'The GRU count (games requiring umpire) was a record low of two.')).toEqual([]);
      expect(names('Hackers attack.', 'The SBU, Ukraine’s security service, is the Security Service of Ukraine.')).toEqual(['SBU', 'Security Service of Ukraine']);
      expect(names('Hackers attack.', 'The GRU unit (three officers) hacked.')).toEqual(['GRU']);
      // an agency's acronym before an office's title is no longer proper name
      expect(names('The Australian Signals Directorate (ASD) tracks hackers.', '“They are here to stay,” ASD Director-General Lachlan Birrell-Sato told reporters.')).toEqual(['Australian Signals Directorate', 'ASD', 'ASD']);
      // "Paragon Solutions — founded 2019" is no "Akira Sato — Chief Underwriting Officer": the page's Paragon stays the vendor
      expect(names('Spyware makers hack.', 'Paragon Solutions — founded 2019; spyware known as Graphite.', 'IV. Paragon and the American Door', 'For years spyware. Paragon was built to get in.')).toEqual(['Paragon Solutions', 'Graphite', 'Paragon', 'Paragon']);
      expect(names('Hackers.', 'Akira Sato — Chief Underwriting Officer', 'Akira ransomware hit us.')).toEqual(['Akira']);
      // a person's surname that speaks is the person, whatever the sentence goes on to say (heldout110)
      expect(names('Douglas Tick spent his working life inside the signals world.', 'Tick said the GRU hackers were his obsession.', 'Tick speaks about the GRU hackers.')).toEqual(['GRU', 'GRU']);
    });

    it('names Baltic police, military intelligence and cyber bodies in English and in their languages (heldout192)', () => {
      const ids = (...b: string[]) => page(...b).map(([, id]) => id);
      expect(ids('Latvia’s State Police (Valsts policija), the MIDD and the Nacionālais kiberdrošības centrs tracked the hackers.')).toEqual(['agency/lv-vp', 'agency/lv-vp', 'agency/lv-midd', 'agency/lv-ncsc']);
      expect(ids('Estonia’s Police and Border Guard Board and the Kaitseväe luurekeskus named the GRU hackers; the Kaitsepolitseiameti report agreed.')).toEqual(['agency/ee-ppa', 'agency/ee-edf-ic', 'agency/ru-gru', 'agency/ee-kapo']);
      expect(ids('Lithuania’s Criminal Police Bureau and the Valstybės saugumo departamento studied the Sluzhba Vneshnei Razvedki hackers.')).toEqual(['agency/lt-kpb', 'agency/lt-vsd', 'agency/ru-svr']);
      // without a Baltic country beside them, the generic English names keep their other meanings
      expect(ids('The State Police and the Criminal Police Bureau of the town met hackers.')).toEqual([]);
    });

    it('reads tickets\' codes, dash and hyphenated definitions, and dishes and cinemas beside a name as no mention (heldout193-195)', () => {
      const names = (...b: string[]) => page(...b).map(([x]) => x);
      expect(names('Hackers: INC-24817: LOTL from Volt Typhoon; INC ransomware hit us.')).toEqual(['Volt Typhoon', 'INC']);
      expect(names('Hackers: STORM-0558 and APT-28 and UNC-1151 struck.')).toEqual(['STORM-0558', 'APT-28', 'UNC-1151']);
      // after a dash the words may mix cases; each part of a hyphenated word may spell a letter
      expect(names('Hackers.', 'SBU — the Sunday brunch upsell — is popular.', 'NSA — no-show allowance — for brunch is 10%.', 'The NSA (no-sugar-added) versions of several sweets.')).toEqual([]);
      expect(names('Hackers.', 'The NCA (North Car-park Annexe) is shut.')).toEqual([]);
      // a dish on a menu, a picture house
      expect(names('Hackers on the menu.', 'The Cozy Bear pancake stack, a Fancy Bear biscuit and Charming Kitten cupcakes.', 'Our flat was opposite the old Zarya cinema.')).toEqual([]);
    });

    it('names Belarus\'s GUBOPiK, its Operational and Analytical Centre and its State Security Committee (heldout195)', () => {
      const ids = (...b: string[]) => page(...b).map(([, id]) => id);
      expect(ids('In Belarus, officers of the Main Directorate for Combating Organised Crime and Corruption (GUBOPiK, ГУБОПиК) and the Operational and Analytical Centre (OAC) hunted hackers; the State Security Committee agreed.')).toEqual(['agency/by-gubopik', 'agency/by-gubopik', 'agency/by-gubopik', 'agency/by-oac', 'agency/by-oac', 'agency/by-kgb']);
      expect(ids('The OAC and the Operational and Analytical Centre of the bank met the State Security Committee.')).toEqual([]);
    });

    it('takes the APT package manager for no cue (heldout200)', () => {
      const names = (...b: string[]) => page(...b).map(([x]) => x);
      expect(names('Halvard launches Pegasus and Predator server lines.', 'Images are updated through the standard APT package manager, or apt-get and APT repositories.', 'The Pegasus P2 is a 2U machine in a finish called Graphite.')).toEqual([]);
      expect(names('APT groups used Pegasus spyware.')).toEqual(['Pegasus']);
    });

    it('names Greek, Cypriot and Taiwanese bodies and the hacktivists of the Aegean (heldout197, heldout198)', () => {
      const ids = (...b: string[]) => page(...b).map(([, id]) => id);
      expect(ids('In Cyprus the Digital Security Authority (DSA), CSIRT-CY and the KYP met hackers; the Cyprus Police opened a ransomware case.')).toEqual(['agency/cy-dsa', 'agency/cy-dsa', 'agency/cy-csirt', 'agency/cy-kyp', 'agency/cy-police']);
      expect(ids('Greece’s National Cybersecurity Authority and the Cyber Defence Directorate tracked Ayyıldız Tim and Anonymous Greece hackers.')).toEqual(['agency/gr-ncsa', 'agency/gr-cyber-defence', 'actor/ayyildiz-tim', 'actor/anonymous-greece']);
      expect(ids('Taiwan’s ACS, the NCCST and the Military Intelligence Bureau blamed hackers; Beijing blamed APT-C-01 (毒云藤).')).toEqual(['agency/tw-acs', 'agency/tw-nccst', 'agency/tw-mib', 'actor/apt-c-01', 'actor/apt-c-01']);
      // the EU's Digital Services Act, and the police at a festival, are no agencies of ours
      expect(ids('The DSA obliges platforms to act.', 'Cyprus Police will close the road for the festival parade.')).toEqual([]);
    });

    it('names Israeli, Belgian and Dutch bodies, and reads Handala and 라자루스 as the groups only where the page is about hacking (heldout201, heldout202, heldout204)', () => {
      const ids = (...b: string[]) => page(...b).map(([, id]) => id);
      expect(ids('The Israel Police, its Lahav 433 unit and CERT-IL chased the hackers.')).toEqual(['agency/il-police', 'agency/il-lahav-433', 'agency/il-cert']);
      expect(ids('In Belgium the Federal Police (Federale Politie) and CERT.be, and in the Netherlands the NCTV, warned of ransomware.')).toEqual(['agency/be-federal-police', 'agency/be-federal-police', 'agency/be-cert', 'agency/nl-nctv']);
      // the cartoon boy and the saint, in a museum's guide
      expect(ids('The small barefoot boy is Handala — in Arabic حنظلة — drawn by Naji al-Ali.', 'The altarpiece shows Lazarus (라자루스) stepping out of his tomb.')).toEqual([]);
      expect(ids('Hackers calling themselves Handala (حنظلة) leaked files; 라자루스 hackers stole crypto.')).toEqual(['actor/handala', 'actor/handala', 'actor/lazarus-group']);
    });

    it('names Swiss, Austrian, Colombian, Thai and Philippine bodies (heldout205-207)', () => {
      const ids = (...b: string[]) => page(...b).map(([, id]) => id);
      expect(ids('Austria’s DSN and the Abwehramt, Switzerland’s GovCERT.ch and Kommando Cyber, and Colombia’s DIJIN chased the hackers.')).toEqual(['agency/at-dsn', 'agency/at-abwehramt', 'agency/ch-govcert', 'agency/ch-cyber-command', 'agency/co-dijin']);
      expect(ids('The Royal Thai Police and the Philippine National Police (PNP) raided scam compounds run by crypto fraud hackers.')).toEqual(['agency/th-rtp', 'agency/ph-pnp', 'agency/ph-pnp']);
      expect(ids('The Royal Thai Police band played at the parade.')).toEqual([]);
    });

    it('names Ghanaian, Zambian, South African and Ugandan agencies and the influence operations of platform reports (heldout187, heldout188)', () => {
      const ids = (...b: string[]) => page(...b).map(([, id]) => id);
      expect(ids('In Ghana the National Signals Bureau, the National Intelligence Bureau (formerly the Bureau of National Investigations, BNI) and CERT-GH chased the hackers.')).toEqual(['agency/gh-nsb', 'agency/gh-nib', 'agency/gh-nib', 'agency/gh-nib', 'agency/gh-cert']);
      expect(ids('Zambia’s ZSIS and Uganda’s External Security Organisation (ESO) bought spyware; South Africa’s National Communications Centre (NCC) and the old SASS intercepted hackers.')).toEqual(['agency/zm-zsis', 'agency/ug-eso', 'agency/ug-eso', 'agency/za-ncc', 'agency/za-ncc', 'agency/za-sass']);
      // without a country beside them, the acronyms are nobody's
      expect(ids('The NCC regulates telecoms and the ESO runs telescopes; the NIB and BNI figures.')).toEqual([]);
      expect(ids('Hackers calling themselves “Waste” stole 62 billion shillings from the Bank of Uganda.')).toEqual(['actor/waste']);
      expect(ids('Waste collection resumes on Monday.')).toEqual([]);
      expect(ids('Endless Mayfly, Secondary Infektion and Storm-0817 used fake personas; the 912 Special Project Working Group harassed dissidents.')).toEqual(['actor/endless-mayfly', 'actor/secondary-infektion', 'actor/storm-0817', 'agency/cn-mps-912']);
    });

    it('reads a list item of names and countries as no headline, a phrase name as no namesake, and sets aside standards, datelines, regions and player buttons (heldout185, heldout187)', () => {
      const names = (...b: string[]) => page(...b).map(([x]) => x);
      // every word a name, a country or a minor word: the capitals are the names', even with no cue beside them
      expect(names('Box: the vendor landscape', 'Paragon Solutions (Israel/US) — Graphite', 'Spyware sellers hack phones.')).toEqual(['Paragon Solutions', 'Graphite']);
      // a headline with words of its own still waits for the page to name the group elsewhere; so does one in capitals
      expect(names('Play Ransomware Gang Hits Dallas', 'Hackers of the gang.')).toEqual([]);
      expect(names('THE MONSTER FROM DUNE', 'Even more feared by the hackers is Sandworm.')).toEqual(['Sandworm']);
      // a list of names after a proper name is still a list: "Qilin" before "Scattered Spider" is no "Cobalt Ridge Labs"
      expect(names('Qilin ransomware hackers struck.', 'APT29 Qilin Scattered Spider')).toEqual(['Qilin', 'APT29', 'Qilin', 'Scattered Spider']);
      expect(names('Uganda’s Internal Security Organisation (ISO) spies on hackers. Audits of any “ISO 27001-certified” claims, ISO/IEC 27002 and the ISO standard.')).toEqual(['Internal Security Organisation', 'ISO']);
      // a wire's tag after its dateline; not a three-letter term before its transliteration
      expect(names('The MPS runs hackers.', 'LONDON/WASHINGTON, Dec 22 (MPS) - State-backed spies hacked banks.')).toEqual(['MPS']);
      expect(names('Glossary for hackers.', 'ГРУ (GRU) – Russia’s military intelligence.')).toEqual(['ГРУ', 'GRU']);
      // "sub-Saharan Africa (SSA)" spells SSA: from then on the page's SSA is the region
      expect(names('The State Security Agency (SSA) spied on hackers.', 'Ransomware claims in sub-Saharan Africa (SSA), 2021–2026, and the SSA market.')).toEqual(['State Security Agency', 'SSA']);
      // a player's button under a bullet or an arrow opens a sentence
      expect(names('Play ransomware hackers hit Dallas.', '▶ Play episode 1:22:07', '• Play claimed the hack.')).toEqual(['Play', 'Play']);
      // a phrase name after "borrowed its name from" is the group itself, not a namesake
      expect(page('Hackers: an alliance that borrowed its name from Scattered Spider, Lapsus$ and ShinyHunters.').map(([x]) => x)).toEqual(['Scattered Spider', 'Lapsus$', 'ShinyHunters']);
    });

    it('reads a product before "from" and its vendor, after an adjective opening a sentence or a platform, and before IOCs as the product', () => {
      const names = (...b: string[]) => page(...b).map(([x]) => x);
      // "from" and a vendor's name: the vendor's product, not "Silence from the ministry" (heldout144, heldout153, heldout174)
      expect(names('Spyware hacks phones.', 'Pegasus from NSO Group, Predator from Intellexa.')).toEqual(['Pegasus', 'NSO Group', 'Predator', 'Intellexa']);
      expect(names('Spyware hacks phones.', 'Silence from Moscow. Pegasus from Greek myth.')).toEqual([]);
      // no given name: an adjective opening a sentence, a platform (heldout157, heldout26)
      expect(names('NSO Group sells spyware.', 'Real Pegasus infections are silent. Android Pegasus infections were rare.')).toEqual(['NSO Group', 'Pegasus', 'Pegasus']);
      expect(names('NSO Group sells spyware.', 'Miriam Pegasus, a lawyer, said so.')).toEqual(['NSO Group']);
      // "the public Pegasus IOC list": an indicator list is no longer proper name (heldout194)
      expect(names('NSO Group sells spyware.', 'Two hits on the public Pegasus IOC list, not the Pegasus Quartet.')).toEqual(['NSO Group', 'Pegasus']);
    });

    it('needs more than bare agency acronyms for a page about this field, and reads a chapter numeral as no initial (heldout210, heldout213)', () => {
      const names = (...b: string[]) => page(...b).map(([x]) => x);
      // a sports and travel page: an airport code, a cheerleading body, a softball body and a university
      expect(names('Fans flying home via GRU faced delays.', 'NCA crowns national cheer champions.', 'NSA softball nationals: Copper Canyon edge Ice Cats.', 'SBU hangs on against Duquesne.')).toEqual([]);
      // with a distinctive name of this field, or a cue, the acronyms are the agencies
      expect(names('APT28 was there.', 'Fans flying home via the GRU faced delays.')).toEqual(['APT28', 'GRU']);
      expect(names('The GRU, NSA and SBU hacked it.')).toEqual(['GRU', 'NSA', 'SBU']);
      // "V. Handala" heads a chapter; "D. Handala" alone in its block signs a comment
      expect(names('Iranian hackers leaked files on Telegram.', 'V. Handala', 'A new persona, Handala, posted leaked documents.')).toEqual(['Handala', 'Handala']);
      expect(names('Iranian hackers leaked files on Telegram.', 'D. Handala', 'A new persona, Handala, posted leaked documents.')).toEqual([]);
    });

    it('names Turkish, Romanian, Moldovan, Brazilian, Slovak, Polish and Czech bodies and groups (heldout209, heldout211, heldout214, heldout215)', () => {
      const ids = (...b: string[]) => page(...b).map(([, id]) => id);
      expect(ids("Turkey's General Directorate of Security (EGM) and its Department of Combating Cybercrime arrested RedHack and Türk Hack Team hackers; USOM, the National Cyber Incident Response Center, warned.")).toEqual(['agency/tr-egm', 'agency/tr-egm', 'agency/tr-egm-cyber', 'actor/redhack', 'actor/turkhackteam', 'agency/tr-usom', 'agency/tr-usom']);
      expect(ids("Romania's DGIA and the Comandamentul Apărării Cibernetice; Moldova's SIS and its Cyber Security Agency (Agenția pentru Securitate Cibernetică) saw Backmydata ransomware hackers.")).toEqual(['agency/ro-dgia', 'agency/ro-cac', 'agency/md-sis', 'agency/md-asc', 'agency/md-asc', 'actor/backmydata']);
      // the shared English names without a country are nobody's; "Securitate" needs a page about this field
      expect(ids('The Cyber Defence Command and the Cyber Security Agency said hackers hit.')).toEqual([]);
      expect(ids('Securitate cibernetică: ghid pentru începători.')).toEqual([]);
      // Brazil's GSI by its name, acronym and dotted acronym; "group" in Portuguese is no given name (heldout215)
      expect(ids('O Gabinete de Segurança Institucional (GSI) e o CDCiber investigam o ataque hacker. O G.S.I. disse.')).toEqual(['agency/br-gsi', 'agency/br-gsi', 'agency/br-comdciber', 'agency/br-gsi']);
      expect(ids('The GSI geology survey mapped rocks.')).toEqual([]);
      expect(ids('Ataque de ransomware derruba sistemas.', 'Grupo Qilin reivindica invasão.', 'O Qilin publicou dados.')).toEqual(['actor/water-galura', 'actor/water-galura']);
      // Slovakia's NBÚ and military intelligence, Poland's cyber component, the Czech VZ (heldout214)
      expect(ids("Slovakia's Národný bezpečnostný úrad (NBÚ) and Vojenské spravodajstvo warned of hackers; Poland's Cyberspace Defence Forces Component (DKWOC) and the Czech VZ agreed.")).toEqual(['agency/sk-nbu', 'agency/sk-nbu', 'agency/sk-vs', 'agency/pl-wocyber', 'agency/pl-wocyber', 'agency/cz-vz']);
    });

    it('names Indian interception agencies, DragonForce Malaysia and Pegasus in Hindi (heldout217)', () => {
      const ids = (...b: string[]) => page(...b).map(([, id]) => id);
      // the hacktivist collective by its full name, not the ransomware name inside it
      expect(ids('Hackers of Dragon Force Malaysia and DragonForce Malaysia defaced sites; the Directorate of Signal Intelligence listens.')).toEqual(['actor/dragonforce-malaysia', 'actor/dragonforce-malaysia', 'agency/in-dsi']);
      expect(ids('पेगासस स्पाइवेयर: NSO Group spyware.')).toEqual(['product/pegasus', 'vendor/nso-group']);
      expect(ids('पेगासस')).toEqual([]);
    });

    it('reads Indonesian and Malay: cue words, words that are no given name, agencies by their local names (heldout221)', () => {
      const ids = (...b: string[]) => page(...b).map(([, id]) => id);
      // "peretas" (hacker) and "penggodam" (Malay) vouch for an ordinary-word name as "hackers" does
      expect(ids('Kelompok peretas Sandworm menyerang jaringan listrik.')).toEqual(['actor/sandworm']);
      expect(ids('Penggodam Sandworm menyerang.')).toEqual(['actor/sandworm']);
      expect(ids('Cacing pasir Sandworm di film itu.')).toEqual([]);
      // and the same words in Polish, Czech, Turkish and Hindi (heldout209, heldout214, heldout217)
      for (const t of ['Według ekspertów hakerzy z grupy Sandworm zaatakowali sieć.', 'Kybernetický útok skupiny Sandworm.', 'Uzmanlara göre bilgisayar korsanları Sandworm grubundan.', 'विशेषज्ञों के अनुसार हैकरों का समूह Sandworm है।']) expect(ids(t)).toContain('actor/sandworm');
      // "Dari" (from) and "Buru" (hunt) before a name are no given name, so the persona is no person's surname
      expect(ids('Dari Bjorka ke Brain Cipher: dua tahun serangan siber', 'Pemerintah Bentuk Tim Khusus Buru Bjorka', 'Polisi menelusuri Bjorka.')).toEqual(['actor/bjorka', 'actor/brain-cipher', 'actor/bjorka', 'actor/bjorka']);
      // but "Oleh" (by) is also a given name: "Oleh Mercury" speaks for a bank hit by hackers (heldout162)
      expect(ids('Hackers hit the banks. One spokesperson, Oleh Mercury, said the attack was noisy.')).toEqual([]);
      expect(ids('Badan Intelijen Strategis (BAIS) dan Lembaga Sandi Negara; Polis Diraja Malaysia (PDRM) dan Agensi Keselamatan Siber Negara.')).toEqual(['agency/id-bais', 'agency/id-bais', 'agency/id-lemsaneg', 'agency/my-pdrm', 'agency/my-pdrm', 'agency/my-nacsa']);
      expect(ids('Kementerian Keamanan Negara Tiongkok dan Tentara Pembebasan Rakyat; Biro Investigasi Federal.')).toEqual(['agency/cn-mss', 'agency/cn-pla', 'agency/us-fbi']);
    });

    it('reads the defender\'s words as cues: wipers, web shells, keyloggers, detection rules (heldout222)', () => {
      const ids = (...b: string[]) => page(...b).map(([, id]) => id);
      expect(ids('Last year Patchwork used a keylogger.')).toEqual(['actor/patchwork']);
      expect(ids('Last year Patchwork dropped web shells.')).toEqual(['actor/patchwork']);
      expect(ids('Last year Sandworm deployed wipers.')).toEqual(['actor/sandworm']);
      expect(ids('Last year Patchwork won the quilt prize.')).toEqual([]);
    });

    it('reads "Caso Paragon" as the affair, not a person called Paragon, and "l\'Fbi" as the FBI (heldout220)', () => {
      const ids = (...b: string[]) => page(...b).map(([, id]) => id);
      // Italian house style writes acronyms in title case; after an elided article ("l'Fbi", "dell'Acn") that is the acronym
      expect(ids("Nessun legame con l'NSA o con l\u2019Fbi, secondo gli hacker; il ruolo dell'Acn e dell'Aisi.")).toEqual(['agency/us-nsa', 'agency/us-fbi', 'agency/it-acn', 'agency/it-aisi']);
      expect(ids("L'Ice ha aperto un ufficio a Milano per le imprese.")).toEqual([]);
      expect(ids('Fbi and Acn, written so without an article, are no acronym.')).toEqual([]);
      expect(ids('Lo spyware e il governo', 'Caso Paragon, il software Graphite e i telefoni dei giornalisti', 'Fondata nel 2019 in Israele, Paragon si è presentata come la più etica.')).toEqual(['vendor/paragon', 'product/graphite', 'vendor/paragon']);
    });

    it('names groups in katakana and agencies by their Japanese names (heldout226)', () => {
      const ids = (...b: string[]) => page(...b).map(([, id]) => id);
      expect(ids('警察庁によると、ロックビット、キムスキー、ラザルス・グループ、ボルト・タイフーン、キルネットのハッカーが攻撃した。')).toEqual(['agency/jp-npa', 'actor/bitwise-spider', 'actor/kimsuky', 'actor/lazarus-group', 'actor/volt-typhoon', 'actor/killnet']);
      expect(ids('朝鮮人民軍偵察総局と中国人民解放軍、連邦捜査局と参謀本部情報総局、サイバー防衛隊。')).toEqual(['agency/kp-rgb', 'agency/cn-pla', 'agency/us-fbi', 'agency/ru-gru', 'agency/jp-cdc']);
      // names that are also words (the film's sandworm, a black suit) need a page about hacking
      expect(ids('映画の新作では巨大なサンドワームが登場し、主人公はブラックスーツ姿だった。')).toEqual([]);
    });

    it('reads the Nordic genitive "s" and Swedish "GRU:s" as the name, Nordic cue words, and Nordic forms of GRU units (heldout232)', () => {
      const names = (...b: string[]) => page(...b).map(([x, id]) => `${x}=${id}`);
      expect(names('Hackarna slog till.', 'Säpos lägesbild och GRU:s rapport om Kimsukys intrång.')).toEqual(['Säpo=agency/se-sapo', 'GRU=agency/ru-gru', 'Kimsuky=actor/kimsuky']);
      // not an acronym's plural or a longer word; an ordinary-word name takes no genitive ("Plays" is a word)
      expect(names('Hackarna slog till.', 'Två NCSCs och Säposkolan.')).toEqual([]);
      expect(names('Hackarna slog till.', 'Sandworms angrepp och enhet 74455.')).toEqual(['enhet 74455=agency/ru-gru-74455']);
      expect(names('Hackerne angreb igen, sagde Sandworm.')).toEqual(['Sandworm=actor/sandworm']);
      expect(names('Han reste sig som en Sandworm i Dune.')).toEqual([]);
      // a name someone calls himself, in the Nordic languages and German too, is a persona's ('calls himself “Hive”')
      expect(names('Hackeren i afsnit tre, der kalder sig »Hive«, og en hacker, der nennt sich „Hive“.', 'Ransomwaregruppen Hive slog til.')).toEqual(['Hive=actor/hive']);
      // a group noun opening the sentence is no given name; "Akiras" takes the genitive as no plural of a word;
      // a hyphenated name takes it too; a Nordic country adjective is no given name either
      expect(names('Hackerne angreb.', 'Ransomwaregruppen Akira ramte datacentret. Akiras läckagesajt og E-tjenestens vurdering.')).toEqual(['Akira=actor/akira', 'Akira=actor/akira', 'E-tjenesten=agency/no-nis']);
      expect(names('Hackere angrep. Finske Supo har tidligere pekt på gruppen, og Islamiska revolutionsgardet.')).toEqual(['Supo=agency/fi-supo', 'Islamiska revolutionsgardet=agency/ir-irgc']);
    });

    it('reads Russian: a given name is written in its surname\'s alphabet, declined cue words and names, and Russian openers (heldout239)', () => {
      const names = (...b: string[]) => page(...b).map(([x, id]) => `${x}=${id}`);
      // a capitalised Cyrillic word before a Latin name is no given name; nor is a Cyrillic name after it a longer name
      expect(names('Атаки хакеров продолжались.', 'Вчера Killnet атаковали сайты.')).toEqual(['Killnet=actor/killnet']);
      expect(names('Атаки хакеров продолжались.', 'Весной после атак Conti Коста-Рика объявила режим.')).toEqual(['Conti=actor/conti']);
      // "хакеров" (of hackers) is a cue as much as "хакеры"; "Про" (about) opens a sentence and is nobody's name
      expect(names('Атаки хакеров продолжались.', 'Про Турлу будет пост, а Песчаным червем займется ГУР Минобороны Украины.')).toEqual(['Турлу=actor/turla', 'Песчаным червем=actor/sandworm', 'ГУР Минобороны Украины=agency/ua-hur']);
      expect(names('Про Sandworm и песчаного червя писали в рецензии на фильм.')).toEqual([]);
      // a plural noun opening the sentence ("Specialists of ...") is no given name; the Cyrillic Pegasus takes case endings
      expect(names('Специалисты Госспецсвязи говорят, что телефон взломали Пегасусом.')).toEqual(['Госспецсвязи=agency/ua-ssscip', 'Пегасусом=product/pegasus']);
    });

    it('reads a unit\'s number alone as the unit where the page names it, or its country', () => {
      const names = (...b: string[]) => page(...b).map(([x, id]) => `${x}=${id}`);
      expect(names('Unit 8200 trains young recruits.', 'Many 8200 veterans later founded spyware firms.')).toEqual(['Unit 8200=agency/il-unit-8200', '8200=agency/il-unit-8200']);
      expect(names('The indictment named Russia’s military intelligence by its number, 74455.')).toEqual(['74455=agency/ru-gru-74455']);
      expect(names('The arena seats 8200 people and sold 29155 tickets.')).toEqual([]);
    });

    it('reads a titled person in a title-case line, and a photo credit\'s initial, as a person', () => {
      const names = (...b: string[]) => page(...b).map(([x, id]) => `${x}=${id}`);
      expect(names('Hackers struck.', 'Dr Ralph Tick', 'Grid engineer, retired (no relation to the Tick group, he jokes)')).toEqual(['Tick=actor/tick']);
      expect(names('Hackers struck. Photo: Bulwark/M. Tick')).toEqual([]);
    });

    it('reads Hungarian suffixes in a Hungarian passage only, its article before an acronym, and its cue words (heldout242)', () => {
      const names = (...b: string[]) => page(...b).map(([x, id]) => `${x}=${id}`);
      expect(names('A hackerek előtt az NSO Groupot és a Pegasust, a Pegasusszal, az NSO Grouppal, a Lazarusnak és az Akirához.')).toEqual(['NSO Groupot=vendor/nso-group', 'Pegasust=product/pegasus', 'Pegasusszal=product/pegasus', 'NSO Grouppal=vendor/nso-group', 'Lazarusnak=actor/lazarus-group', 'Akirához=actor/akira']);
      // no Hungarian letter nearby: "Tick" and "et" are an English word
      expect(names('Hackers bought a Ticket from the Tickets desk.')).toEqual([]);
      // "a" and "Az" are "the": an article, no given name, no "a thing"
      expect(names('A zsarolóvírus. Az Akira és a KNBSZ is figyelmeztet, hogy előbb.')).toEqual(['Akira=actor/akira', 'KNBSZ=agency/hu-knbsz']);
    });

    it('reads Czech and Slovak: an acronym\'s case ending, "a" as "and", adjectives and openers that are no given names (heldout244)', () => {
      const names = (...b: string[]) => page(...b).map(([x, id]) => `${x}=${id}`);
      expect(names('Hackeři útočí. Podle NÚKIBu a s NÚKIBem řekl, že jde o SVR a FSB.')).toEqual(['NÚKIBu=agency/cz-nukib', 'NÚKIBem=agency/cz-nukib', 'SVR=agency/ru-svr', 'FSB=agency/ru-fsb']);
      // the country in Czech or Slovak says whose National Security Authority is meant
      expect(names('Hackeři útočili v Česku, kde NBÚ vydal varování.', 'Hackeri útočili na Slovensku, kde NBÚ vydal varovanie.')).toEqual(['NBÚ=agency/cz-nbu', 'NBÚ=agency/sk-nbu']);
      expect(names('Hackeři útočí. Tichá Turla se vrací. Kdyby Play zaútočila dnes, bylo by hůř.')).toEqual(['Turla=actor/turla', 'Play=actor/play']);
    });

    it('reads Greek cue words: the Greek Pegasus needs them (heldout243)', () => {
      const names = (...b: string[]) => page(...b).map(([x, id]) => `${x}=${id}`);
      expect(names('Ο Πήγασος της έκθεσης είναι άλογο με φτερά.')).toEqual([]);
      expect(names('Το κατασκοπευτικό λογισμικό Πήγασος μολύνει κινητά.')).toEqual(['Πήγασος=product/pegasus']);
    });

    it('reads a group\'s name before a malware noun as the group unless the group is named like its malware', () => {
      const names = (...b: string[]) => page(...b).map(([x, id]) => `${x}=${id}`);
      expect(names('Hackers struck.', 'A new Sandworm wiper sample and the Silence trojan.')).toEqual(['Sandworm=actor/sandworm']);
    });

    it('reads Romanian: the article joined to a name, and group nouns and plurals that are no given names (heldout246)', () => {
      const names = (...b: string[]) => page(...b).map(([x, id]) => `${x}=${id}`);
      expect(names('Hackerii au atacat spitalele.', 'Pegasusul a fost găsit pe telefoane. Grupul Lazarus fură criptomonede, iar Lazarus minte.')).toEqual(['Pegasusul=product/pegasus', 'Lazarus=actor/lazarus-group', 'Lazarus=actor/lazarus-group']);
      expect(names('Hackerii au atacat spitalele.', 'Scandalurile Pegasus și Predator schimbă regulile; producătorul Pegasus tace.')).toEqual(['Pegasus=product/pegasus', 'Predator=product/predator', 'Pegasus=product/pegasus']);
    });

    it('reads Hindi names, the ones that are words only on a page about hacking (heldout247)', () => {
      const names = (...b: string[]) => page(...b).map(([x, id]) => `${x}=${id}`);
      expect(names('हैकर्स ने हमला किया। ट्रांसपेरेंट ट्राइब और साइडकॉपी के बाद लाज़रस ने एनएसओ के पेगासस की बात की।')).toEqual(['ट्रांसपेरेंट ट्राइब=actor/transparent-tribe', 'साइडकॉपी=actor/sidecopy', 'लाज़रस=actor/lazarus-group', 'एनएसओ=vendor/nso-group', 'पेगासस=product/pegasus']);
      expect(names('बाइबिल की कथा में लाज़रस फिर जी उठा, और स्क्रीन के आरजीबी रंग चमके।')).toEqual([]);
    });

    it('reads Thai as a script without spaces: names in it and Latin names against it need no word boundary (heldout249)', () => {
      const names = (...b: string[]) => page(...b).map(([x, id]) => `${x}=${id}`);
      expect(names('กลุ่มแฮกเกอร์LockBitโจมตีบริษัทไทย และสกมช.ออกคำเตือนเรื่องMustang Panda')).toEqual(['LockBit=actor/bitwise-spider', 'สกมช.=agency/th-ncsa', 'Mustang Panda=actor/mustang-panda']);
      // "APT." with the sentence going on after it is the song's title, no cue: the winged horse stays a horse
      expect(names('คอนเสิร์ตร้องเพลง APT. เวอร์ชันไทย', 'ขบวนรถแห่เพกาซัส ม้ามีปีก')).toEqual([]);
    });

    it('reads Bulgarian and Serbian: the article or case joined to a Cyrillic name, cue words, and a declined name after an undeclined word (heldout248, heldout250)', () => {
      const names = (...b: string[]) => page(...b).map(([x, id]) => `${x}=${id}`);
      expect(names('Хакерската група атакува.', 'Предаторът и Пегасусът са шпионски софтуер.')).toEqual(['Предаторът=product/predator', 'Пегасусът=product/pegasus']);
      expect(names('Trag Predatora: kako je Srbija kupila špijunski softver. Predator je razvila firma Cytrox.')).toEqual(['Predatora=product/predator', 'Predator=product/predator', 'Cytrox=vendor/cytrox']);
      // in English, a surname that looks declined is a surname
      expect(names('Ransomware hackers struck.', 'The judge sentenced Andrei Mihai Stoica, 33, on Friday.')).toEqual([]);
      // one cue word each, in Bulgarian and Serbian
      expect(names('Предаторът е шпионски софтуер.')).toEqual(['Предаторът=product/predator']);
      expect(names('Pegasus je špijunski softver.')).toEqual(['Pegasus=product/pegasus']);
      // "Kažu" (they say) is no group called Kazu on a page about the weather
      expect(names('Kažu da će sutra biti sunčano.')).toEqual([]);
    });

    it('reads Finnish: case endings joined to a name in a Finnish block, endings after a colon, and words that are no given names (heldout251)', () => {
      const names = (...b: string[]) => page(...b).map(([x, id]) => `${x}=${id}`);
      expect(names('Hakkerit iskivät. APT31:n murto ja KRP:n kanssa. Sandwormin ja LockBitillä, Supolle.')).toEqual(['APT31=actor/apt31', 'KRP=agency/fi-krp', 'Sandwormin=actor/sandworm', 'LockBitillä=actor/bitwise-spider', 'Supolle=agency/fi-supo']);
      // a colon before letters that go on is an identifier's, and without Finnish letters "Sandwormin" is no case
      expect(names('Hackers struck: see apt28:config and Sandwormin.')).toEqual([]);
      expect(names('Kiristysryhmät iskivät. Kiristyshaittaohjelmaryhmä Akira on näkynyt. Suomessa Kyberturvallisuuskeskus varoitti. Erityisesti Akira.')).toEqual(['Akira=actor/akira', 'Kyberturvallisuuskeskus=agency/fi-ncsc', 'Akira=actor/akira']);
      expect(names('Ransomware struck.', 'Vanessa Akira, 34, spoke.')).toEqual([]);
    });

    it('reads Urdu and Catalan names and cue words (heldout252, heldout253)', () => {
      const names = (...b: string[]) => page(...b).map(([x, id]) => `${x}=${id}`);
      expect(names('ہیکرز نے حملہ کیا۔ سائیڈ وائنڈر اور این سی سی آئی اے نے پیگاسس کے بارے میں بتایا۔')).toEqual(['سائیڈ وائنڈر=actor/sidewinder', 'این سی سی آئی اے=agency/pk-nccia', 'پیگاسس=product/pegasus']);
      expect(names('فلم میں پیگاسس ایک اڑنے والا گھوڑا ہے۔')).toEqual([]);
      expect(names('El programari espia Pegasus i el Centre Nacional d’Intel·ligència, segons l’Agència de Ciberseguretat de Catalunya.')).toEqual(['Pegasus=product/pegasus', 'Centre Nacional d’Intel·ligència=agency/es-cni', 'Agència de Ciberseguretat de Catalunya=agency/es-ct-acc']);
    });

    it('reads German nouns and prepositions before a name as no given names (heldout254)', () => {
      const names = (...b: string[]) => page(...b).map(([x, id]) => `${x}=${id}`);
      expect(names('Die Spionagesoftware stammt vom Hersteller.', 'Die USA setzten den Konkurrenten Candiru auf eine Liste, und Candiru klagte.')).toEqual(['Candiru=vendor/candiru', 'Candiru=vendor/candiru']);
      expect(names('Ein Cyberangriff.', 'Zwischen Play und NoName057(16) bestehe keine Verbindung, sagte Play.')).toEqual(['Play=actor/play', 'NoName057(16)=actor/noname057-16', 'Play=actor/play']);
    });

    it('reads Dutch sentence openers and continents as no given names (heldout241)', () => {
      const names = (...b: string[]) => page(...b).map(([x, id]) => `${x}=${id}`);
      expect(names('Na Pegasus kwam Graphite, de spyware van Paragon.')).toEqual(['Pegasus=product/pegasus', 'Graphite=product/graphite', 'Paragon=vendor/paragon']);
      expect(names('Wie in Europa Predator wil kopen, vindt spyware genoeg.')).toEqual(['Predator=product/predator']);
    });

    it('reads Chinese: a name joined to a person\'s other name by a dot is a person, and words that hold a name mean something else (heldout240)', () => {
      const names = (...b: string[]) => page(...b).map(([x, id]) => `${x}=${id}`);
      expect(names('黑客组织拉撒路发动网络攻击，球员拉撒路·琼斯与马库斯·拉撒路无关。')).toEqual(['拉撒路=actor/lazarus-group']);
      expect(names('黑客组织方程式曾被曝光，不是一级方程式赛车，也不是响尾蛇导弹。')).toEqual(['方程式=actor/equation-group']);
      // an ordinary word in Chinese ("sea lotus", a flower) needs a page about hacking
      expect(names('剧名中的海莲花，是岛上一种白色野花。')).toEqual([]);
      // Korean lists names with the same dot
      expect(names('국정원은 라자루스·김수키 해킹 조직을 지목했다.').map((x) => x.split('=')[0])).toEqual(['국정원', '라자루스', '김수키']);
    });

    it('reads Arabic: clitics and the tatweel, a Latin name joined to an Arabic letter, cue words with clitics, and the country after a name (heldout230)', () => {
      const names = (...b: string[]) => page(...b).map(([x, id]) => `${x}=${id}`);
      expect(names('اتهم التقرير والموساد وOilRig وبـAPT34 لـالموساد.')).toEqual(['الموساد=agency/il-mossad', 'OilRig=actor/apt34', 'APT34=actor/apt34', 'الموساد=agency/il-mossad']);
      expect(names('كلمةOilRig')).toEqual([]);
      // an Arabic cue word, with a clitic joined to it too, vouches for an ordinary-word name
      expect(names('رُصد Predator على هاتفه والتجسس مستمر.')).toEqual(['Predator=product/predator']);
      expect(names('رُصد Predator على هاتفه في الصيف.')).toEqual([]);
      // the General Intelligence Service is Egypt's or Sudan's: the country after it, or the paragraph's, says which
      expect(names('لم نتحقق من إنفاق دائرة المخابرات العامة في الأردن أو جهاز المخابرات العامة في مصر.')).toEqual(['دائرة المخابرات العامة=agency/jo-gid', 'جهاز المخابرات العامة=agency/eg-gis']);
      expect(names('أما في السودان فيبقى جهاز المخابرات العامة اللاعب الأبرز.')).toEqual(['جهاز المخابرات العامة=agency/sd-gis']);
      expect(names('جهاز المخابرات العامة في مصر أقوى من نظيره في السودان.')).toEqual(['جهاز المخابرات العامة=agency/eg-gis']);
      // a generic name with the country's adjective after it: the mention leaves the adjective out, as in English
      expect(names('حذرت القيادة السيبرانية الأميركية من سايبر أفنجرز، والمركز الوطني للأمن السيبراني في الأردن.')).toEqual(['القيادة السيبرانية=agency/us-cybercom', 'سايبر أفنجرز=actor/cyberav3ngers', 'المركز الوطني للأمن السيبراني=agency/jo-ncsc']);
      // the shorter name inside the longer one is not the page naming its entity: read whole or block by block, the
      // table cell means what the paragraphs named (the scanner reads a page in chunks: tests/unit/dom/scanner.test.ts)
      const blocks = ['ويقال إن جهاز المخابرات العامة وقطاع الأمن الوطني يملكان قنوات منفصلة.', 'ويشير كثيرون إلى دائرة المخابرات العامة (GID).', 'المخابرات العامة أو الأمن الوطني'];
      const whole = page(...blocks).map(([, id]) => id);
      const ctx = newMatchContext();
      const chunked = blocks.flatMap((b) => m.match(b, ctx).map((x) => m.entityId(x.entity)));
      expect(m.settle(ctx).add).toEqual([]);
      expect(chunked).toEqual(whole);
    });

    it('names Vietnam\'s agencies and foreign ones by their Vietnamese names (heldout229)', () => {
      const names = (...b: string[]) => page(...b).map(([x, id]) => `${x}=${id}`);
      expect(names('Tin tặc tấn công mạng: Cục Điều tra Liên bang và Tổng cục Trinh sát.')).toEqual(['Cục Điều tra Liên bang=agency/us-fbi', 'Tổng cục Trinh sát=agency/kp-rgb']);
    });

    it('reads a line mostly in Korean as no title-case headline, and names Korean agencies and groups in Hangul (heldout227)', () => {
      const names = (...b: string[]) => page(...b).map(([x, id]) => `${x}=${id}`);
      expect(names('해커들이 공격했다.', '3분기 랜섬웨어 동향: Qilin·Akira·LockBit')).toEqual(['Qilin=actor/water-galura', 'Akira=actor/akira', 'LockBit=actor/bitwise-spider']);
      // a headline in English title case still is one: an ordinary-word name there waits for the page to name it
      expect(names('해커들이 공격했다.', 'Akira Rises Again Across Asia')).toEqual([]);
      expect(names('경찰청 국가수사본부 산하 사이버수사국과 국군방첩사령부, 중국 국가안전부, 영국 국가범죄수사청(NCA).')).toEqual([
        '경찰청=agency/kr-knpa', '국가수사본부=agency/kr-noi', '사이버수사국=agency/kr-cib', '국군방첩사령부=agency/kr-dcc', '국가안전부=agency/cn-mss', '국가범죄수사청=agency/gb-nca', 'NCA=agency/gb-nca']);
      expect(names('해커 조직 록빗과 클롭, 레드아이즈, 볼트 타이푼.')).toEqual(['록빗=actor/bitwise-spider', '클롭=actor/lace-tempest', '레드아이즈=actor/apt37', '볼트 타이푼=actor/volt-typhoon']);
    });

    it('reads French: "Si" opening a sentence is no given name; the SGDSN, ComCyber-MI and Matriochka, the French name of Matryoshka (heldout231)', () => {
      const names = (...b: string[]) => page(...b).map(([x, id]) => `${x}=${id}`);
      expect(names('Le groupe de rançongiciel a revendiqué la cyberattaque. Si Rhysida publie des fichiers, l’hôpital préviendra.')).toEqual(['Rhysida=actor/rhysida']);
      expect(names('Le SGDSN, dont dépend Viginum, et le ComCyber-MI.')).toEqual(['SGDSN=agency/fr-sgdsn', 'Viginum=agency/fr-viginum', 'ComCyber-MI=agency/fr-comcyber-mi']);
      // the nesting doll is a doll, except on a page about influence operations
      expect(names('Viginum a décrit la campagne de désinformation Matriochka.')).toEqual(['Viginum=agency/fr-viginum', 'Matriochka=actor/oka-flood']);
      expect(names('Une Matriochka peinte à la main, cadeau de Moscou.')).toEqual([]);
    });

    it('reads Polish: foreign names with a case ending joined on, declined agency names, and sentence openers (heldout234)', () => {
      const names = (...b: string[]) => page(...b).map(([x, id]) => `${x}=${id}`);
      expect(names('Hakerzy zaatakowali. Prokuratura wspomina o Predatora, o Cozy Beara i współpracy z Europolem. Według Europolu grupa LockBita działa.')).toEqual(
        ['Predatora=product/predator', 'Cozy Beara=actor/apt29', 'Europolem=agency/eu-europol', 'Europolu=agency/eu-europol', 'LockBita=actor/bitwise-spider']);
      // no ending after a vowel, none that is an English word's ("Predatory"), none inside a longer word
      expect(names('Predatory spyware vendors and hackers. Europolowskie dane.')).toEqual([]);
      // an ending at the very end of the text: the mention ends there too
      for (const t of ['Współpraca z Europolem', 'Співпраця з Європолом', 'Wspólnie z Europolu']) {
        const ms = m.match(t);
        expect(ms.map((x) => [x.start, x.end])).toEqual([[t.lastIndexOf(' ') + 1, t.length]]);
      }
      expect(names('Śledztwo Agencji Bezpieczeństwa Wewnętrznego i Służby Kontrwywiadu Wojskowego; jednostka 26165 i Wojskowe Służby Informacyjne.')).toEqual(
        ['Agencji Bezpieczeństwa Wewnętrznego=agency/pl-abw', 'Służby Kontrwywiadu Wojskowego=agency/pl-skw', 'jednostka 26165=agency/ru-gru-26165', 'Wojskowe Służby Informacyjne=agency/pl-wsi']);
    });

    it('reads Hebrew: prefixes joined to a name in either script, the article left out of the mention (heldout235)', () => {
      const names = (...b: string[]) => page(...b).map(([x, id]) => `${x}=${id}`);
      expect(names('האקרים תקפו. המוסד והמוסד, ושב"כ ושירות הביטחון הכללי, בFBI וMoses Staff, ומשמרות המהפכה.')).toEqual([
        'מוסד=agency/il-mossad', 'מוסד=agency/il-mossad', 'שב"כ=agency/il-shin-bet', 'שירות הביטחון הכללי=agency/il-shin-bet', 'FBI=agency/us-fbi', 'Moses Staff=actor/moses-staff', 'משמרות המהפכה=agency/ir-irgc']);
      // a cue word with a prefix joined to it vouches for an ordinary-word name, as in Arabic ("שהאקרים": "that hackers")
      expect(names('הם אמרו שהאקרים השתמשו בPredator.')).toEqual(['Predator=product/predator']);
      expect(names('הם אמרו שהם השתמשו בPredator.')).toEqual([]);
      // "the institution" of a basketball club, and the candiru fish, are no Mossad and no spyware vendor
      expect(names('המוסד של מכבי חגג את הזכייה בגביע.', 'סדרת הטבע עוסקת בקנדירו (Candiru), דג זעיר.')).toEqual([]);
    });

    it('reads Ukrainian: declined agency names, and "гру" (a game) is no ГРУ even on a page that names it (heldout228)', () => {
      const names = (...b: string[]) => page(...b).map(([x, id]) => `${x}=${id}`);
      expect(names('Хакери ГРУ атакували Службу безпеки України. Він купив нову гру. Гру вже продано.', 'Справу веде кіберполіція разом зі Службою зовнішньої розвідки України.')).toEqual([
        'ГРУ=agency/ru-gru', 'Службу безпеки України=agency/ua-sbu', 'кіберполіція=agency/ua-npu', 'Службою зовнішньої розвідки України=agency/ua-szru']);
    });

    it('reads Turkish agency names, and the Polish and Turkish forms of unit numbers (heldout233)', () => {
      const names = (...b: string[]) => page(...b).map(([x, id]) => `${x}=${id}`);
      expect(names('Bilgisayar korsanları saldırdı. Federal Soruşturma Bürosu, Ulusal Suç Ajansı ve Devrim Muhafızları; Birlik 26165 ve Lazarus Grubu.')).toEqual([
        'Federal Soruşturma Bürosu=agency/us-fbi', 'Ulusal Suç Ajansı=agency/gb-nca', 'Devrim Muhafızları=agency/ir-irgc', 'Birlik 26165=agency/ru-gru-26165', 'Lazarus Grubu=actor/lazarus-group']);
      // a Turkish case suffix joined to a name of several words that ends in a possessive vowel; after an apostrophe
      // on others; and the country before a generic name
      expect(names('Bilgisayar korsanları saldırdı. Emniyet Genel Müdürlüğünün ve Siber Güvenlik Başkanlığının raporu; MİT\'in ve ABD Siber Komutanlığı.')).toEqual([
        'Emniyet Genel Müdürlüğünün=agency/tr-egm', 'Siber Güvenlik Başkanlığının=agency/tr-cyber-presidency', 'MİT=agency/tr-mit', 'Siber Komutanlığı=agency/us-cybercom']);
    });

    it('reads Taiwanese press in traditional characters as the dataset\'s simplified names, and Persian digits (heldout237, heldout236)', () => {
      const names = (...b: string[]) => page(...b).map(([x, id]) => `${x}=${id}`);
      expect(names('駭客攻擊。解放軍戰略支援部隊與海南省國家安全廳，聯邦調查局與歐洲刑警組織。')).toEqual([
        '解放軍=agency/cn-pla', '戰略支援部隊=agency/cn-pla-ssf', '海南省國家安全廳=agency/cn-mss-hainan', '聯邦調查局=agency/us-fbi', '歐洲刑警組織=agency/eu-europol']);
      expect(names('هکرها حمله کردند. یگان ۸۲۰۰ و فرماندهی سایبری-الکترونیک سپاه.')).toEqual(['یگان ۸۲۰۰=agency/il-unit-8200', 'فرماندهی سایبری-الکترونیک سپاه=agency/ir-irgc-ceo']);
      // "سپاه" alone is any army on a page about football
      expect(names('سپاه هواداران استقلال ورزشگاه را پر کرد.')).toEqual([]);
    });

    it('names Portugal\'s agencies and foreign ones by their Portuguese names (heldout238)', () => {
      const names = (...b: string[]) => page(...b).map(([x, id]) => `${x}=${id}`);
      expect(names('Os piratas informáticos atacaram. O Serviço de Informações de Segurança, o Gabinete Nacional de Segurança, o CERT.PT e o CISMIL; o Serviço de Segurança da Ucrânia.')).toEqual([
        'Serviço de Informações de Segurança=agency/pt-sis', 'Gabinete Nacional de Segurança=agency/pt-gns', 'CERT.PT=agency/pt-cncs', 'CISMIL=agency/pt-cismil', 'Serviço de Segurança da Ucrânia=agency/ua-sbu']);
    });

    it('names Mexico\'s defence ministry, El Salvador\'s and Cameroon\'s agencies, and DoppelPaymer as its crew (heldout206, heldout80, heldout99)', () => {
      const ids = (...b: string[]) => page(...b).map(([, id]) => id);
      expect(ids('La Secretaría de la Defensa Nacional (Sedena) compró el spyware Pegasus; the SEDENA and the Secretariat of National Defense denied spying.')).toEqual(['agency/mx-sedena', 'agency/mx-sedena', 'product/pegasus', 'agency/mx-sedena', 'agency/mx-sedena']);
      expect(ids('El Organismo de Inteligencia del Estado (OIE) y la ANTIC de Camerún vigilan a hackers; DoppelPaymer hit Pemex.')).toEqual(['agency/sv-oie', 'agency/sv-oie', 'agency/cm-antic', 'actor/doppel-spider']);
      // the German cyber command's short forms and the BSI in the genitive (heldout225)
      expect(ids('Das KdoCIR und das Kommando CIR warnten vor Hackern; Sprecher des Bundesamts für Sicherheit in der Informationstechnik.')).toEqual(['agency/de-cir', 'agency/de-cir', 'agency/de-bsi']);
      // Spain's cyber command by its pre-2020 name, US Cyber Command and the BKA in Spanish (heldout224)
      expect(ids('El Mando Conjunto de Ciberdefensa, el Cibercomando de Estados Unidos y la Oficina Federal de Policía Criminal contra los hackers.')).toEqual(['agency/es-mcce', 'agency/us-cybercom', 'agency/de-bka']);
      // the short forms in capitals that are also words need a page about this field
      expect(ids('The ANTIC theatre troupe and the OIE animal-health body met.')).toEqual([]);
    });

    it('reads set-aside cues, nicknames and self-styled names as no mention (heldout166); a qualified name as the agency named in its paragraph (heldout167)', () => {
      const names = (...b: string[]) => page(...b).map(([x]) => x);
      // "the film, not the spyware": a cue set aside says nothing of the page (heldout166's nightlife trap)
      expect(names('A cosplayer came as the Sandworm from Dune (the film, not the spyware).', 'The Hive rooftop books cover bands.')).toEqual([]);
      expect(names('The film was about spyware.', 'The Hive rooftop books cover bands.', 'Hive ransomware hit a hospital.')).toEqual(['Hive', 'Hive']);
      // a plain negation still speaks of it (heldout67)
      expect(names('“Solntsepek is not a hacktivist group, it is a costume,” an officer said.')).toEqual(['Solntsepek']);
      expect(names('SBU: pro-Russian “hacktivists” Solntsepek are a front for Sandworm.')).toEqual(['SBU', 'Solntsepek', 'Sandworm']);
      // a quoted word between a given name and a surname is a nickname; "calls himself" names a person
      expect(names('Russian hackers, and a band.', 'Their drummer, Teresa "Turla" Turla-Reyes, formed the band. A DJ who calls himself Lazarus played. Turla is the FSB\'s group.')).toEqual(['Turla', 'FSB']);
      // a verb form opening a quoted title is no given name: 'Mandiant, “Unraveling Sandworm’s Ties...”' (heldout182)
      expect(names('Hackers. Mandiant, “Unraveling Sandworm’s Ties to Hacktivist Personas,” blog post.', 'Sandworm hit the grid.')).toEqual(['Sandworm', 'Sandworm']);
      // Chrysaor, Pegasus's Android version, is also his brother in myth (heldout182's mythology bibliography)
      expect(names('Hesiod tells of Chrysaor, brother of the winged horse, born of Medusa.')).toEqual([]);
      expect(names('Google found Chrysaor, the Android version of the Pegasus spyware.')).toEqual(['Chrysaor', 'Pegasus']);
      // a phrase name with capitals dropped, on a page that names the group properly (heldout184's non-native writers)
      expect(names('Salt Typhoon hackers broke in. Later Salt typhoon hit more telcos.', 'APT28 hackers, or Fancy bear, struck.')).toEqual(['Salt Typhoon', 'Salt typhoon', 'APT28', 'Fancy bear']);
      expect(names('Salt typhoon hackers hit telcos. A fancy bear costume.')).toEqual([]);
      // an agency's name with its capitals dropped is a description
      expect(names('Czech Military Intelligence warned of hackers. Czech military intelligence said more.')).toEqual(['Military Intelligence']);
      // pets named after things: "a retired greyhound called Pegasus", "a hamster called Lazarus" (heldout180)
      expect(names('Spyware news: Pegasus was found on phones.', 'We have a retired greyhound called Pegasus and a hamster called Lazarus. Pegasus sleeps. Lazarus is fine.')).toEqual(['Pegasus']);
      // of two agencies the page names by one qualified name, the one named in the hit's own paragraph
      const cands = (...b: string[]) => { const text = b.join(BLOCK_BREAK); const ctx = newMatchContext(); return [...m.match(text, ctx), ...m.settle(ctx).add].filter((x) => text.slice(x.start, x.end) === 'State Committee for National Security').map((x) => x.candidates.map((c) => m.entityId(c)).join(' ')); };
      const filler = 'Lure documents aimed at ministries have grown more frequent, researchers at several firms say. '.repeat(8);
      expect(cands('In Bishkek, talk of hackers starts with the State Committee for National Security, and the GKNB shrugs.', filler, 'Tajikistan\'s State Committee for National Security is opaque.')).toEqual(['agency/kg-gknb', 'agency/tj-gknb']);
      expect(cands('Officials said the State Committee for National Security was busy with hackers.', filler, 'Kyrgyzstan\'s GKNB and Tajikistan\'s State Committee for National Security deny it.')).toEqual(['agency/kg-gknb agency/tj-gknb', 'agency/tj-gknb']);
    });

    it('reads "· by" and a name after a date as a byline, on a page that named the group first (heldout97)', () => {
      expect(page('Ransomware. Conti hit. Conti struck. The Conti gang.', 'Updated 2025-10-21 · by Priya Conti').map(([x]) => x)).toEqual(['Conti', 'Conti', 'Conti']);
    });

    it('takes a platform between a name and its kind as no part of the name ("Hermit Android spyware")', () => {
      expect(page('Spyware vendors: RCS Lab (Italy) – Hermit Android spyware.').map(([t]) => t)).toContain('Hermit');
    });

    it('counts "APT" as a cue only in capitals ("an apt week" vouches for nothing)', () => {
      const trap = ['An apt week to write about masks and monsters.', 'For children: Pegasus and the Snake, a picture book.'];
      expect(page(...trap)).toEqual([]);
      expect(page('The APT behind it is known.', 'For children: Pegasus and the Snake, a picture book.').length).toBeGreaterThan(0);
    });

    it('reads a wire tag that opens a headline as a tag ("(LEAD) NIS says ...")', () => {
      expect(page('(LEAD) NIS says N. Korean hackers Andariel, Kimsuky targeted shipbuilders').map(([t]) => t)).toEqual(['NIS', 'Andariel', 'Kimsuky']);
      expect(page('Winnti (LEAD) hit the ministry, hackers say.').map(([t]) => t)).toContain('LEAD');
      // a syndicate's tag that opens the story's paragraph, with no dateline (heldout287); not one inside a sentence
      expect(page('Spyware column: hackers and spies.', '(MFS) — There is a particular tone that European officials adopt.').map(([t]) => t)).toEqual([]);
      expect(page('Spyware column: hackers and spies.', 'The files went to the Stasi (MFS) — and stayed there.').map(([t]) => t)).toEqual(['Stasi', 'MFS']);
    });

    it('lets a country right before the bracket vouch for an agency acronym ("North Korea (RGB)")', () => {
      expect(page('Hackers were busy.', 'Lazarus Group', 'North Korea (RGB)')).toContainEqual(['RGB', 'agency/kp-rgb']);
    });

    it('reads a Latin name written against Japanese or Chinese text, and cue words in those scripts', () => {
      expect(page('警察庁は「MirrorFaceによるサイバー攻撃について」を公表した')).toContainEqual(['MirrorFace', 'actor/mirrorface']);
      expect(page('美国称中国黑客组织Salt Typhoon入侵电信网络')).toEqual([['Salt Typhoon', 'actor/salt-typhoon']]);
    });

    it('leaves a weather headline\'s mercury, an airport code and the CIA triad; a rebrand of a group is the group', () => {
      expect(page('Hackers and ransomware news.', 'Sandstorm warning · Mercury to touch 47C in Al Ain · Port of Jebel Ali normal')).toEqual([]);
      expect(page('Hackers.', 'Record passenger numbers on routes between Dubai and GRU, São Paulo’s main airport.')).toEqual([]);
      expect(page('Reader Mailbag: Names, Numbers and the CIA Triad')).toEqual([]);
      expect(page('Hackers.', 'Cold open: Ben’s new RGB keyboard.', 'Ransomware and APT groups this week. Tick that one off your reading list.')).toEqual([]);
      expect(page('Hackers.', 'The GRU hacked the airport’s systems.').map(([t]) => t)).toEqual(['GRU']);
      // no cue in these sentences: before the rule, "Royal" here was the person of the first line
      expect(page('List of ransomware groups', 'Compiled by Marta Conti and Dev Royal.', 'BlackSuit: a rebrand of Royal, staffed largely by former Conti operators.').map(([t]) => t)).toEqual(['BlackSuit', 'Royal', 'Conti']);
    });

    it('leaves an acronym that a hyphen and one more capital make another code ("NPA-R"), keeps "NPA-led" and "CISA-FBI"', () => {
      expect(page('Hackers of the Lazarus Group were named by Japan\'s National Police Agency (NPA).', 'The Northern Prudential Authority (NPA-R) wrote to banks; the NPA-led task force and CISA-FBI guidance followed.').map(([t]) => t))
        .toEqual(['Lazarus Group', 'National Police Agency', 'NPA', 'NPA', 'CISA', 'FBI']);
    });

    it('takes an acronym spelt out after it by "is the", or by lower-case words in brackets, as the other thing (heldout106)', () => {
      expect(page('Ransomware hackers hit the clinic.', 'Keeping your ICE (in case of emergency) contacts up to date matters. Ask for ICE details at the desk.')).toEqual([]);
      expect(page('Ransomware hackers hit the union.', 'Acronyms you will hear: the NSA is the National Students’ Assembly; the NSA meets on Mondays.')).toEqual([]);
      // the agency's own name after "is the" keeps it ours; a sentence that spells nothing says nothing
      expect(page('Hackers struck. The NSA is the National Security Agency. The FBI is the lead agency here.').map(([, id]) => id))
        .toEqual(['agency/us-nsa', 'agency/us-nsa', 'agency/us-fbi']);
    });

    it('reads a speaker\'s label that ends in a colon as naming a person, not as a title-case headline ("Q (Marcus Play, WNCR-TV):")', () => {
      expect(page('Ransomware hackers struck the state.', 'Q (Marcus Play, WNCR-TV):', 'What happened?', 'The lure has been linked to some Play ransomware affiliates.').map(([t]) => t)).toEqual(['Play']);
    });

    it('counts the group\'s other names as establishing it before a namesake appears, until the namesake speaks (heldout104/106)', () => {
      // the group named twice by its full name, then a professor of that surname: a bare name later is the group
      expect(page('Then there is Lazarus Group, North Korean hackers better known for crypto heists; Lazarus Group also steals research.', '“They are research-office problems now.” — Prof. Daniel Lazarus, pro-vice-chancellor for research', 'Kimsuky', 'RGB', 'Lazarus', 'RGB').map(([t]) => t))
        .toEqual(['Lazarus Group', 'Lazarus Group', 'Kimsuky', 'RGB', 'Lazarus', 'RGB']);
      // once the namesake has been given words by the bare name, the bare name is theirs
      expect(page('The FBI tied the theft to the Lazarus Group; Lazarus Group hackers laundered it.', 'Investigator Dana Lazarus said the funds were split.', '“The surname gets me jokes,” Lazarus said.', 'Lazarus published her working graph.').map(([t]) => t))
        .toEqual(['FBI', 'Lazarus Group', 'Lazarus Group']);
    });

    it('reads a plain-word name beside a landmark, or glossed after a colon, as that thing ("the Pegasus fountain")', () => {
      expect(page('NSO Group sold Pegasus spyware to governments.', 'Bring back the Pegasus fountain', 'While we are talking about Pegasus: the winged-horse fountain in Founders Park has been dry.').map(([t]) => t))
        .toEqual(['NSO Group', 'Pegasus']);
    });

    it('finds a GRU unit by its Russian designation ("войсковой части 74455")', () => {
      expect(page('Хакеры из войсковой части 74455 атаковали энергосети. Войсковая часть 26165 тоже.').map(([, id]) => id)).toEqual(['agency/ru-gru-74455', 'agency/ru-gru-26165']);
    });

    it('reads an agency and its unit side by side as two mentions ("FSB Centre 18", "GRU Unit 26165") (heldout107)', () => {
      expect(page('Hackers: Britain blamed FSB Centre 18 for the leaks, and FSB Center 16 for Turla; GRU Unit 26165 too.').map(([t, id]) => `${t}=${id}`))
        .toEqual(['FSB=agency/ru-fsb', 'Centre 18=agency/ru-fsb-center-18', 'FSB=agency/ru-fsb', 'Center 16=agency/ru-fsb-center-16', 'Turla=actor/turla', 'GRU=agency/ru-gru', 'Unit 26165=agency/ru-gru-26165']);
    });

    it('leaves a lower-case word before a capitalised name out of it ("is military Unit 26165") (heldout105)', () => {
      expect(page('Hackers and spies: the group’s real name is military Unit 26165.').map(([t]) => t)).toEqual(['Unit 26165']);
    });

    it('takes an acronym in a line of capitalised words as its own capitals, not a headline\'s ("Agencies: MSS, PLA.") (heldout105)', () => {
      expect(page('Chinese hackers and spies were busy.', 'Agencies: MSS, PLA. Groups: APT41, APT31.').map(([t]) => t)).toEqual(['MSS', 'PLA', 'APT41', 'APT31']);
    });

    it('takes a double-barrelled surname as the whole person ("Wen Lazarus-Tan"), so the bare name stays the group', () => {
      expect(page('The FBI said the theft was the work of hackers of North Korea’s Lazarus Group.', '“We are working with the police,” chief executive Wen Lazarus-Tan told reporters. Lazarus-Tan, who founded the exchange, said the name coincidence was odd.', 'The thieves moved funds within hours, a technique they linked to Lazarus’s laundering teams.').map(([t]) => t))
        .toEqual(['FBI', 'Lazarus Group', 'Lazarus']);
    });

    it('takes a name between a given name and a surname as a middle name, which leaves the bare name to the group', () => {
      expect(page('Guest: Dr. Soraya Hollinghurst, payments-crime economist. Host: Benedikt Akira Sato.', 'Ransomware payments fell in 2024. We also talk about the rise of Akira and Play.', 'Benedikt: Who’s getting paid now?', 'Soraya: Akira, consistently.').map(([t]) => t))
        .toEqual(['Akira', 'Play', 'Akira']);
    });

    it('reads an element word called a prefix as the scheme\'s ("Secureworks’ NICKEL prefix denotes North Korea")', () => {
      expect(page('Hacker groups have many names. Careful: Secureworks’ NICKEL prefix denotes North Korea. Microsoft tracked NICKEL for years.').map(([t]) => t)).toEqual(['NICKEL']);
    });

    it('reads a Cyrillic name with a case ending as the whole word ("с Европолом", "Кіберпартизанами"), and Ukrainian cue words', () => {
      expect(page('Хакеры были задержаны вместе с Европолом. Европол сообщил о Киберпартизанах.').map(([t, id]) => `${t}=${id}`))
        .toEqual(['Европолом=agency/eu-europol', 'Европол=agency/eu-europol', 'Киберпартизанах=actor/cyber-partisans']);
      expect(page('Хакери діяли разом із Кіберпартизанами, повідомив Європол.').map(([t]) => t)).toEqual(['Кіберпартизанами', 'Європол']);
      // an ending only after a Cyrillic name, and only a case ending: "ГРУшник" is no "ГРУ"
      expect(page('Хакеры ГРУшники и ГРУ.').map(([t]) => t)).toEqual(['ГРУ']);
      // a plain word declined is no name: "стоявшие на солнцепёке" (in the blazing sun), beside the group «Солнцепёк»
      expect(page('Хакеры «Солнцепёк» атаковали «Киевстар». Участники акции стояли на солнцепёке.').map(([t]) => t)).toEqual(['Солнцепёк']);
    });

    it('knows the 2025 hacktivist persona Pakistan Cyber Force', () => {
      expect(page('Hacktivist channels rushed to claim credit: Team Insane PK and Pakistan Cyber Force posted lists of Indian websites.').map(([, id]) => id))
        .toEqual(['actor/team-insane-pk', 'actor/pakistan-cyber-force']);
    });

    it('knows the Japan Self-Defense Forces, which MirrorFace stories name beside the police', () => {
      expect(page('The MirrorFace hackers targeted think tanks, the National Police Agency said, and the Self-Defense Forces’ suppliers.').map(([t, id]) => `${t}=${id}`))
        .toEqual(['MirrorFace=actor/mirrorface', 'National Police Agency=agency/jp-npa', 'Self-Defense Forces=agency/jp-jsdf']);
    });

    it('reads Secureworks\' prefixes in title case as the scheme ("Bronze, Iron, Cobalt", "Cobalt for Iran")', () => {
      // the page names groups, which lets a bare one-word name through unless it is the scheme's
      expect(page('Laundry Bear and APT28 go by many names.', 'Bronze, Iron, Cobalt, Nickel, Gold (Secureworks)', 'A metal per country: Bronze for China (Bronze Silhouette), Cobalt for Iran (Cobalt Illusion).').map(([t]) => t)).toEqual(['Laundry Bear', 'APT28', 'Bronze Silhouette', 'Cobalt Illusion']);
      expect(page('The poet Dante would have had a circle for this, hackers joked.')).toEqual([]);
    });

    it('leaves a plain-word group name glossed as another kind of thing ("Sandworm (video game)")', () => {
      expect(page('Hacking news.', 'Sandworm (video game), a 1983 maze game', 'Sandworm (hacker group), a hacking unit of Russian military intelligence').map(([t, id]) => `${t} ${id}`)).toEqual(['Sandworm actor/sandworm']);
      // the same kind in an apposition: "Just like Pegasus the flying horse in Greek myths"
      expect(page('Spyware: the most famous one is Pegasus, made by NSO Group. Just like Pegasus the flying horse in Greek myths, the names sound exciting.').map(([t]) => t)).toEqual(['Pegasus', 'NSO Group']);
    });

    it('leaves a name glossed as another thing, or after a title, on a page that names the group ("Lazarus (parable)", "Saint Lazarus Island")', () => {
      expect(page('The Lazarus Group hackers stole crypto in a malware campaign.', 'Lazarus (parable), the beggar at the rich man’s gate', 'Saint Lazarus Island, Venice', 'Lazarus (IDE), a development environment').map(([t]) => t)).toEqual(['Lazarus Group']);
    });

    it('reads a tag list of groups with a distinctive one among them as names ("TAGS Akira Cl0p Play Medusa Qilin")', () => {
      expect(page('Ransomware roundup: the gangs hit hospitals.', 'TAGS Akira Cl0p Play Medusa Qilin Oracle CISA').map(([t]) => t)).toEqual(['Akira', 'Cl0p', 'Play', 'Medusa', 'Qilin', 'CISA']);
      // a person's name beside one distinctive name is no such list
      expect(page('Ransomware roundup: the gangs hit hospitals.', 'Akira Sato Cl0p').map(([t]) => t)).toEqual(['Cl0p']);
    });

    it('reads Latin names written in full-width forms, as Japanese text does ("ＡＰＴ４１", "ＦＢＩ", "JPCERT／CC")', () => {
      expect(page('中国のハッカー集団ＡＰＴ４１が攻撃した。ＦＢＩによると、JPCERT／CCも警告した。').map(([t, id]) => `${t}=${id}`)).toEqual(['ＡＰＴ４１=actor/apt41', 'ＦＢＩ=agency/us-fbi', 'JPCERT／CC=agency/jp-jpcert']);
    });

    it('reads DragonForce, also a band\'s name, only on a page that speaks of cyber operations', () => {
      // a concert listing: no cue anywhere, and the band glossed as one
      expect(page('WEEKEND PICKS', 'DragonForce — The London power-metal band bring their guitar duels to the Arena.', 'Fri: DragonForce, arena, 7.30 p.m.')).toEqual([]);
      // a ransomware story: the cartel, but not the band its name was taken from, nor the words of its model
      expect(page('DragonForce claimed the ransomware attack on the retailer.', 'The name may come from the power-metal band DragonForce.', 'More cartels on the DragonForce model will follow.').map(([t]) => t)).toEqual(['DragonForce', 'DragonForce']);
    });

    it('leaves P.L.A. the plastic: an apposition says so for the rest of the page, and so does a 3-D printer', () => {
      expect(page('The leg bands are made from P.L.A., a plant-based plastic that breaks down.', '“P.L.A. is not perfect,” he said.')).toEqual([]);
      expect(page('A play area built with P.L.A. blocks from 3-D printers.')).toEqual([]);
      // the army in the same house style
      expect(page('The P.L.A. and the M.S.S. ran the hacking campaign.').map(([t]) => t)).toEqual(['P.L.A.', 'M.S.S.']);
    });

    it('reads "surveillance" in a market\'s or a clinic\'s sense as no cue', () => {
      // one false cue would let every ordinary-word name of a markets page through
      expect(page('The exchange’s Market Surveillance System flagged nothing unusual.', 'The Hive blockchain’s HIVE token gained 4%. Pegasus, a tokenised-gold project, paused redemptions.')).toEqual([]);
      expect(page('Our mosquito and tick surveillance models the caseload.', 'Mercury thermometers should no longer be used. Tick-borne disease notifications rose.')).toEqual([]);
      expect(page('The spy agency’s surveillance of journalists widened.', 'Pegasus, the spyware, was found on their phones.').map(([t]) => t)).toEqual(['Pegasus']);
    });

    it('leaves an acronym hyphen-joined to a kind of thing ("RGB-protocol wallets")', () => {
      expect(page('North Korean hackers laundered the haul. RGB-protocol wallets were not used.')).toEqual([]);
    });

    it('reads a title before a name only where it is abbreviated with its dot ("Gen. Lazarus", not "in general. Lazarus")', () => {
      expect(page('North Korea’s hackers, Lazarus Group in general. Lazarus has been around for a decade.').map(([t]) => t)).toEqual(['Lazarus Group', 'Lazarus']);
      // nor is a hyphenated word with a country's adjective in it a given name
      expect(page('Hackers hit the portal. Pro-Russian Killnet claims the attacks.').map(([t]) => t)).toEqual(['Killnet']);
    });

    it('reads a verb opening a sentence as no given name ("Pick Sandworm or APT29")', () => {
      expect(page('Best way into threat intelligence? Pick Sandworm or APT29 and read every report on the hackers.').map(([t]) => t)).toEqual(['Sandworm', 'APT29']);
    });
  });

  it('marks Andariel ambiguous on both of its entities', () => {
    const owners = byKey.get('andariel') ?? [];
    expect(owners.length).toBeGreaterThanOrEqual(2);
    for (const id of owners) {
      const marked = byId.get(id)!.aliases.filter((a) => foldKey(a.name) === 'andariel').flatMap((a) => a.ambiguous ?? []);
      for (const o of owners) if (o !== id) expect(marked, `${id} marks ${o}`).toContain(o);
    }
    expect(owners.sort()).toEqual(['actor/apt45', 'actor/lazarus-group']);
  });

  it('vendor <-> product relations are symmetric', () => {
    let checked = 0;
    for (const e of ds.entities) {
      for (const r of e.relations ?? []) {
        if (e.kind === 'vendor' && r.type === 'product') {
          const p = byId.get(r.id)!;
          expect(p.kind, `${e.id} -> ${r.id}`).toBe('product');
          expect((p.relations ?? []).some((x) => x.type === 'vendor' && x.id === e.id), `${r.id} lists vendor ${e.id}`).toBe(true);
          checked++;
        }
        if (e.kind === 'product' && r.type === 'vendor') {
          const v = byId.get(r.id)!;
          expect(v.kind, `${e.id} -> ${r.id}`).toBe('vendor');
          expect((v.relations ?? []).some((x) => x.type === 'product' && x.id === e.id), `${r.id} lists product ${e.id}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(40);
  });

  it("APT28's sponsor is GRU unit 26165", () => {
    const sponsors = (byId.get('actor/apt28')!.relations ?? []).filter((r) => r.type === 'sponsor').map((r) => r.id);
    expect(sponsors).toEqual(['agency/ru-gru-26165']);
    expect(byId.get('agency/ru-gru-26165')!.kind).toBe('agency');
  });

  it('every relation points at an entity of a sensible kind', () => {
    for (const e of ds.entities) for (const r of e.relations ?? []) {
      const o = byId.get(r.id);
      expect(o, `${e.id} ${r.type} ${r.id}`).toBeDefined();
      if (r.type === 'sponsor') expect(o!.kind, `${e.id} sponsor ${r.id}`).toBe('agency');
    }
  });
});
