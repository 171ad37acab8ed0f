import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControlDirective, FormFieldComponent } from './form-field.component';

@Component({
  imports: [FormFieldComponent, FormControlDirective],
  template: `
    <wk-form-field controlId="f-naam" label="Naam" description="Zoals de gemeente het noemt." [error]="error()" errorPrefix="Fout:">
      <input wkControl class="utrecht-textbox" />
    </wk-form-field>
  `,
})
class HostComponent {
  readonly error = signal<string | null>(null);
}

describe('FormFieldComponent with wkControl', () => {
  it('binds label, description and error to the control', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const input = element.querySelector('input');
    expect(element.querySelector('label')?.getAttribute('for')).toBe('f-naam');
    expect(input?.id).toBe('f-naam');
    expect(input?.getAttribute('aria-describedby')).toBe('f-naam-uitleg');
    expect(input?.hasAttribute('aria-invalid')).toBe(false);

    fixture.componentInstance.error.set('Vul de naam in.');
    await fixture.whenStable();
    expect(input?.getAttribute('aria-describedby')).toBe('f-naam-uitleg f-naam-fout');
    expect(input?.getAttribute('aria-invalid')).toBe('true');
    expect(input?.classList).toContain('utrecht-textbox--invalid');
    expect(element.querySelector('#f-naam-fout')?.textContent).toContain('Vul de naam in.');
  });
});
