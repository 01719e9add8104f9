import { TableScroll } from '@/components/table-scroll'
import { getTranslations } from 'next-intl/server'

const GROUPS = ['CHILDREN', 'PUBLIC', 'KNOWN_ADULT', 'STAFF', 'PRISONERS'] as const
const SETTINGS = ['COMMUNITY', 'CUSTODY'] as const

type Rating = { group: string; setting: string; level: string }
type Predictor = { key: string; score: number | null; band: string | null }

/** RoSH by group and setting, then the predictor scores with their bands. */
export async function RoshTable({ ratings, predictors, caption }: { ratings: Rating[]; predictors: Predictor[]; caption: string }) {
  const t = await getTranslations()
  const scored = predictors.filter((p) => p.score !== null)
  return (
    <>
      <TableScroll label={caption}>
        <table className="mb-4 w-full border-collapse text-left text-sm">
          <caption className="text-left font-bold">{caption}</caption>
          <thead>
            <tr className="border-b-2 border-gray-900">
              <th scope="col" className="p-1">{t('risk.group')}</th>
              {SETTINGS.map((s) => <th key={s} scope="col" className="p-1">{t(`enums.setting.${s}`)}</th>)}
            </tr>
          </thead>
          <tbody>
            {GROUPS.map((g) => (
              <tr key={g} className="border-b border-gray-300">
                <th scope="row" className="p-1 font-normal">{t(`enums.roshGroup.${g}`)}</th>
                {SETTINGS.map((s) => {
                  const level = ratings.find((r) => r.group === g && r.setting === s)?.level
                  return <td key={s} className="p-1">{level ? t(`enums.rosh.${level}`) : t('common.notAssessed')}</td>
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {scored.length > 0 && (
        <>
          <h3 className="mb-1 font-bold">{t('risk.predictors')}</h3>
          <ul className="mb-4">
            {scored.map((p) => (
              <li key={p.key}>
                {t(`risk.predictor.${p.key}`)}: {p.score}% ({t(`enums.band.${p.band}`)})
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  )
}
