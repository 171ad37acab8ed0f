import { DestroyRef, inject } from '@angular/core';
import type { TenantTheme } from '@wk/contracts';
import { SessionStore, ThemeService } from '@wk/web/core';

/**
 * A public page wears the gemeente's colours; leaving it gives the signed-in user's gemeente its colours back (or
 * none when nobody is signed in).
 */
export function usePublicTheme(): (theme: TenantTheme) => void {
  const themes = inject(ThemeService);
  const session = inject(SessionStore);
  inject(DestroyRef).onDestroy(() => {
    const own = session.tenant()?.theme;
    if (own) themes.apply(own);
    else themes.reset();
  });
  return (theme) => themes.apply(theme);
}
