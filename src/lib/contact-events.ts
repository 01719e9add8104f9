// Text the system writes on a person's timeline, kept as an event type plus values and put into words only when read,
// in the reader's language (style.md "One way each"; issue 15 item 2). Pure: used by the server, the pages and the seed.
import { formatDate } from './format-dates'
import { localisedName } from './localised'

type Named = { name: string; nameCy?: string | null }

/** The values of a partner-referral step: the service as named then (both languages), the pathway, and the step's facts. */
export type PartnerEventValues = { service: Named; pathway: string; priority?: boolean; at?: string; on?: string; outcome?: string }

/** What a contact row carries for a system-written entry: `event` (e.g. "partner.ACCEPTED") and its values. */
export type ContactEvent = { event: string; eventValues: PartnerEventValues }

/**
 * The event for one step on a partner referral (kind as in PartnerReferralUpdate). `at` is an instant (first
 * appointment), `on` a date-only value (assessment, care plan), `outcome` a PartnerOutcome, `priority` for a referral.
 */
export function partnerEvent(
  kind: string,
  referral: { service: Named; pathway: string },
  facts: { at?: Date; on?: Date; outcome?: string; priority?: boolean } = {},
): ContactEvent {
  const values: PartnerEventValues = { service: { name: referral.service.name, nameCy: referral.service.nameCy ?? null }, pathway: referral.pathway }
  if (facts.priority !== undefined) values.priority = facts.priority
  if (facts.at) values.at = facts.at.toISOString()
  if (facts.on) values.on = facts.on.toISOString().slice(0, 10)
  if (facts.outcome) values.outcome = facts.outcome
  return { event: `partner.${kind}`, eventValues: values }
}

/** A translator over the whole catalogue: next-intl's `t`, or `createTranslator` on the server. */
export type Translate = (key: string, values?: Record<string, string | number>) => string

/**
 * A contact's text for a reader: a system-written event in the reader's `locale` through the catalogue (service names
 * in Welsh where held, dates in the one date format), followed by what a person wrote (`notes`); a contact without an
 * event, or a legacy row the migration could not read back, is its notes as written.
 */
export function contactText(t: Translate, locale: string, c: { event?: string | null; eventValues?: unknown; notes: string }): string {
  if (!c.event?.startsWith('partner.')) return c.notes
  const v = (c.eventValues ?? {}) as Partial<PartnerEventValues>
  return t(`events.${c.event}`, {
    service: localisedName({ name: v.service?.name ?? '', nameCy: v.service?.nameCy ?? null }, locale),
    pathway: v.pathway ? t(`plan.pathway.${v.pathway}`) : '',
    priority: v.priority ? 'yes' : 'no',
    when: v.at ? formatDate(new Date(v.at), 'dateTime', locale) : '',
    date: v.on ? formatDate(new Date(`${v.on}T00:00:00Z`), 'day', locale) : '',
    outcome: v.outcome ?? '',
    note: c.notes,
  }).trim()
}
