/** Demo accounts created by the seed (see apps/api/src/seed). */
export const DEMO_PASSWORD = process.env['E2E_DEMO_PASSWORD'] || 'Wijkkompas-demo-2026';

export function demoAccount(role: 'beheerder' | 'planner' | 'trekker' | 'raadslid', slug = 'nijmegen'): string {
  return `${role}@${slug}.demo.wijkkompas.nl`;
}

export const OPERATOR = 'operator@wijkkompas.demo';

/** The demo consultant: one account, planner in Nijmegen and meelezer in Den Haag (see the seed). */
export const CONSULTANT = 'adviseur@demo.wijkkompas.nl';
