/**
 * The TypeORM entities of this context: for the database setup (apps/api/src/database) and for other
 * entities' relations only. Services of other contexts use this context's services and contracts instead
 * (the lint rule no-restricted-imports enforces it).
 */
export * from './lib/tenancy.entities';
