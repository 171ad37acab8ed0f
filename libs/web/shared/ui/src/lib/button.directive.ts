import { Directive, ElementRef, inject, input } from '@angular/core';

export type ButtonAppearance = 'primary' | 'secondary' | 'subtle';

/**
 * The NL Design System button classes in one attribute: `<button wkButton="primary">`,
 * `<button wkButton small>` (secondary, small), `<a wkButton="secondary" routerLink="…">` (a link
 * that looks like a button). `danger` marks a button that deletes.
 */
@Directive({
  selector: 'button[wkButton], a[wkButton]',
  host: {
    '[class.utrecht-button]': '!link',
    '[class.utrecht-button--primary-action]': "!link && appearance() === 'primary'",
    '[class.utrecht-button--secondary-action]': "!link && appearance() === 'secondary'",
    '[class.utrecht-button--subtle]': "!link && appearance() === 'subtle'",
    '[class.utrecht-button--danger]': '!link && danger()',
    '[class.utrecht-button-link]': 'link',
    '[class.utrecht-button-link--html-a]': 'link',
    '[class.utrecht-button-link--primary-action]': "link && appearance() === 'primary'",
    '[class.utrecht-button-link--secondary-action]': "link && appearance() === 'secondary'",
    '[class.utrecht-button-link--subtle]': "link && appearance() === 'subtle'",
    '[class.wk-button--small]': 'small()',
  },
})
export class ButtonDirective {
  /** Secondary when the attribute has no value. */
  readonly appearance = input<ButtonAppearance, ButtonAppearance | ''>('secondary', {
    alias: 'wkButton',
    transform: (value) => value || 'secondary',
  });
  readonly small = input(false, { transform: (value: boolean | '') => value !== false });
  readonly danger = input(false, { transform: (value: boolean | '') => value !== false });
  protected readonly link = (inject(ElementRef).nativeElement as HTMLElement).tagName === 'A';
}
