import { Foundation1795906572742 } from './1795906572742-Foundation';
import { RowLevelSecurity1795906600000 } from './1795906600000-RowLevelSecurity';

/** Every migration, in order, listed explicitly. */
export const MIGRATIONS = [Foundation1795906572742, RowLevelSecurity1795906600000];
