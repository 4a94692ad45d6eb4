import { describe, expect, it } from 'vitest';
import { ImportRefusedError } from './import-errors.ts';
import { buildDelistingPreview, checkDelistingShare, versionStanding } from './version-rules.ts';

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportRefusedError) return { code: error.code, lines: error.lines };
    throw error;
  }
  return null;
};
const v1 = { id: 'cn-sanctions-aaaaaaaaaaaa', asOf: '2026-08-22' };
const base = { file: 'f.csv', documentId: 'cn-sanctions-bbbbbbbbbbbb', asOfGiven: true };

describe('versionStanding', () => {
  it('takes the very file loaded before as the same, even when a newer version is loaded', () => {
    const v2 = { id: 'cn-sanctions-cccccccccccc', asOf: '2026-10-15' };
    expect(versionStanding({ ...base, documentId: v1.id, asOf: v1.asOf, versions: [v1, v2] })).toBe(
      'same',
    );
    expect(
      refusal(() =>
        versionStanding({ ...base, documentId: v1.id, asOf: '2026-09-01', versions: [v1, v2] }),
      )?.code,
    ).toBe('AS_OF_CHANGED');
  });

  it('needs an explicit --as-of later than the latest version for a newer one', () => {
    expect(versionStanding({ ...base, asOf: '2026-01-01', versions: [] })).toBe('first');
    expect(versionStanding({ ...base, asOf: '2026-08-23', versions: [v1] })).toBe('newer');
    expect(
      refusal(() =>
        versionStanding({ ...base, asOf: '2026-09-01', asOfGiven: false, versions: [v1] }),
      ),
    ).toMatchObject({ code: 'AS_OF_REQUIRED' });
    expect(refusal(() => versionStanding({ ...base, asOf: '2026-08-22', versions: [v1] }))).toEqual(
      {
        code: 'OLDER_VERSION',
        lines: [
          'f.csv: another version as of the same day is loaded (cn-sanctions-aaaaaaaaaaaa, as of 2026-08-22); a newer version needs a later --as-of.',
        ],
      },
    );
    expect(
      refusal(() => versionStanding({ ...base, asOf: '2026-01-01', versions: [v1] }))?.code,
    ).toBe('OLDER_VERSION');
  });
});

describe('checkDelistingShare', () => {
  it('refuses a version that would delist more than 10% of the listings in force, unless allowed', () => {
    expect(
      refusal(() => checkDelistingShare({ file: 'f.csv', inForce: 11, absent: 1, allowed: false })),
    ).toBeNull();
    expect(
      refusal(() => checkDelistingShare({ file: 'f.csv', inForce: 0, absent: 0, allowed: false })),
    ).toBeNull();
    expect(
      refusal(() => checkDelistingShare({ file: 'f.csv', inForce: 12, absent: 8, allowed: false })),
    ).toEqual({
      code: 'MASS_DELISTING',
      lines: [
        'f.csv: this version does not state 8 of the 12 listings in force of its list(s) (more than 10%), which would all be delisted. Is it the whole list? If the removals are real, import it with --allow-mass-delisting.',
      ],
    });
    expect(
      refusal(() => checkDelistingShare({ file: 'f.csv', inForce: 12, absent: 8, allowed: true })),
    ).toBeNull();
  });
});

describe('buildDelistingPreview', () => {
  it('counts the listings in force of the data sets and those the version does not state, with parameters only', () => {
    expect(
      buildDelistingPreview({ datasets: ['cn-sanctions'], listingIds: ['m|LISTS|a'] }),
    ).toMatchSnapshot();
  });
});
