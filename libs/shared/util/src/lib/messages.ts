import { PROBLEM_LANGUAGES, type ErrorCode, type ProblemLanguage } from '@wk/contracts';

/** Values put into a message's `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

interface Texts {
  readonly nl: string;
  readonly en: string;
}

/**
 * The message catalogue of problem details: every text the API puts in a problem's `title`, `detail`
 * or `invalidParams[].reason`, in Dutch and English, keyed by a stable code. The API answers in the
 * request's language; the web translates by the same code (so a message follows the language switch).
 * Placeholders `{name}` are filled from the message's parameters.
 */
export const MESSAGES = {
  // Request body and fields (class-validator and the DTOs).
  'body.invalid': { nl: 'Ongeldige inhoud.', en: 'Invalid content.' },
  'body.json': { nl: 'De inhoud van het verzoek is geen geldige JSON.', en: 'The request body is not valid JSON.' },
  'body.json_short': { nl: 'Geen geldige JSON.', en: 'Not valid JSON.' },
  'body.too_large': { nl: 'Het verzoek is te groot.', en: 'The request is too large.' },
  'field.unknown': { nl: 'Dit veld kennen we niet. Laat het weg.', en: 'We do not know this field. Leave it out.' },
  'field.required': { nl: 'Vul dit veld in.', en: 'Fill in this field.' },
  'field.text': { nl: 'Vul hier tekst in.', en: 'Enter text here.' },
  'field.integer': { nl: 'Vul een heel getal in.', en: 'Enter a whole number.' },
  'field.whole_non_negative': { nl: 'Vul een heel getal in (0 of meer).', en: 'Enter a whole number (0 or more).' },
  'field.boolean': { nl: 'Kies ja of nee (true of false).', en: 'Choose yes or no (true or false).' },
  'field.active': { nl: 'Kies true (actief) of false (gedeactiveerd).', en: 'Choose true (active) or false (deactivated).' },
  'field.list': { nl: 'Geef een lijst.', en: 'Give a list.' },
  'field.object': { nl: 'Geef een object.', en: 'Give an object.' },
  'field.number': { nl: 'Vul een getal in.', en: 'Enter a number.' },
  'field.email': {
    nl: 'Vul een geldig e-mailadres in, zoals naam@gemeente.nl.',
    en: 'Enter a valid e-mail address, such as name@municipality.nl.',
  },
  'field.id': { nl: 'Dit is geen geldige id.', en: 'This is not a valid id.' },
  'field.choice': { nl: 'Kies een van de toegestane waarden.', en: 'Choose one of the allowed values.' },
  'field.choice_of': { nl: 'Kies {choices}.', en: 'Choose {choices}.' },
  'field.format': { nl: 'Dit heeft niet de goede vorm.', en: 'This does not have the right form.' },
  'field.too_long': { nl: 'Deze tekst is te lang.', en: 'This text is too long.' },
  'field.too_short': { nl: 'Deze tekst is te kort.', en: 'This text is too short.' },
  'field.max_length': { nl: 'Gebruik maximaal {max} tekens.', en: 'Use at most {max} characters.' },
  'field.min_length': { nl: 'Gebruik minstens {min} tekens.', en: 'Use at least {min} characters.' },
  'field.too_small': { nl: 'Deze waarde is te klein.', en: 'This value is too small.' },
  'field.too_large': { nl: 'Deze waarde is te groot.', en: 'This value is too large.' },
  'field.nested': { nl: 'Dit onderdeel is niet goed ingevuld.', en: 'This part is not filled in correctly.' },
  'field.invalid': { nl: 'Deze waarde is niet geldig.', en: 'This value is not valid.' },
  'field.year': { nl: 'Vul een jaartal in tussen {min} en {max}.', en: 'Enter a year between {min} and {max}.' },
  'field.version': {
    nl: 'Geef de versie waarop uw wijziging is gebaseerd.',
    en: 'Give the version your change is based on.',
  },
  'field.version_integer': {
    nl: 'Geef de versie waarop uw wijziging is gebaseerd (een heel getal).',
    en: 'Give the version your change is based on (a whole number).',
  },
  'field.date': {
    nl: 'Vul een datum in als jjjj-mm-dd, zoals {example}.',
    en: 'Enter a date as yyyy-mm-dd, such as {example}.',
  },
  'field.block': { nl: 'Kies een bouwsteen: B1, B2, B3, B4, B5 of B6.', en: 'Choose a building block: B1, B2, B3, B4, B5 or B6.' },
  'field.pillar': { nl: 'Kies een pijler: P1, P2 of P3.', en: 'Choose a pillar: P1, P2 or P3.' },
  'field.quarter': { nl: 'Kies een kwartaal: 1, 2, 3 of 4.', en: 'Choose a quarter: 1, 2, 3 or 4.' },
  'field.cadence': {
    nl: 'Kies quarterly (elk kwartaal) of yearly (elk jaar).',
    en: 'Choose quarterly (every quarter) or yearly (every year).',
  },
  'field.period': {
    nl: 'Geef een jaar en een kwartaal, zoals { "year": 2026, "quarter": 1 }.',
    en: 'Give a year and a quarter, such as { "year": 2026, "quarter": 1 }.',
  },
  'field.cents': {
    nl: 'Vul een bedrag in hele eurocenten in (0 of meer).',
    en: 'Enter an amount in whole euro cents (0 or more).',
  },
  'field.amount_negative': {
    nl: 'Het bedrag mag niet negatief zijn. Vul 0 of meer in.',
    en: 'The amount may not be negative. Enter 0 or more.',
  },
  'field.amount_too_large': { nl: 'Dit bedrag is te groot.', en: 'This amount is too large.' },
  'field.percent': {
    nl: 'Vul een heel percentage in van {min} tot en met {max}.',
    en: 'Enter a whole percentage from {min} to {max}.',
  },
  'field.cbs_unit_code': {
    nl: 'Een CBS-code is WK met zes cijfers (wijk) of BU met acht cijfers (buurt), zoals BU02680733.',
    en: 'A CBS code is WK with six digits (wijk) or BU with eight digits (buurt), such as BU02680733.',
  },
  'field.cbs_gemeente_code': {
    nl: 'Een CBS-gemeentecode is GM met vier cijfers, zoals GM0268.',
    en: 'A CBS municipality code is GM with four digits, such as GM0268.',
  },
  'field.slug': {
    nl: 'Gebruik alleen kleine letters, cijfers en streepjes, zoals den-haag.',
    en: 'Use only lower-case letters, digits and hyphens, such as den-haag.',
  },
  'field.color': {
    nl: 'Geef een kleur als hexadecimale code, zoals #154273.',
    en: 'Give a colour as a hexadecimal code, such as #154273.',
  },
  'field.logo_too_large': {
    nl: 'Het logo is te groot: gebruik een bestand van hoogstens {kb} kB.',
    en: 'The logo is too large: use a file of at most {kb} kB.',
  },
  'field.logo_type': { nl: 'Het logo moet een PNG-, JPEG- of SVG-bestand zijn.', en: 'The logo must be a PNG, JPEG or SVG file.' },
  'field.role': { nl: 'Kies een rol: {roles}.', en: 'Choose a role: {roles}.' },
  'field.org_unit_kind': {
    nl: 'Kies afdeling (department) of partner (partner).',
    en: 'Choose department (department) or partner (partner).',
  },
  'field.tenant_choice': { nl: 'Kies een gemeente uit de lijst.', en: 'Choose a municipality from the list.' },
  'field.email_required': { nl: 'Vul uw e-mailadres in.', en: 'Enter your e-mail address.' },
  'field.password_required': { nl: 'Vul uw wachtwoord in.', en: 'Enter your password.' },
  'field.current_password_required': { nl: 'Vul uw huidige wachtwoord in.', en: 'Enter your current password.' },
  'field.new_password_required': { nl: 'Vul een nieuw wachtwoord in.', en: 'Enter a new password.' },
  'field.progress_status': {
    nl: 'Kies een status: not_started, on_track, at_risk, delayed, completed of cancelled.',
    en: 'Choose a status: not_started, on_track, at_risk, delayed, completed or cancelled.',
  },
  'field.progress_filter': { nl: 'Kies all, due of overdue.', en: 'Choose all, due or overdue.' },

  // Lists.
  'list.wijken': { nl: 'Geef een lijst van wijken.', en: 'Give a list of wijken.' },
  'list.plans': { nl: 'Geef een lijst van plannen.', en: 'Give a list of plans.' },
  'list.goals': { nl: 'Geef een lijst van doelen.', en: 'Give a list of goals.' },
  'list.actions': { nl: 'Geef een lijst van acties.', en: 'Give a list of actions.' },
  'list.milestones': { nl: 'Geef een lijst van mijlpalen.', en: 'Give a list of milestones.' },
  'list.org_units': { nl: 'Geef een lijst van organisatieonderdelen.', en: 'Give a list of organisational units.' },
  'list.cbs_units': { nl: 'Geef een lijst van CBS-eenheden.', en: 'Give a list of CBS units.' },
  'list.too_long': { nl: 'Deze lijst is te lang.', en: 'This list is too long.' },
  'list.min_one': { nl: 'Deze lijst moet minstens één waarde hebben.', en: 'This list needs at least one value.' },
  'list.unique': { nl: 'Elke waarde mag maar één keer voorkomen.', en: 'Each value may occur only once.' },
  'list.budget': { nl: 'Geef een lijst met een bedrag per jaar.', en: 'Give a list with an amount per year.' },
  'list.wijken_min': { nl: 'Kies minstens één wijk.', en: 'Choose at least one wijk.' },
  'list.wijken_max': { nl: 'Kies hoogstens {max} wijken.', en: 'Choose at most {max} wijken.' },
  'list.wijken_unique': { nl: 'Elke wijk mag maar één keer voorkomen.', en: 'Each wijk may occur only once.' },
  'list.plans_max': { nl: 'Geef hoogstens {max} plannen.', en: 'Give at most {max} plans.' },
  'list.plans_unique': { nl: 'Elk plan mag maar één keer voorkomen.', en: 'Each plan may occur only once.' },
  'list.goals_unique': { nl: 'Elk doel mag maar één keer voorkomen.', en: 'Each goal may occur only once.' },
  'list.actions_unique': { nl: 'Elke actie mag maar één keer voorkomen.', en: 'Each action may occur only once.' },
  'list.milestones_max': { nl: 'Gebruik hoogstens {max} mijlpalen.', en: 'Use at most {max} milestones.' },
  'list.units_max': { nl: 'Kies hoogstens {max} onderdelen.', en: 'Choose at most {max} units.' },
  'list.units_unique': { nl: 'Elk onderdeel mag maar één keer voorkomen.', en: 'Each unit may occur only once.' },
  'list.cbs_units_min': {
    nl: 'Koppel de wijk aan minstens één CBS-wijk of -buurt.',
    en: 'Link the wijk to at least one CBS wijk or buurt.',
  },
  'list.cbs_units_max': {
    nl: 'Koppel een wijk aan hoogstens {max} CBS-eenheden.',
    en: 'Link a wijk to at most {max} CBS units.',
  },

  // General problems.
  'problem.invalid': { nl: 'Niet alle velden zijn goed ingevuld.', en: 'Not all fields are filled in correctly.' },
  'problem.not_found_route': { nl: 'Deze pagina of dit onderdeel bestaat niet.', en: 'This page or item does not exist.' },
  'problem.method_not_allowed': {
    nl: 'Dit adres kent de methode {method} niet. Wel: {allowed}.',
    en: 'This address does not support the method {method}. It does support: {allowed}.',
  },
  'problem.in_use': {
    nl: 'Dit onderdeel wordt nog gebruikt, bijvoorbeeld in een plan. Haal die koppeling eerst weg.',
    en: 'This item is still in use, for example in a plan. Remove that link first.',
  },
  'problem.just_created': {
    nl: 'Dit bestaat al: iemand anders heeft het net aangemaakt. Kijk in de lijst of kies een andere naam.',
    en: 'This already exists: someone else has just created it. Look in the list or choose another name.',
  },
  'problem.internal': {
    nl: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
    en: 'Something went wrong on our side. Please try again later.',
  },
  'problem.database_unavailable': {
    nl: 'Wijkkompas kan de gegevens even niet bereiken. Probeer het over een paar seconden opnieuw.',
    en: 'Wijkkompas cannot reach its data for a moment. Please try again in a few seconds.',
  },
  'problem.version_conflict': {
    nl: 'Iemand anders heeft dit intussen gewijzigd. Laad de pagina opnieuw en voer uw wijziging nog eens in.',
    en: 'Someone else has changed this in the meantime. Reload the page and enter your change again.',
  },

  // Export and import of one gemeente's data (a file of the operator's or the beheerder's export).
  'transfer.exists': {
    nl: 'Gemeente {slug} bestaat al in deze installatie (zelfde id, naam in de adresbalk of CBS-code). Een import maakt alleen een gemeente die er nog niet is.',
    en: 'Gemeente {slug} already exists in this installation (same id, address name or CBS code). An import only creates a gemeente that is not there yet.',
  },
  'transfer.account_conflict': {
    nl: 'Een account in het bestand heeft hetzelfde id als een ander account in deze installatie. Er is niets ingelezen.',
    en: 'An account in the file has the same id as another account in this installation. Nothing was imported.',
  },
  'transfer.schema_version': {
    nl: 'Het bestand hoort bij databaseversie {file}, deze installatie heeft {here}. Lees het in bij een installatie met dezelfde versie.',
    en: 'The file belongs to database version {file}; this installation has {here}. Import it into an installation of the same version.',
  },
  'transfer.file_invalid': {
    nl: 'Dit bestand is geen volledige, ongewijzigde export van één gemeente uit Wijkkompas. Er is niets ingelezen.',
    en: 'This file is not a complete, unchanged export of one gemeente from Wijkkompas. Nothing was imported.',
  },
  'transfer.content_type': {
    nl: 'Stuur het exportbestand zelf mee, als application/gzip.',
    en: 'Send the export file itself, as application/gzip.',
  },

  // Not found, by subject.
  'not_found.item': {
    nl: 'Dit onderdeel bestaat niet of u heeft er geen toegang toe.',
    en: 'This item does not exist or you have no access to it.',
  },
  'not_found.wijk': {
    nl: 'Deze wijk bestaat niet of u heeft er geen toegang toe.',
    en: 'This wijk does not exist or you have no access to it.',
  },
  'not_found.tenant': {
    nl: 'Deze gemeente bestaat niet of u heeft er geen toegang toe.',
    en: 'This municipality does not exist or you have no access to it.',
  },
  'not_found.plan': {
    nl: 'Dit plan bestaat niet of u heeft er geen toegang toe.',
    en: 'This plan does not exist or you have no access to it.',
  },
  'not_found.goal': {
    nl: 'Dit doel bestaat niet of u heeft er geen toegang toe.',
    en: 'This goal does not exist or you have no access to it.',
  },
  'not_found.action': {
    nl: 'Deze actie bestaat niet of u heeft er geen toegang toe.',
    en: 'This action does not exist or you have no access to it.',
  },
  'not_found.milestone': {
    nl: 'Deze mijlpaal bestaat niet of u heeft er geen toegang toe.',
    en: 'This milestone does not exist or you have no access to it.',
  },
  'not_found.org_unit': {
    nl: 'Dit organisatieonderdeel bestaat niet of u heeft er geen toegang toe.',
    en: 'This organisational unit does not exist or you have no access to it.',
  },
  'not_found.user': {
    nl: 'Deze gebruiker bestaat niet of u heeft er geen toegang toe.',
    en: 'This user does not exist or you have no access to it.',
  },
  'not_found.indicator': {
    nl: 'Deze indicator bestaat niet of u heeft er geen toegang toe.',
    en: 'This indicator does not exist or you have no access to it.',
  },
  'not_found.area': {
    nl: 'Voor dit CBS-gebied zijn geen openbare cijfers.',
    en: 'There are no public figures for this CBS area.',
  },
  'not_found.admin': {
    nl: 'Deze beheerder bestaat niet of u heeft er geen toegang toe.',
    en: 'This administrator does not exist or you have no access to it.',
  },

  // Plans, goals and actions.
  'status.draft': { nl: 'concept', en: 'a draft' },
  'status.in_review': { nl: 'in bespreking', en: 'in review' },
  'status.adopted': { nl: 'vastgesteld', en: 'adopted' },
  'status.archived': { nl: 'gearchiveerd', en: 'archived' },
  'status.adopted_or_archived': { nl: 'vastgesteld of gearchiveerd', en: 'adopted or archived' },
  'step.submit': { nl: 'Indienen ter bespreking', en: 'Submitting for review' },
  'step.reopen': { nl: 'Terugzetten naar concept', en: 'Returning to draft' },
  'step.adopt': { nl: 'Vaststellen', en: 'Adopting' },
  'step.correct_adoption': { nl: 'De vaststelling corrigeren', en: 'Correcting the adoption' },
  'step.archive': { nl: 'Archiveren', en: 'Archiving' },
  'step.new_revision': { nl: 'Een nieuwe versie maken', en: 'Making a new revision' },
  'plan.read_only_in_review': {
    nl: 'Dit plan ligt ter bespreking en kan nu niet worden gewijzigd. Zet het eerst terug naar concept.',
    en: 'This plan is in review and cannot be changed now. Return it to draft first.',
  },
  'plan.read_only_frozen': {
    nl: 'Deze versie van het plan is {status} en kan niet meer worden gewijzigd. Maak een nieuwe versie om het plan aan te passen.',
    en: 'This revision of the plan is {status} and can no longer be changed. Make a new revision to change the plan.',
  },
  'plan.invalid_transition': {
    nl: '{step} kan niet: het plan is {status}. Dat kan alleen als het plan {allowed} is.',
    en: '{step} is not possible: the plan is {status}. That is only possible when the plan is {allowed}.',
  },
  'plan.incomplete': {
    nl: 'Het plan is nog niet compleet: de controle vond {count} {count, punt, punten} om op te lossen.',
    en: 'The plan is not complete yet: the check found {count} {count, point, points} to resolve.',
  },
  'plan.replace_not_in_force': {
    nl: 'Dit plan is niet vastgesteld voor dezelfde wijk, of het heeft een ander thema: het hoeft niet te worden vervangen.',
    en: 'This plan is not in force for the same wijk, or it has another theme: it need not be replaced.',
  },
  'plan.in_force': {
    nl: 'Voor {wijken} is al een plan vastgesteld: {plans}. Kies of dit plan het vervangt (dan wordt het oude plan gearchiveerd), of geef beide plannen een verschillend thema.',
    en: 'A plan is already in force for {wijken}: {plans}. Choose whether this plan replaces it (the old plan is then archived), or give both plans a different theme.',
  },
  'plan.adoption_unchanged': {
    nl: 'Dit zijn de datum en het besluit die er al staan. Wijzig de datum of het besluit.',
    en: 'These are the date and the decision already recorded. Change the date or the decision.',
  },
  'plan.revision_open': {
    nl: 'Er is al een nieuwe versie in bewerking (versie {revision}). Werk die verder af.',
    en: 'A new revision is already being edited (revision {revision}). Continue with that one.',
  },
  'plan.compare_other_revision': {
    nl: 'Kies een andere versie van hetzelfde plan om mee te vergelijken.',
    en: 'Choose another revision of the same plan to compare with.',
  },
  'plan.adopted_in_future': {
    nl: 'De datum van vaststelling mag niet in de toekomst liggen (vandaag is het {today}).',
    en: 'The adoption date may not be in the future (today is {today}).',
  },
  'plan.end_before_start': { nl: 'Het eindjaar ligt vóór het beginjaar.', en: 'The end year is before the start year.' },
  'field.date_not_real': { nl: 'Deze datum bestaat niet.', en: 'This date does not exist.' },
  'wijk.unknown': { nl: 'Deze wijk bestaat niet.', en: 'This wijk does not exist.' },
  'org_unit.unknown': { nl: 'Dit organisatieonderdeel bestaat niet.', en: 'This organisational unit does not exist.' },
  'user.unknown': { nl: 'Deze gebruiker bestaat niet.', en: 'This user does not exist.' },
  'goal.pillar_required': {
    nl: 'Een doel onder bouwsteen B4 (sociaal offensief) hoort bij een pijler: kies P1, P2 of P3.',
    en: 'A goal under building block B4 (social offensive) belongs to a pillar: choose P1, P2 or P3.',
  },
  'goal.pillar_not_allowed': {
    nl: 'Alleen doelen onder bouwsteen B4 hebben een pijler. Laat de pijler leeg.',
    en: 'Only goals under building block B4 have a pillar. Leave the pillar empty.',
  },
  'goal.same_plan': { nl: 'Kies een doel van hetzelfde plan.', en: 'Choose a goal of the same plan.' },
  'goal.reorder_mismatch': {
    nl: 'Geef precies de doelen van deze bouwsteen (en pijler), elk één keer.',
    en: 'Give exactly the goals of this building block (and pillar), each once.',
  },
  'action.reorder_mismatch': {
    nl: 'Geef precies de acties van dit doel, elk één keer.',
    en: 'Give exactly the actions of this goal, each once.',
  },
  'action.starts_before_plan': {
    nl: 'De actie begint vóór het plan ({start}–{end}).',
    en: 'The action starts before the plan ({start}–{end}).',
  },
  'action.ends_after_plan': { nl: 'De actie eindigt na het plan ({start}–{end}).', en: 'The action ends after the plan ({start}–{end}).' },
  'action.end_before_start': {
    nl: 'Het einde ({endYear} kwartaal {endQuarter}) ligt vóór het begin ({startYear} kwartaal {startQuarter}).',
    en: 'The end ({endYear} quarter {endQuarter}) is before the start ({startYear} quarter {startQuarter}).',
  },
  'action.budget_outside_period': {
    nl: '{year} valt buiten de looptijd van de actie ({start}–{end}).',
    en: '{year} is outside the period of the action ({start}–{end}).',
  },
  'action.budget_duplicate_year': {
    nl: '{year} staat er twee keer in. Geef één bedrag per jaar.',
    en: '{year} occurs twice. Give one amount per year.',
  },
  'action.unit_is_lead': {
    nl: 'Dit onderdeel is al de trekker van de actie. Kies het niet ook als bijdrager.',
    en: 'This unit already leads the action. Do not choose it as a contributor too.',
  },

  // Wijken and the CBS classification.
  'wijk.duplicate_name': { nl: 'Er bestaat al een wijk met deze naam.', en: 'A wijk with this name already exists.' },
  'wijk.import_failed': {
    nl: 'Er is niets geïmporteerd: {count} {count, fout, fouten} in het bestand.',
    en: 'Nothing was imported: {count} {count, error, errors} in the file.',
  },
  'wijk.import_empty': { nl: 'Het bestand bevat geen wijken.', en: 'The file contains no wijken.' },
  'cbs.not_a_code': {
    nl: '{code} is geen CBS-wijkcode (WK) of -buurtcode (BU).',
    en: '{code} is not a CBS wijk code (WK) or buurt code (BU).',
  },
  'cbs.wrong_gemeente': { nl: '{code} hoort niet bij gemeente {gemeente}.', en: '{code} does not belong to municipality {gemeente}.' },
  'cbs.unknown_code': {
    nl: '{code} komt niet voor in de CBS-indeling van {year}.',
    en: '{code} does not occur in the CBS classification of {year}.',
  },
  'cbs.duplicate': { nl: '{code} staat er twee keer in.', en: '{code} occurs twice.' },

  // Indicator imports (public statistics and a gemeente's own figures).
  'indicator.code_format': {
    nl: 'Gebruik kleine letters, cijfers en _, en begin met een letter (bijvoorbeeld veilig_gevoel).',
    en: 'Use lower-case letters, digits and _, starting with a letter (for example feeling_safe).',
  },
  'indicator.code_taken': { nl: 'Er bestaat al een indicator met deze code.', en: 'An indicator with this code already exists.' },
  'indicator.consecutive': {
    nl: 'Kies een heel getal van {min} tot en met {max} metingen.',
    en: 'Choose a whole number of {min} to {max} measurements.',
  },
  'indicator.min_step_percent': {
    nl: 'Kies een percentage van {min} tot en met {max}.',
    en: 'Choose a percentage from {min} to {max}.',
  },
  'target.tolerance': {
    nl: 'Kies een marge van 0 tot en met {max} procent.',
    en: 'Choose a margin from 0 to {max} percent.',
  },
  'target.years': {
    nl: 'Het jaar van het doel moet na het jaar van de nulmeting liggen.',
    en: 'The target year must come after the baseline year.',
  },
  'target.intermediate_year': {
    nl: 'Een tussendoel ligt tussen het jaar van de nulmeting en het jaar van het doel, elk jaar één keer.',
    en: 'An intermediate target lies between the baseline year and the target year, each year once.',
  },
  'target.unknown_indicator': {
    nl: 'Deze indicator staat niet in de lijst van uw gemeente.',
    en: 'This indicator is not in your municipality’s list.',
  },
  'target.wijk_not_in_plan': {
    nl: 'Kies een wijk van dit plan.',
    en: 'Choose a neighbourhood of this plan.',
  },
  'not_found.indicator_target': {
    nl: 'Deze effectindicator bestaat niet of u heeft er geen toegang toe.',
    en: 'This effect indicator does not exist or you have no access to it.',
  },
  'indicator.area_code': {
    nl: 'Geef de CBS-code van een wijk (WK en 6 cijfers) of buurt (BU en 8 cijfers).',
    en: 'Give the CBS code of a wijk (WK and 6 digits) or buurt (BU and 8 digits).',
  },
  'indicator.decimals': { nl: 'Kies 0 tot en met 4 decimalen.', en: 'Choose 0 to 4 decimals.' },
  'indicator_import.refused': {
    nl: 'Er is niets opgeslagen: {count} {count, regel klopt, regels kloppen} niet. Verbeter het bestand en probeer het opnieuw.',
    en: 'Nothing was saved: {count} {count, row is, rows are} not right. Correct the file and try again.',
  },
  'indicator_import.not_a_code': {
    nl: '"{value}" is geen CBS-code (NL01, GM, WK of BU met de goede cijfers).',
    en: '"{value}" is not a CBS code (NL01, GM, WK or BU with the right digits).',
  },
  'indicator_import.not_a_number': { nl: '"{value}" is geen getal.', en: '"{value}" is not a number.' },
  'indicator_import.not_a_year': { nl: '"{value}" is geen jaartal.', en: '"{value}" is not a year.' },
  'indicator_import.unknown_indicator': {
    nl: 'De indicator "{value}" bestaat niet. Maak hem eerst aan.',
    en: 'The indicator "{value}" does not exist. Create it first.',
  },
  'indicator_import.duplicate': {
    nl: 'Voor dit gebied en jaar staat al een cijfer in het bestand ({value}).',
    en: 'The file already has a figure for this area and year ({value}).',
  },
  'indicator_import.inconsistent_national_mean': {
    nl: 'Het landelijk gemiddelde (lbm − afw) verschilt van een eerdere regel van dit jaar: {value}.',
    en: 'The national mean (lbm − afw) differs from an earlier row of this year: {value}.',
  },
  'indicator_import.wrong_gemeente': {
    nl: 'Dit gebied ligt niet in uw gemeente ({value}). Eigen cijfers gaan over de eigen gemeente.',
    en: 'This area is not in your municipality ({value}). Own figures are about your own municipality.',
  },
  'indicator_import.required': { nl: 'Vul dit in: het bestand zegt het niet zelf.', en: 'Fill this in: the file does not say it.' },
  'indicator_import.missing_column': { nl: 'Het bestand mist de kolom "{column}".', en: 'The file lacks the column "{column}".' },
  'indicator_import.empty': { nl: 'Het bestand is leeg.', en: 'The file is empty.' },
  'indicator_import.own_layout': {
    nl: 'Een gemeente importeert eigen cijfers in de lange vorm (gebied, indicator, jaar, waarde).',
    en: 'A municipality imports its own figures in the long layout (area, indicator, year, value).',
  },
  'indicator_import.nothing': {
    nl: 'Het bestand bevat geen cijfers voor indicatoren die Wijkkompas kent.',
    en: 'The file contains no figures for indicators Wijkkompas knows.',
  },

  // The wijken CSV import.
  'csv.unnamed_column': {
    nl: 'Kolom {index} heeft geen naam in de eerste regel, maar er staan wel gegevens in.',
    en: 'Column {index} has no name in the first line, but it does hold data.',
  },
  'csv.duplicate_column': {
    nl: "De kolom '{column}' staat meer dan één keer in de eerste regel.",
    en: "The column '{column}' occurs more than once in the first line.",
  },
  'csv.unknown_column': {
    nl: "De kolom '{column}' kennen we niet. Gebruik alleen deze kolommen: {columns}.",
    en: "We do not know the column '{column}'. Use only these columns: {columns}.",
  },
  'csv.missing_column': {
    nl: "De kolom '{column}' ontbreekt. Zet de kolomnamen in de eerste regel van het bestand.",
    en: "The column '{column}' is missing. Put the column names in the first line of the file.",
  },
  'csv.unterminated_quote': {
    nl: 'In deze regel begint een tekst met een aanhalingsteken ("), maar het afsluitende aanhalingsteken ontbreekt.',
    en: 'In this line a text starts with a quotation mark ("), but the closing quotation mark is missing.',
  },
  'csv.no_rows': {
    nl: 'Het bestand bevat geen wijken. Zet onder de eerste regel één wijk per regel.',
    en: 'The file contains no wijken. Put one wijk per line below the first line.',
  },
  'csv.name_required': { nl: 'Vul de naam van de wijk in.', en: 'Enter the name of the wijk.' },
  'csv.name_too_long': {
    nl: 'De naam is te lang. Gebruik hoogstens {max} tekens.',
    en: 'The name is too long. Use at most {max} characters.',
  },
  'csv.duplicate_name': {
    nl: 'Deze wijk staat al in regel {line}. Zet elke wijk maar één keer in het bestand.',
    en: 'This wijk is already on line {line}. Put each wijk in the file only once.',
  },
  'csv.year_required': {
    nl: 'Vul het jaar van de CBS-indeling in, bijvoorbeeld 2024.',
    en: 'Enter the year of the CBS classification, for example 2024.',
  },
  'csv.year_format': {
    nl: "'{value}' is geen jaartal. Vul een jaar in met alleen cijfers, bijvoorbeeld 2024.",
    en: "'{value}' is not a year. Enter a year in digits only, for example 2024.",
  },
  'csv.year_range': { nl: 'Het jaar moet tussen {min} en {max} liggen.', en: 'The year must be between {min} and {max}.' },
  'csv.codes_required': {
    nl: 'Vul minstens één CBS-code in: de code van een wijk (WK) of buurt (BU).',
    en: 'Enter at least one CBS code: the code of a wijk (WK) or buurt (BU).',
  },
  'csv.code_format': {
    nl: "'{value}' is geen geldige CBS-code. Een wijkcode is WK met 6 cijfers, een buurtcode is BU met 8 cijfers.",
    en: "'{value}' is not a valid CBS code. A wijk code is WK with 6 digits, a buurt code is BU with 8 digits.",
  },
  'csv.code_is_gemeente': {
    nl: '{code} is de code van een gemeente. Gebruik de code van een wijk (WK) of buurt (BU).',
    en: '{code} is the code of a municipality. Use the code of a wijk (WK) or buurt (BU).',
  },
  'csv.code_wrong_gemeente': {
    nl: 'Deze CBS-code hoort niet bij gemeente {gemeente}: {code}.',
    en: 'This CBS code does not belong to municipality {gemeente}: {code}.',
  },
  'csv.code_duplicate': { nl: 'De CBS-code {code} staat twee keer in deze regel.', en: 'The CBS code {code} occurs twice in this line.' },
  'csv.population_negative': { nl: 'Het aantal inwoners kan niet lager zijn dan 0.', en: 'The number of inhabitants cannot be below 0.' },
  'csv.population_format': {
    nl: "'{value}' is geen geldig aantal. Vul een heel getal in, zonder punten of spaties, bijvoorbeeld 12500. Of laat het vak leeg.",
    en: "'{value}' is not a valid number. Enter a whole number, without dots or spaces, for example 12500. Or leave the cell empty.",
  },
  'csv.population_too_large': { nl: 'Dit aantal inwoners is te groot.', en: 'This number of inhabitants is too large.' },
  'csv.role_too_long': {
    nl: 'De tekst over de rol in de stad is te lang. Gebruik hoogstens {max} tekens.',
    en: 'The text about the role in the city is too long. Use at most {max} characters.',
  },

  // Tenants, users and org units.
  'tenant.unknown_cbs_code': {
    nl: '{code} staat niet in de CBS-lijst van gemeenten. Controleer de code.',
    en: '{code} is not on the CBS list of municipalities. Check the code.',
  },
  'tenant.name_mismatch': {
    nl: '{code} is de gemeente {name}. Gebruik die naam, bijvoorbeeld "Gemeente {name}", of controleer de code.',
    en: '{code} is the municipality of {name}. Use that name, for example "Gemeente {name}", or check the code.',
  },
  'tenant.slug_taken': { nl: 'Deze korte naam is al in gebruik.', en: 'This short name is already in use.' },
  'tenant.cbs_code_taken': {
    nl: 'Voor deze gemeentecode bestaat al een omgeving.',
    en: 'An environment already exists for this municipality code.',
  },
  'org_unit.duplicate_name': {
    nl: 'Er is al een organisatieonderdeel met deze naam.',
    en: 'An organisational unit with this name already exists.',
  },
  'user.duplicate_email_tenant': {
    nl: 'Er is in deze gemeente al een gebruiker met dit e-mailadres.',
    en: 'This municipality already has a user with this e-mail address.',
  },
  'user.self_lockout': { nl: 'U kunt uw eigen beheerdersrechten niet intrekken.', en: 'You cannot revoke your own administrator rights.' },
  'user.ask_other_admin': { nl: 'Vraag een andere beheerder om dit te doen.', en: 'Ask another administrator to do this.' },
  'user.email_in_use': { nl: 'Dit e-mailadres is al in gebruik.', en: 'This e-mail address is already in use.' },
  'user.email_other_account': {
    nl: 'Dit e-mailadres hoort al bij een ander account.',
    en: 'This e-mail address already belongs to another account.',
  },
  'user.shared_account': { nl: 'Deze persoon werkt ook voor een andere gemeente.', en: 'This person also works for another municipality.' },
  'user.shared_account_email': {
    nl: 'Deze persoon werkt ook voor een andere gemeente. Alleen de persoon zelf of de platformbeheerder kan het e-mailadres wijzigen.',
    en: 'This person also works for another municipality. Only the person themselves or the platform operator can change the e-mail address.',
  },
  'user.own_password': {
    nl: 'Uw eigen wachtwoord wijzigt u zelf, via "Wachtwoord wijzigen".',
    en: 'You change your own password yourself, through "Change password".',
  },
  'user.shared_account_password': {
    nl: 'Deze persoon werkt ook voor een andere gemeente en heeft één account voor alle gemeenten. Alleen de persoon zelf of de platformbeheerder kan dat wachtwoord wijzigen.',
    en: 'This person also works for another municipality and has one account for all municipalities. Only the person themselves or the platform operator can change that password.',
  },

  // The action-tracker import.
  'tracker.block': {
    nl: 'Rij {row}, kolom {column}: Kies een bouwsteen: B1 tot en met B6, of de naam van de bouwsteen.',
    en: 'Row {row}, column {column}: Choose a building block: B1 to B6, or the name of the block.',
  },
  'tracker.pillar': {
    nl: 'Rij {row}, kolom {column}: Kies een pijler: P1, P2 of P3, of de naam van de pijler.',
    en: 'Row {row}, column {column}: Choose a pillar: P1, P2 or P3, or the name of the pillar.',
  },
  'tracker.pillar_needed': {
    nl: 'Rij {row}, kolom {column}: Bij bouwsteen B4 hoort een pijler (P1, P2 of P3).',
    en: 'Row {row}, column {column}: Building block B4 needs a pillar (P1, P2 or P3).',
  },
  'tracker.pillar_only_b4': {
    nl: 'Rij {row}, kolom {column}: Alleen bij bouwsteen B4 hoort een pijler. Laat deze cel leeg.',
    en: 'Row {row}, column {column}: Only building block B4 has pillars. Leave this cell empty.',
  },
  'tracker.required': {
    nl: 'Rij {row}, kolom {column}: Deze cel is leeg. Vul hem in.',
    en: 'Row {row}, column {column}: This cell is empty. Fill it in.',
  },
  'tracker.too_long': {
    nl: 'Rij {row}, kolom {column}: Deze tekst is te lang: hoogstens {max} tekens.',
    en: 'Row {row}, column {column}: This text is too long: at most {max} characters.',
  },
  'tracker.unknown_unit': {
    nl: "Rij {row}, kolom {column}: '{name}' is geen afdeling of partner van de gemeente. Gebruik de naam zoals die bij Beheer staat.",
    en: "Row {row}, column {column}: '{name}' is not a department or partner of the municipality. Use the name as it is under Administration.",
  },
  'tracker.quarter_format': {
    nl: 'Rij {row}, kolom {column}: Vul een kwartaal in als jaar-kwartaal, zoals 2026-K1.',
    en: 'Row {row}, column {column}: Enter a quarter as year-quarter, such as 2026-Q1.',
  },
  'tracker.outside_plan': {
    nl: 'Rij {row}, kolom {column}: Dit kwartaal valt buiten de looptijd van het plan ({start}–{end}).',
    en: 'Row {row}, column {column}: This quarter is outside the period of the plan ({start}–{end}).',
  },
  'tracker.end_before_start': {
    nl: 'Rij {row}, kolom {column}: Het einde ligt vóór de start.',
    en: 'Row {row}, column {column}: The end lies before the start.',
  },
  'tracker.amount': {
    nl: 'Rij {row}, kolom {column}: Vul een bedrag in euro in, zoals 12.500 of 12.500,50.',
    en: 'Row {row}, column {column}: Enter an amount in euros, such as 12.500 or 12.500,50.',
  },
  'tracker.budget_year': {
    nl: "De kolom '{column}' valt buiten de looptijd van het plan ({start}–{end}).",
    en: "The column '{column}' is outside the period of the plan ({start}–{end}).",
  },
  'tracker.no_rows': {
    nl: 'Het bestand bevat geen acties. Zet onder de eerste regel één actie per regel.',
    en: 'The file contains no actions. Put one action per line below the first line.',
  },
  'tracker.file': {
    nl: 'Dit bestand kunnen we niet lezen. Gebruik een CSV-bestand of een Excel-bestand (.xlsx).',
    en: 'We cannot read this file. Use a CSV file or an Excel file (.xlsx).',
  },
  'tracker.errors': {
    nl: 'Er is niets geïmporteerd: {count} {count, rij is, rijen zijn} niet goed. Verbeter het bestand en probeer het opnieuw.',
    en: 'Nothing was imported: {count} {count, row is, rows are} not right. Correct the file and try again.',
  },

  // Reports and exports.
  'report.year_outside': {
    nl: 'Kies een jaar van dit plan tot en met dit jaar: {first} tot en met {last}.',
    en: 'Choose a year of this plan up to this year: {first} to {last}.',
  },
  'report.no_year_yet': {
    nl: 'Dit plan begint in {startYear}. Een jaarrapportage kan vanaf dat jaar.',
    en: 'This plan starts in {startYear}. An annual report is possible from that year on.',
  },
  'report.plan_needed': {
    nl: 'Kies het plan waarvan u de lijst wilt downloaden.',
    en: 'Choose the plan whose list you want to download.',
  },
  'publication.adopted_only': {
    nl: 'Alleen een vastgesteld plan kan op de openbare pagina staan. Stel het plan eerst vast.',
    en: 'Only an adopted plan can be on the public page. Adopt the plan first.',
  },
  'problem.too_many_requests': {
    nl: 'U heeft te veel verzoeken gedaan. Wacht een minuut en probeer het dan opnieuw.',
    en: 'You made too many requests. Wait a minute and try again.',
  },
  'field.weekday': { nl: 'Kies een dag: 1 (maandag) tot en met 7 (zondag).', en: 'Choose a day: 1 (Monday) to 7 (Sunday).' },
  'field.tracker_format': { nl: 'Kies csv of xlsx.', en: 'Choose csv or xlsx.' },
  'field.report_format': { nl: 'Kies pdf, xlsx of json.', en: 'Choose pdf, xlsx or json.' },
  'field.csv_separator': { nl: 'Kies semicolon (;) of comma (,).', en: 'Choose semicolon (;) or comma (,).' },

  // Progress and milestones.
  'progress.own_units_only': {
    nl: 'U kunt alleen voortgang melden voor acties van uw eigen afdeling of organisatie.',
    en: 'You can only report progress on actions of your own department or organisation.',
  },
  'progress.adopted_only': {
    nl: 'Voortgang meldt u op het vastgestelde plan. Deze versie is niet (meer) de vastgestelde versie.',
    en: 'Progress is reported on the adopted plan. This revision is not (or no longer) the adopted one.',
  },
  'progress.outside_period': {
    nl: 'Deze periode valt buiten de looptijd van de actie ({startYear} K{startQuarter} – {endYear} K{endQuarter}).',
    en: 'This period is outside the period of the action ({startYear} Q{startQuarter} – {endYear} Q{endQuarter}).',
  },
  'progress.future': { nl: 'Deze periode is nog niet begonnen.', en: 'This period has not started yet.' },
  'progress.completed_not_100': { nl: 'Een afgeronde actie staat op 100%.', en: 'A completed action is at 100%.' },
  'progress.quarter_closed': {
    nl: 'De periode kwartaal {quarter} van {year} is afgesloten. U kunt er geen voortgang meer voor melden.',
    en: 'The period quarter {quarter} of {year} is closed. You can no longer report progress for it.',
  },
  'progress.year_closed': {
    nl: 'De periode het jaar {year} is afgesloten. U kunt er geen voortgang meer voor melden.',
    en: 'The period year {year} is closed. You can no longer report progress for it.',
  },
  'progress.quarter_not_ended': {
    nl: 'U kunt kwartaal {quarter} van {year} pas afsluiten als de periode voorbij is.',
    en: 'You can close quarter {quarter} of {year} only when the period is over.',
  },
  'progress.year_not_ended': {
    nl: 'U kunt het jaar {year} pas afsluiten als de periode voorbij is.',
    en: 'You can close the year {year} only when the period is over.',
  },
  'progress.quarter_already_closed': {
    nl: 'kwartaal {quarter} van {year} is al afgesloten.',
    en: 'Quarter {quarter} of {year} is already closed.',
  },
  'progress.year_already_closed': { nl: 'het jaar {year} is al afgesloten.', en: 'The year {year} is already closed.' },
  'progress.quarter_required': {
    nl: 'Dit plan rapporteert per kwartaal: kies een kwartaal.',
    en: 'This plan reports per quarter: choose a quarter.',
  },
  'progress.quarter_not_allowed': {
    nl: 'Dit plan rapporteert per jaar: laat het kwartaal leeg.',
    en: 'This plan reports per year: leave the quarter empty.',
  },
  'milestone.own_units_only': {
    nl: 'U kunt alleen mijlpalen afvinken van acties van uw eigen afdeling of organisatie.',
    en: 'You can only tick off milestones of actions of your own department or organisation.',
  },
  'milestone.adopted_only': {
    nl: 'Mijlpalen vinkt u af op het vastgestelde plan. Deze versie is niet (meer) de vastgestelde versie.',
    en: 'Milestones are ticked off on the adopted plan. This revision is not (or no longer) the adopted one.',
  },
  'milestone.already_done': { nl: 'De mijlpaal "{title}" is al klaar.', en: 'The milestone "{title}" is already done.' },
  'milestone.already_open': {
    nl: 'De mijlpaal "{title}" staat al op niet klaar.',
    en: 'The milestone "{title}" is already marked not done.',
  },

  // Sign-in and access.
  'auth.not_signed_in': { nl: 'U bent niet ingelogd.', en: 'You are not signed in.' },
  'auth.signed_out': { nl: 'U bent niet (meer) ingelogd.', en: 'You are not (or no longer) signed in.' },
  'auth.sign_in_again': {
    nl: 'U bent niet (meer) ingelogd. Log opnieuw in.',
    en: 'You are not (or no longer) signed in. Please sign in again.',
  },
  'ops.metrics_token': {
    nl: 'Voor de meetgegevens is het juiste token nodig (header Authorization: Bearer …).',
    en: 'The metrics need the right token (header Authorization: Bearer …).',
  },
  'auth.wrong_credentials': { nl: 'E-mailadres of wachtwoord klopt niet.', en: 'E-mail address or password is not correct.' },
  'auth.fill_in_credentials': { nl: 'Vul uw e-mailadres en wachtwoord in.', en: 'Enter your e-mail address and password.' },
  'auth.too_many_attempts': {
    nl: 'Er is te vaak een verkeerd wachtwoord ingevuld. Probeer het over {minutes} {minutes, minuut, minuten} opnieuw.',
    en: 'A wrong password was entered too often. Try again in {minutes} {minutes, minute, minutes}.',
  },
  'auth.temporary_password_expired': {
    nl: 'Uw tijdelijke wachtwoord is verlopen (het werkt 72 uur). Vraag de beheerder van uw gemeente om een nieuw tijdelijk wachtwoord.',
    en: 'Your temporary password has expired (it works for 72 hours). Ask the administrator of your municipality for a new temporary password.',
  },
  'auth.tenant_inactive': {
    nl: '{names} gebruikt Wijkkompas niet meer: de omgeving is gedeactiveerd. U kunt daarom niet inloggen. Neem contact op met uw gemeente als u denkt dat dit niet klopt.',
    en: '{names} no longer uses Wijkkompas: the environment has been deactivated, so you cannot sign in. Contact your municipality if you think this is not right.',
  },
  'auth.switch_only_members': {
    nl: 'Alleen medewerkers van een gemeente kunnen van gemeente wisselen.',
    en: 'Only staff of a municipality can switch municipality.',
  },
  'auth.not_a_member': {
    nl: 'U bent geen medewerker van deze gemeente (of de gemeente is gedeactiveerd).',
    en: 'You are not on the staff of this municipality (or the municipality has been deactivated).',
  },
  'auth.operator_password': {
    nl: 'Het wachtwoord van de platformbeheerder wordt buiten Wijkkompas beheerd.',
    en: 'The platform operator’s password is managed outside Wijkkompas.',
  },
  'auth.password_changed_elsewhere': {
    nl: 'Uw wachtwoord is intussen op een andere plek gewijzigd. Log opnieuw in.',
    en: 'Your password has been changed elsewhere in the meantime. Please sign in again.',
  },
  'auth.password_sign_in_off': {
    nl: '{names} laat medewerkers alleen inloggen met het account van de gemeente. Kies op de inlogpagina "Inloggen via uw gemeente".',
    en: '{names} only lets staff sign in with the municipality’s own account. Choose "Sign in through your municipality" on the sign-in page.',
  },
  'oidc.issuer_format': { nl: 'Vul het adres (URL) van de inlogdienst in.', en: 'Enter the address (URL) of the identity provider.' },
  'oidc.issuer_https': {
    nl: 'Het adres van de inlogdienst moet met https:// beginnen.',
    en: 'The identity provider’s address must start with https://.',
  },
  'oidc.issuer_unreachable': {
    nl: 'De inlogdienst op {issuer} geeft geen OpenID Connect-gegevens (/.well-known/openid-configuration). Controleer het adres.',
    en: 'The identity provider at {issuer} gives no OpenID Connect metadata (/.well-known/openid-configuration). Check the address.',
  },
  'oidc.client_secret_required': {
    nl: 'Vul het clientgeheim (client secret) in dat de inlogdienst gaf.',
    en: 'Enter the client secret the identity provider gave.',
  },
  'oidc.private_key_required': {
    nl: 'Plak de privésleutel (JWK) voor private_key_jwt.',
    en: 'Paste the private key (JWK) for private_key_jwt.',
  },
  'oidc.private_key_format': {
    nl: 'Dit is geen bruikbare privésleutel: geef een JWK (JSON) van het type RSA of EC P-256, met het privédeel "d".',
    en: 'This is not a usable private key: give a JWK (JSON) of type RSA or EC P-256, with the private part "d".',
  },
  'oidc.role_mappings_required': {
    nl: 'Koppel minstens één groep aan een rol. Zonder koppeling kan niemand inloggen.',
    en: 'Link at least one group to a role. Without a link nobody can sign in.',
  },
  'oidc.group_required': { nl: 'Vul de naam of id van de groep in.', en: 'Enter the name or id of the group.' },
  'oidc.role_unknown': { nl: 'Kies een rol.', en: 'Choose a role.' },
  'oidc.domain_format': {
    nl: '"{domain}" is geen domeinnaam. Schrijf het deel na de @, bijvoorbeeld nijmegen.nl.',
    en: '"{domain}" is not a domain name. Write the part after the @, for example nijmegen.nl.',
  },
  'auth.wrong_current_password': { nl: 'Uw huidige wachtwoord klopt niet.', en: 'Your current password is not correct.' },
  'auth.password_unchanged': { nl: 'Kies een ander wachtwoord dan uw huidige.', en: 'Choose a password other than your current one.' },
  'auth.no_access_rule': {
    nl: 'Deze route heeft geen toegangsregel en is daarom dicht.',
    en: 'This route has no access rule and is therefore closed.',
  },
  'auth.csrf': {
    nl: 'Dit verzoek mist een geldige beveiligingscode (CSRF). Laad de pagina opnieuw.',
    en: 'This request lacks a valid security code (CSRF). Reload the page.',
  },
  'auth.password_change_required': {
    nl: 'U logt in met een tijdelijk wachtwoord. Kies eerst een nieuw wachtwoord.',
    en: 'You are signed in with a temporary password. Choose a new password first.',
  },
  'auth.forbidden': { nl: 'U heeft geen rechten voor deze actie.', en: 'You do not have permission for this action.' },
  'password.too_short': { nl: 'Kies een wachtwoord van minstens {min} tekens.', en: 'Choose a password of at least {min} characters.' },
  'password.too_long': { nl: 'Kies een wachtwoord van hoogstens {max} tekens.', en: 'Choose a password of at most {max} characters.' },
  'password.common': {
    nl: 'Dit wachtwoord wordt veel gebruikt en is makkelijk te raden. Kies een ander wachtwoord.',
    en: 'This password is used a lot and is easy to guess. Choose another password.',
  },
  'password.same_as_email': { nl: 'Uw wachtwoord mag niet uw e-mailadres zijn.', en: 'Your password may not be your e-mail address.' },
} as const satisfies Record<string, Texts>;

export type MessageCode = keyof typeof MESSAGES;

/** Titles of problems, one per error code (exhaustive by type). */
export const PROBLEM_TITLES: Readonly<Record<ErrorCode, Texts>> = {
  validation_failed: { nl: 'Ongeldige invoer', en: 'Invalid input' },
  unauthenticated: { nl: 'Niet ingelogd', en: 'Not signed in' },
  forbidden: { nl: 'Geen toegang', en: 'No access' },
  csrf_failed: { nl: 'Verzoek niet vertrouwd', en: 'Request not trusted' },
  not_found: { nl: 'Niet gevonden', en: 'Not found' },
  method_not_allowed: { nl: 'Methode niet toegestaan', en: 'Method not allowed' },
  conflict: { nl: 'Conflict', en: 'Conflict' },
  version_conflict: { nl: 'Intussen gewijzigd', en: 'Changed in the meantime' },
  plan_read_only: { nl: 'Plan is vastgesteld of in bespreking', en: 'Plan is adopted or in review' },
  invalid_transition: { nl: 'Stap niet mogelijk', en: 'Step not possible' },
  plan_incomplete: { nl: 'Plan is nog niet compleet', en: 'Plan is not complete yet' },
  plan_in_force: { nl: 'Er is al een plan vastgesteld voor deze wijk', en: 'A plan is already in force for this wijk' },
  period_closed: { nl: 'Periode is afgesloten', en: 'Period is closed' },
  password_change_required: { nl: 'Kies eerst een nieuw wachtwoord', en: 'Choose a new password first' },
  temporary_password_expired: { nl: 'Tijdelijk wachtwoord verlopen', en: 'Temporary password expired' },
  tenant_inactive: { nl: 'Gemeente gedeactiveerd', en: 'Municipality deactivated' },
  too_many_attempts: { nl: 'Te veel pogingen', en: 'Too many attempts' },
  database_unavailable: { nl: 'Even niet beschikbaar', en: 'Temporarily unavailable' },
  unprocessable: { nl: 'Bestand niet te verwerken', en: 'File cannot be processed' },
  internal: { nl: 'Er ging iets mis', en: 'Something went wrong' },
};

export const DEFAULT_MESSAGE_LANGUAGE: ProblemLanguage = 'nl';

export function isMessageCode(value: unknown): value is MessageCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(MESSAGES, value);
}

/** A parameter that is itself a catalogue message (`'@status.adopted'`), written in the same language. */
export const messageRef = (code: MessageCode): string => `@${code}`;

/**
 * Fills `{name}` with a parameter and `{name, one, other}` with `one` when the parameter is 1, else
 * `other`. A parameter `@code` is the catalogue message `code` in `language`. Unknown placeholders are
 * left as they are.
 */
export function fillMessage(text: string, params: MessageParams = {}, language: ProblemLanguage = DEFAULT_MESSAGE_LANGUAGE): string {
  return text.replace(/\{(\w+)(?:,\s*([^,}]*),\s*([^}]*))?\}/g, (placeholder, name: string, one?: string, other?: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return placeholder;
    const value = params[name];
    if (one !== undefined && other !== undefined) return Number(value) === 1 ? one : other;
    if (typeof value === 'string' && value.startsWith('@') && isMessageCode(value.slice(1))) {
      return MESSAGES[value.slice(1) as MessageCode][language];
    }
    return String(value);
  });
}

/** The text of a catalogue message in a language. */
export function formatMessage(language: ProblemLanguage, code: MessageCode, params?: MessageParams): string {
  return fillMessage(MESSAGES[code][language], params, language);
}

/** The title of a problem in a language. */
export function problemTitle(language: ProblemLanguage, code: ErrorCode): string {
  return PROBLEM_TITLES[code][language];
}

/**
 * The language to answer in, from an `Accept-Language` header: the supported language with the
 * highest q-value (ties keep the header's order; `q=0` means "not this one"), matched on the primary
 * subtag (`en-GB` → `en`). Dutch when the header is missing or names nothing we support; `*` gives Dutch.
 */
export function languageFromAcceptLanguage(header: string | readonly string[] | undefined | null): ProblemLanguage {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  const ranges = String(value)
    .split(',')
    .map((part, index) => {
      const [tag = '', ...attributes] = part.trim().split(';');
      const q = attributes.map((a) => a.trim()).find((a) => /^q=/i.test(a));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { tag: tag.trim().toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.tag !== '' && r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const range of ranges) {
    if (range.tag === '*') return DEFAULT_MESSAGE_LANGUAGE;
    const primary = range.tag.split('-')[0];
    const found = PROBLEM_LANGUAGES.find((language) => language === primary);
    if (found) return found;
  }
  return DEFAULT_MESSAGE_LANGUAGE;
}
