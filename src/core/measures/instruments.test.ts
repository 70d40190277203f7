import { describe, expect, it } from 'vitest';
import { BRIEF_COPE } from './brief-cope.js';
import { INSTRUMENTS, instrumentById } from './catalogue.js';
import { GAD7 } from './gad7.js';
import {
  INSTRUMENT_IDS,
  bandOf,
  isCase,
  isPossibleTotal,
  isTotalScored,
  maxItemValue,
  minItemValue,
  subscaleRange,
  type Instrument,
} from './instrument.js';
import { PCL5 } from './pcl5.js';
import { PHQ9 } from './phq9.js';
import { WHO5 } from './who5.js';

const ALL: Instrument[] = INSTRUMENT_IDS.map((id) => INSTRUMENTS[id]);
const WITH_TOTAL = ALL.filter((i) => i.scoring !== null);
const WITH_BANDS = ALL.filter((i) => i.bands.length > 0);
const WITH_SUBSCALES = ALL.filter((i) => i.subscales.length > 0);

describe.each(ALL)('$id data', (instrument) => {
  it('numbers its items 1..n with unique keys', () => {
    expect(instrument.items.map((i) => i.number)).toEqual(instrument.items.map((_, i) => i + 1));
    expect(new Set(instrument.items.map((i) => i.id)).size).toBe(instrument.items.length);
  });

  it('carries an attribution and a sourced licence', () => {
    expect(instrument.attribution.length).toBeGreaterThan(0);
    expect(instrument.licence.source.citation.length).toBeGreaterThan(0);
  });

  it('has the same answer values on consecutive whole numbers', () => {
    const values = instrument.responses.map((r) => r.value).sort((a, b) => a - b);
    expect(values).toEqual(values.map((_, i) => minItemValue(instrument) + i));
  });

  it('is total-scored exactly when it has a total', () => {
    expect(isTotalScored(instrument)).toBe(instrument.scoring !== null);
  });

  it('sources every critical item with a tier', () => {
    for (const rule of instrument.criticalItems) {
      expect(['urgent', 'notice']).toContain(rule.tier);
      expect(rule.item).toBeLessThanOrEqual(instrument.items.length);
      expect(rule.source.citation.length).toBeGreaterThan(0);
    }
  });
});

describe.each(WITH_TOTAL)('$id total', (instrument) => {
  const scoring = instrument.scoring ?? { min: Number.NaN, max: Number.NaN, multiplier: Number.NaN };

  it('spans its published range: items × lowest / highest answer × multiplier', () => {
    expect(instrument.items.length * maxItemValue(instrument) * scoring.multiplier).toBe(scoring.max);
    expect(instrument.items.length * minItemValue(instrument) * scoring.multiplier).toBe(scoring.min);
  });

  it('has a sourced caseness cut-off and reliable-change rule', () => {
    expect(instrument.caseness?.source.citation.length).toBeGreaterThan(0);
    expect(instrument.reliableChange?.source.citation.length).toBeGreaterThan(0);
  });

  it('knows which totals are possible', () => {
    expect(isPossibleTotal(instrument, scoring.max)).toBe(true);
    expect(isPossibleTotal(instrument, scoring.max + scoring.multiplier)).toBe(false);
    expect(isPossibleTotal(instrument, scoring.min - scoring.multiplier)).toBe(false);
    expect(isPossibleTotal(instrument, 0.5)).toBe(false);
    expect(bandOf(instrument, -1)).toBeNull();
  });
});

describe.each(WITH_BANDS)('$id bands', (instrument) => {
  const scoring = instrument.scoring ?? { min: 0, max: -1 };

  it('puts every possible total in exactly one band, in order, without gaps', () => {
    for (let total = scoring.min; total <= scoring.max; total++) {
      const holding = instrument.bands.filter((b) => total >= b.min && total <= b.max);
      expect(holding, `${instrument.id} total ${total}`).toHaveLength(1);
    }
    expect(instrument.bands[0]?.min).toBe(scoring.min);
    expect(instrument.bands[instrument.bands.length - 1]?.max).toBe(scoring.max);
    instrument.bands.slice(1).forEach((band, i) => expect(band.min).toBe((instrument.bands[i]?.max ?? Number.NaN) + 1));
  });

  it('changes band exactly at each boundary: min is in the band, min − 1 in the one before', () => {
    instrument.bands.forEach((band, i) => {
      expect(bandOf(instrument, band.min)?.id).toBe(band.id);
      expect(bandOf(instrument, band.max)?.id).toBe(band.id);
      expect(bandOf(instrument, band.min - 1)?.id).toBe(instrument.bands[i - 1]?.id);
    });
  });

  it('says what kind of bands they are and where they come from', () => {
    expect(['severity', 'cut-off']).toContain(instrument.bandsKind);
    expect(instrument.bandsSource?.citation.length).toBeGreaterThan(0);
  });
});

describe.each(WITH_SUBSCALES)('$id subscales', (instrument) => {
  it('puts every item in exactly one subscale', () => {
    const used = instrument.subscales.flatMap((s) => s.items).sort((a, b) => a - b);
    expect(used).toEqual(instrument.items.map((i) => i.number));
  });

  it('has unique ids and a sourced item map', () => {
    expect(new Set(instrument.subscales.map((s) => s.id)).size).toBe(instrument.subscales.length);
    expect(instrument.subscalesSource?.citation.length).toBeGreaterThan(0);
  });
});

describe('instrument identity and catalogue', () => {
  it('ships exactly PHQ-9, GAD-7, WHO-5, PCL-5 and the Brief COPE, in that order', () => {
    expect([...INSTRUMENT_IDS]).toEqual(['PHQ-9', 'GAD-7', 'WHO-5', 'PCL-5', 'Brief-COPE']);
    expect(ALL).toEqual([PHQ9, GAD7, WHO5, PCL5, BRIEF_COPE]);
    expect(Object.keys(INSTRUMENTS).sort()).toEqual([...INSTRUMENT_IDS].sort());
    for (const id of INSTRUMENT_IDS) expect(INSTRUMENTS[id].id).toBe(id);
  });

  it('looks instruments up by exact id only', () => {
    expect(instrumentById('PCL-5')).toBe(PCL5);
    expect(instrumentById('Brief-COPE')).toBe(BRIEF_COPE);
    expect(instrumentById('phq-9')).toBeUndefined();
    expect(instrumentById('CORE-10')).toBeUndefined();
    expect(instrumentById('toString')).toBeUndefined();
    expect(instrumentById('__proto__')).toBeUndefined();
  });

  it('leaves out the instruments with licence problems', () => {
    for (const id of ['CORE-10', 'K10', 'AAQ-II', 'OQ-45']) expect(instrumentById(id)).toBeUndefined();
  });
});

describe('LOINC codes (only those MEASURES.md §8 marks verified)', () => {
  it('PHQ-9: panel 44249-1, total 44261-6 and the nine US Core item codes', () => {
    expect(PHQ9.loinc).toMatchObject({ panel: '44249-1', total: '44261-6' });
    expect(PHQ9.items.map((i) => i.loinc)).toEqual([
      '44250-9', '44255-8', '44259-0', '44254-1', '44251-7', '44258-2', '44252-5', '44253-3', '44260-8',
    ]);
  });

  it('GAD-7: panel 69737-5, total 70274-6 and the seven MII item codes (not 69726-8…69731-8)', () => {
    expect(GAD7.loinc).toMatchObject({ panel: '69737-5', total: '70274-6' });
    expect(GAD7.items.map((i) => i.loinc)).toEqual(['69725-0', '68509-9', '69733-4', '69734-2', '69735-9', '69689-8', '69736-7']);
  });

  it.each([WHO5, PCL5, BRIEF_COPE])('$id: none, because no code is verified', (instrument) => {
    expect(instrument.loinc).toBeNull();
    expect(instrument.items.every((i) => i.loinc === null)).toBe(true);
  });

  it('ships the Regenstrief notice wherever a LOINC code is used', () => {
    for (const instrument of ALL.filter((i) => i.loinc !== null)) expect(instrument.loinc?.notice).toContain('Regenstrief Institute');
  });
});

describe('licences and direction', () => {
  it('keeps the Pfizer copyright line with the PHQ-9 and GAD-7', () => {
    for (const instrument of [PHQ9, GAD7]) expect(instrument.attribution).toMatch(/^Copyright © Pfizer Inc\./);
  });

  it('credits the WHO-5 owner and scores it higher-is-better; the symptom scales lower-is-better', () => {
    expect(WHO5.attribution).toContain('Mental Health Centre North Zealand');
    expect(WHO5.scoring.better).toBe('higher');
    for (const instrument of [PHQ9, GAD7, PCL5]) expect(instrument.scoring.better).toBe('lower');
  });

  it('cites Weathers 2013 and Blevins 2015 for the public-domain PCL-5', () => {
    expect(PCL5.attribution).toMatch(/Weathers et al\. 2013/);
    expect(PCL5.attribution).toMatch(/Blevins et al\. 2015/);
    expect(PCL5.attribution).toMatch(/National Center for PTSD/);
    expect(PCL5.attribution).toMatch(/public domain/);
  });

  it('says the Brief COPE items are adapted wording and cites Carver 1997', () => {
    expect(BRIEF_COPE.attribution).toMatch(/Carver/);
    expect(BRIEF_COPE.attribution).toMatch(/1997/);
    expect(BRIEF_COPE.attribution).toMatch(/Int J Behav Med 4:92–100/);
    expect(BRIEF_COPE.attribution).toMatch(/adapted wording/);
  });

  it('has PHQ-9 item 9 ≥ 1 as the only urgent item and PCL-5 item 16 ≥ 2 as a notice', () => {
    const rules = ALL.flatMap((i) => i.criticalItems.map((c) => [i.id, c.item, c.minValue, c.tier]));
    expect(rules).toEqual([
      ['PHQ-9', 9, 1, 'urgent'],
      ['PCL-5', 16, 2, 'notice'],
    ]);
  });

  it('calls only published severity ranges severity bands', () => {
    expect([PHQ9.bandsKind, GAD7.bandsKind, WHO5.bandsKind, PCL5.bandsKind]).toEqual(['severity', 'severity', 'cut-off', 'cut-off']);
  });
});

describe('helpers on an instrument without a total (Brief COPE)', () => {
  it('makes no claim: no possible total, no band, no caseness', () => {
    expect(isTotalScored(BRIEF_COPE)).toBe(false);
    expect(isPossibleTotal(BRIEF_COPE, 56)).toBe(false);
    expect(bandOf(BRIEF_COPE, 56)).toBeNull();
    expect(isCase(BRIEF_COPE, 56)).toBeNull();
  });

  it('gives each two-item scale the range 2–8 on the 1–4 coding', () => {
    expect([minItemValue(BRIEF_COPE), maxItemValue(BRIEF_COPE)]).toEqual([1, 4]);
    for (const s of BRIEF_COPE.subscales) expect(subscaleRange(BRIEF_COPE, s)).toEqual({ min: 2, max: 8 });
  });
});
