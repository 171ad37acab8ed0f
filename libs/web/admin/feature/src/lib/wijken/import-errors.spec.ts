import { importErrorRows, stripBom } from './import-errors';

describe('importErrorRows', () => {
  it('turns invalid parameters into rows per line and column, file-wide errors first', () => {
    const rows = importErrorRows([
      { name: 'rows.4.cbs_codes', code: 'unknown_cbs_code', reason: 'Deze code bestaat niet in 2024.' },
      { name: 'header.plaats', code: 'unknown_column', reason: 'Deze kolom kennen we niet.' },
      { name: 'rows.2.naam', code: 'required', reason: 'Vul de naam in.' },
      { name: 'rows.3', code: 'unclosed_quote', reason: 'Een aanhalingsteken wordt niet gesloten.' },
      { name: 'csv', code: 'empty', reason: 'Het bestand bevat geen wijken.' },
    ]);
    expect(rows).toEqual([
      { line: null, column: null, header: false, message: 'Het bestand bevat geen wijken.' },
      { line: 1, column: 'plaats', header: true, message: 'Deze kolom kennen we niet.' },
      { line: 2, column: 'naam', header: false, message: 'Vul de naam in.' },
      { line: 3, column: null, header: false, message: 'Een aanhalingsteken wordt niet gesloten.' },
      { line: 4, column: 'cbs_codes', header: false, message: 'Deze code bestaat niet in 2024.' },
    ]);
  });

  it('removes a byte order mark', () => {
    expect(stripBom('\uFEFFnaam;cbs_codes')).toBe('naam;cbs_codes');
    expect(stripBom('naam')).toBe('naam');
  });
});
