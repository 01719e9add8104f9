import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { localisedName } from '@/lib/localised'
import { circlesForOuterCircle } from '@/server/cosa/circle-record'
import type { Actor } from '@/server/policy'
import { MinutesList } from '../../../cosa/_minutes-list'

/** The person's circle as the outer circle sees it: goals, who is round it, its reviews and the volunteers' minutes. */
export async function OuterCircleView({ actor, offenderId }: { actor: Actor; offenderId: string }) {
  const circles = await circlesForOuterCircle(actor, offenderId)
  if (!circles.length) return null
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const locale = await getLocale()
  const day = (d: Date) => formatDate(d, 'day')
  return (
    <section aria-labelledby="outer-view" className="mb-10 max-w-3xl">
      <h2 id="outer-view" className="mb-3 text-2xl font-bold">{t('circleLife.outerView')}</h2>
      {circles.map((c) => (
        <div key={c.id} className="mb-8">
          <h3 className="text-xl font-bold">{t('circleLife.circleBy', { provider: localisedName(c.providerAgency, locale), status: c.span.toKind === 'withdrawn' ? t('circleLife.withdrawnStatus') : t(`enums.circleStatus.${c.status}`) })}</h3>
          {/* The one model of a circle's dates: from the day it started, never its first meeting (re-walk D9); a
              withdrawn circle never started, so it says when and why it was withdrawn (walk 20, D5). */}
          {c.span.toKind === 'withdrawn' ? <p>{t('circleLife.span.withdrawn', { end: day(c.span.to!), reason: c.endingReason ?? '' })}</p>
            : c.span.from && <p>{t(`circleLife.span.${c.span.neverMet ? 'neverMet' : c.span.toKind}`, { start: day(c.span.from), end: c.span.to ? day(c.span.to) : '' })}</p>}
          <h4 className="mt-3 font-bold">{t('circleLife.goals')}</h4>
          <p className="whitespace-pre-wrap">{c.agreedGoals ?? t('circleLife.noGoals')}</p>
          <h4 className="mt-3 font-bold">{t('circleLife.outer')}</h4>
          <p>{c.outerMembers.length ? c.outerMembers.map((o) => `${o.name} (${o.role}, ${localisedName(o.agency, locale)})`).join('; ') : t('circleLife.noOuter')}</p>
          <h4 className="mt-3 font-bold">{t('circleLife.reviews')}</h4>
          {c.reviews.length === 0 ? <p>{t('circleLife.noReviews')}</p> : (
            <ul className="space-y-2">
              {c.reviews.map((r) => <li key={r.id}><span className="font-bold">{t(`circleLife.reviewKind.${r.kind}`)} — {day(r.heldOn)}:</span> <span className="whitespace-pre-wrap">{r.progress}</span></li>)}
            </ul>
          )}
          <h4 className="mb-2 mt-3 font-bold">{t('circleMinutes.heading')}</h4>
          <MinutesList minutes={c.minutes} level={4} />
        </div>
      ))}
    </section>
  )
}
