import { DOCUMENT, Injectable, inject } from '@angular/core';
import { DEFAULT_THEME, type TenantTheme } from '@wk/contracts';
import { parseHexColor } from '@wk/util';

/**
 * Custom properties set on `<html>`. The NL Design System tokens of the `utrecht-theme` class (on
 * `<body>`) are mapped onto these in styles.css (`--utrecht-button-primary-action-background-color:
 * var(--wk-primary-color)` and so on): a token that the theme class re-declares on `<body>` would
 * hide a value set on `<html>`, so the tenant colour travels through `--wk-*`.
 */
export const THEME_PROPERTIES = {
  primaryColor: '--wk-primary-color',
  primaryColorText: '--wk-primary-color-text',
  accentColor: '--wk-accent-color',
} as const;

/** `#abc` or `#AABBCC` → `#aabbcc`; anything else → the fallback (so nothing odd reaches a style). */
export function toCssHexColor(value: string, fallback: string): string {
  const rgb = parseHexColor(value) ?? parseHexColor(fallback);
  if (rgb === null) {
    return '#000000';
  }
  return `#${[rgb.r, rgb.g, rgb.b].map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}

/** Applies a gemeente's colours after sign-in and removes them after sign-out. */
@Injectable({ providedIn: 'root' })
export class ThemeService {
  readonly #document = inject(DOCUMENT);

  apply(theme: TenantTheme): void {
    const style = this.#document.documentElement.style;
    style.setProperty(THEME_PROPERTIES.primaryColor, toCssHexColor(theme.primaryColor, DEFAULT_THEME.primaryColor));
    style.setProperty(THEME_PROPERTIES.primaryColorText, toCssHexColor(theme.primaryColorText, DEFAULT_THEME.primaryColorText));
    // Without a second colour the first one marks the current page (and no line runs under the header).
    if (theme.accentColor) {
      style.setProperty(THEME_PROPERTIES.accentColor, toCssHexColor(theme.accentColor, theme.primaryColor));
    } else {
      style.removeProperty(THEME_PROPERTIES.accentColor);
    }
  }

  reset(): void {
    const style = this.#document.documentElement.style;
    for (const property of Object.values(THEME_PROPERTIES)) {
      style.removeProperty(property);
    }
  }
}
