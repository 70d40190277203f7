import { describe, expect, it } from 'vitest';
import { GAD7 } from './gad7.js';
import { INSTRUMENT_IDS, bandOf, isPossibleTotal, maxItemValue, type Instrument } from './instrument.js';
import { PHQ9 } from './phq9.js';
import { WHO5 } from './who5.js';

const ALL: Instrument[] = [PHQ9, GAD7, WHO5];

describe.each(ALL)('$id data', (instrument) => {
  it('numbers its items 1..n with unique keys', () => {
    expect(instrument.items.map((i) => i.number)).toEqual(instrument.items.map((_, i) => i + 1));
    expect(new Set(instrument.items.map((i) => i.id)).size).toBe(instrument.items.length);
  });

  it('spans its published range: items × highest answer × multiplier', () => {
    expect(instrument.items.length * maxItemValue(instrument) * instrument.scoring.multiplier).toBe(instrument.scoring.max);
    expect(instrument.scoring.min).toBe(0);
  });

  it('puts every possible total in exactly one band, in order, without gaps', () => {
    for (let total = instrument.scoring.min; total <= instrument.scoring.max; total++) {
      const holding = instrument.bands.filter((b) => total >= b.min && total <= b.max);
      expect(holding, `${instrument.id} total ${total}`).toHaveLength(1);
    }
    instrument.bands.slice(1).forEach((band, i) => expect(band.min).toBe((instrument.bands[i]?.max ?? Number.NaN) + 1));
  });

  it('carries an attribution and a sourced reliable-change rule', () => {
    expect(instrument.attribution.length).toBeGreaterThan(0);
    expect(instrument.reliableChange.source.citation.length).toBeGreaterThan(0);
  });

  it('knows which totals are possible', () => {
    expect(isPossibleTotal(instrument, instrument.scoring.max)).toBe(true);
    expect(isPossibleTotal(instrument, instrument.scoring.max + instrument.scoring.multiplier)).toBe(false);
    expect(isPossibleTotal(instrument, -instrument.scoring.multiplier)).toBe(false);
    expect(isPossibleTotal(instrument, 0.5)).toBe(false);
    expect(bandOf(instrument, -1)).toBeNull();
  });
});

describe('instrument identity', () => {
  it('covers exactly the three instruments of issue 4', () => {
    expect(ALL.map((i) => i.id)).toEqual([...INSTRUMENT_IDS]);
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

  it('WHO-5: none, because every code found in repos is unverified', () => {
    expect(WHO5.loinc).toBeNull();
    expect(WHO5.items.every((i) => i.loinc === null)).toBe(true);
  });

  it('ships the Regenstrief notice wherever a LOINC code is used', () => {
    for (const instrument of [PHQ9, GAD7]) expect(instrument.loinc?.notice).toContain('Regenstrief Institute');
  });
});

describe('licences and direction', () => {
  it('keeps the Pfizer copyright line with the PHQ-9 and GAD-7', () => {
    for (const instrument of [PHQ9, GAD7]) expect(instrument.attribution).toMatch(/^Copyright © Pfizer Inc\./);
  });

  it('credits the WHO-5 owner and scores it higher-is-better', () => {
    expect(WHO5.attribution).toContain('Mental Health Centre North Zealand');
    expect(WHO5.scoring.better).toBe('higher');
    expect(PHQ9.scoring.better).toBe('lower');
    expect(GAD7.scoring.better).toBe('lower');
  });

  it('marks PHQ-9 item 9 ≥ 1 as the only critical item', () => {
    expect(PHQ9.criticalItems.map((c) => [c.item, c.minValue])).toEqual([[9, 1]]);
    expect(GAD7.criticalItems).toEqual([]);
    expect(WHO5.criticalItems).toEqual([]);
  });
});
