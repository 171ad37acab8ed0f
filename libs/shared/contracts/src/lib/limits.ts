/**
 * Field limits shared by the API's validation and the web's forms, so the two never disagree.
 * Texts are counted in characters (UTF-16 code units, as `MaxLength` and `maxlength` count them).
 */

/** Years a plan, an action period, a budget line or a progress update may name. */
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;
/** Years of the CBS classification a wijk may be linked to (older than plans: the 1990s divisions). */
export const CBS_YEAR_MIN = 1990;

/** A plan's title, an adoption's decision reference, a person's or an org unit's name. */
export const TITLE_MAX_LENGTH = 200;
/** A plan's optional theme. */
export const THEME_MAX_LENGTH = 100;
/** A plan's vision, a building block's text, an action's description. */
export const LONG_TEXT_MAX_LENGTH = 20_000;
/** A goal's statement and target. */
export const GOAL_TEXT_MAX_LENGTH = 2000;
/** An action's and a milestone's title. */
export const ACTION_TITLE_MAX_LENGTH = 300;
/** Why an adoption was corrected; a progress update's note on a closed period. */
export const REASON_MAX_LENGTH = 1000;
/** A progress update's text. */
export const UPDATE_TEXT_MAX_LENGTH = 5000;
/** A wijk's population: its source and its role in the city. */
export const POPULATION_MAX = 10_000_000;
export const POPULATION_SOURCE_MAX_LENGTH = 300;
export const ROLE_IN_CITY_MAX_LENGTH = 4000;
/** An e-mail address (RFC 5321). */
export const EMAIL_MAX_LENGTH = 254;
/** What the sign-in form accepts as a password (the policy itself is PASSWORD_MIN/MAX_LENGTH). */
export const SIGN_IN_PASSWORD_MAX_LENGTH = 200;

/** Amounts are whole euro cents, 0 up to 100 billion euro (far below 2^53). */
export const AMOUNT_MIN_CENTS = 0;
export const AMOUNT_MAX_CENTS = 10_000_000_000_000;
/** A percentage complete. */
export const PERCENT_MIN = 0;
export const PERCENT_MAX = 100;

/** Lists. */
export const PLAN_WIJKEN_MAX = 50;
export const REPLACED_PLANS_MAX = 50;
export const ORDERED_ITEMS_MAX = 500;
export const BUDGET_LINES_MAX = 100;
export const MILESTONES_MAX = 100;
export const UNITS_PER_ACTION_MAX = 50;
export const CBS_UNITS_PER_WIJK_MAX = 100;
