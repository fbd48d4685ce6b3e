import { describe, expect, it } from 'vitest';
import { sampleLabel } from './fixtures.test-support.js';
import { renderLabelZpl } from './label-zpl.js';

describe('renderLabelZpl', () => {
  const zpl = renderLabelZpl(sampleLabel()).toString('utf8');

  it('is one ^XA ... ^XZ label sized for 4x6 at 203 dpi', () => {
    expect(zpl.startsWith('^XA\n')).toBe(true);
    expect(zpl.endsWith('\n^XZ')).toBe(true);
    expect(zpl.match(/\^XA/g)).toHaveLength(1);
    expect(zpl.match(/\^XZ/g)).toHaveLength(1);
    expect(zpl).toContain('^PW812');
    expect(zpl).toContain('^LL1218');
  });

  it('encodes the tracking number in a ^BC Code128 field that fits the label', () => {
    const field = /\^FO(\d+),(\d+)\^BY(\d+),3,(\d+)\^BCN,\d+,N,N,N,A\^FD([^^]*)\^FS/.exec(zpl);
    expect(field?.[5]).toBe('9400111899223344556677');
    const [x, module] = [Number(field![1]), Number(field![3])];
    // 156 modules for this number (subset C); the symbol plus its right quiet zone stays on the label.
    expect(x + (156 + 10) * module).toBeLessThanOrEqual(812);
    expect(module).toBeGreaterThanOrEqual(2);
  });

  it('prints the human-readable number and the references', () => {
    for (const value of ['^FD9400111899223344556677^FS', 'MARIA GONZALEZ', 'CHICAGO, IL 60622-4518', 'USPS', 'GROUND ADVANTAGE', '1153493826371829364']) {
      expect(zpl).toContain(value);
    }
  });

  it('escapes ZPL control characters in text so a field cannot inject commands', () => {
    const out = renderLabelZpl(sampleLabel({ shipTo: { ...sampleLabel().shipTo, name: 'Evil ^XZ~JR_x\nname' } })).toString();
    expect(out).toContain('^FH^FDEVIL _5EXZ_7EJR_5FX NAME^FS');
    expect(out.match(/\^XZ/g)).toHaveLength(1);
  });
});
