import type { CountryCode, InstitutionType } from '../sandbox/institutions.ts'
import type { WidgetLocale } from './strings.ts'

/** The startup configuration as the widget uses it, after lenient parsing. */
export interface WidgetConfig {
  locale: WidgetLocale
  access_mode: 'single' | 'recurrent'
  external_id?: string | undefined
  country_codes?: CountryCode[] | undefined
  institutions?: string[] | undefined
  institution_types?: InstitutionType[] | undefined
  resources?: string[] | undefined
  company_name?: string | undefined
  company_logo?: string | undefined
  company_benefit_header?: string | undefined
  company_benefit_content?: string | undefined
  show_close_dialog: boolean
  show_abandon_survey: boolean
  callback: (link: string, institution: string) => void
  onExit?: ((data: unknown) => void) | undefined
  onEvent?: ((data: unknown) => void) | undefined
}

/** Thrown by `build()` when the page or the config cannot start a widget. */
export class WidgetStartError extends Error {
  override name = 'BelvoWidgetStartError'
}

const COUNTRIES: readonly string[] = ['MX', 'CO', 'BR']
const TYPES: readonly string[] = ['retail', 'business', 'fiscal', 'gig', 'employment']

const strings = (value: unknown): string[] | undefined =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined

/**
 * Reads a config object the way the hosted widget reads its query string: unknown keys are
 * ignored, wrong types fall back to defaults. Only a missing `callback` stops the widget,
 * as Belvo documents.
 */
export function parseWidgetConfig(raw: unknown): WidgetConfig {
  const config = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>
  if (typeof config.callback !== 'function') {
    throw new WidgetStartError(
      'belvoSDK: config.callback is required, so the widget will not start. ' +
        'Pass createWidget(token, { callback: (link, institution) => { … } }).',
    )
  }
  const locale = config.locale === 'en' || config.locale === 'pt' ? config.locale : 'es'
  // `institution` (singular) is the older docs' spelling; both are accepted.
  const institutions =
    strings(config.institutions) ??
    (text(config.institution) ? [config.institution as string] : undefined)
  return {
    locale,
    access_mode: config.access_mode === 'single' ? 'single' : 'recurrent',
    external_id: text(config.external_id),
    country_codes: strings(config.country_codes)?.filter((c): c is CountryCode =>
      COUNTRIES.includes(c),
    ),
    institutions,
    institution_types: strings(config.institution_types)?.filter((t): t is InstitutionType =>
      TYPES.includes(t),
    ),
    resources: strings(config.resources),
    company_name: text(config.company_name),
    company_logo: text(config.company_logo),
    company_benefit_header: text(config.company_benefit_header),
    company_benefit_content: text(config.company_benefit_content),
    show_close_dialog: config.show_close_dialog !== false,
    show_abandon_survey: config.show_abandon_survey !== false,
    callback: config.callback as WidgetConfig['callback'],
    onExit:
      typeof config.onExit === 'function' ? (config.onExit as WidgetConfig['onExit']) : undefined,
    onEvent:
      typeof config.onEvent === 'function'
        ? (config.onEvent as WidgetConfig['onEvent'])
        : undefined,
  }
}
