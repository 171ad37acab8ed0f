import { DOCUMENT, Injectable, inject } from '@angular/core';
import { DEFAULT_THEME, type TenantTheme } from '@wk/contracts';
import { isHexColor, normalizeHexColor } from './contrast';

/**
 * Custom properties set on `<html>`. The NL Design System tokens of the `utrecht-theme` (on `<body>`)
 * are mapped onto these in styles.css (`--utrecht-button-primary-action-background-color:
 * var(--wk-primary-color)` and so on), because a token re-declared by the theme class on `<body>`
 * would hide a value set on `<html>`.
 */
export const THEME_PROPERTIES = {
  primaryColor: '--wk-primary-color',
  primaryColorText: '--wk-primary-color-text',
} as const;

/** Applies a gemeente's colours after sign-in and removes them after sign-out. */
@Injectable({ providedIn: 'root' })
export class ThemeService {
  readonly #document = inject(DOCUMENT);

  apply(theme: TenantTheme): void {
    const style = this.#document.documentElement.style;
    const primary = isHexColor(theme.primaryColor) ? theme.primaryColor : DEFAULT_THEME.primaryColor;
    const text = isHexColor(theme.primaryColorText) ? theme.primaryColorText : DEFAULT_THEME.primaryColorText;
    style.setProperty(THEME_PROPERTIES.primaryColor, normalizeHexColor(primary));
    style.setProperty(THEME_PROPERTIES.primaryColorText, normalizeHexColor(text));
  }

  reset(): void {
    const style = this.#document.documentElement.style;
    for (const property of Object.values(THEME_PROPERTIES)) {
      style.removeProperty(property);
    }
  }
}
