import { useTranslation } from 'react-i18next'
import { StatusBadge } from '@/components/ui/status-badge'
import type { PeriodScoringMethod, Predikat, Rating } from '@/gql/graphql'
import { useFormat } from '@/lib/format'

export interface ScoreData {
  id: string
  rating?: Rating | null
  value?: number | null
  note?: string | null
  target?: { id: string; title: string } | null
  criterion?: { id: string; code: string; name: string; nameEn?: string | null; kind: 'RESULT' | 'BEHAVIOUR' } | null
}

export interface AppraisalResultData {
  resultRating?: Rating | null
  behaviourRating?: Rating | null
  predikat?: Predikat | null
  score?: number | null
  skpScore?: number | null
  behaviourScore?: number | null
  note?: string | null
  scores?: ScoreData[] | null
}

/** criterionName is a criterion's name in the active language. */
export function criterionName(c: { name: string; nameEn?: string | null }, language: string): string {
  return language === 'en' && c.nameEn ? c.nameEn : c.name
}

/**
 * AppraisalResult shows an appraisal as released: the two ratings, the
 * predikat, the numeric score (the result under NUMERIC_2011, advice under
 * PERMENPAN_2022) and each detail score with its note.
 */
export function AppraisalResult({ appraisal, method }: { appraisal: AppraisalResultData; method: PeriodScoringMethod }) {
  const { t, i18n } = useTranslation()
  const f = useFormat()
  const scores = appraisal.scores ?? []
  const targetScores = scores.filter((s) => s.target)
  const behaviourScores = scores.filter((s) => s.criterion)
  const numeric = method === 'NUMERIC_2011'
  return (
    <div className="appraisal-result">
      <dl className="result-summary">
        <div>
          <dt>{t('appraisal.predikat')}</dt>
          <dd>{appraisal.predikat ? <StatusBadge kind="predikat" value={appraisal.predikat} /> : '—'}</dd>
        </div>
        {!numeric && (
          <>
            <div>
              <dt>{t('appraisal.resultRating')}</dt>
              <dd>{appraisal.resultRating ? t(`rating.${appraisal.resultRating}`) : '—'}</dd>
            </div>
            <div>
              <dt>{t('appraisal.behaviourRating')}</dt>
              <dd>{appraisal.behaviourRating ? t(`rating.${appraisal.behaviourRating}`) : '—'}</dd>
            </div>
          </>
        )}
        {appraisal.score !== null && appraisal.score !== undefined && (
          <div>
            <dt>{numeric ? t('appraisal.score') : t('appraisal.adviceScore')}</dt>
            <dd>
              <strong>{f.number(appraisal.score, 2)}</strong>
              {numeric && appraisal.skpScore != null && appraisal.behaviourScore != null && (
                <span className="muted">
                  {' '}
                  ({t('appraisal.scoreParts', { skp: f.number(appraisal.skpScore, 2), behaviour: f.number(appraisal.behaviourScore, 2) })})
                </span>
              )}
            </dd>
          </div>
        )}
      </dl>
      {appraisal.note && (
        <div className="note-block">
          <h3>{t('appraisal.note')}</h3>
          <p>{appraisal.note}</p>
        </div>
      )}
      {targetScores.length > 0 && (
        <section aria-labelledby="result-scores">
          <h3 id="result-scores">{t('appraisal.resultDetail')}</h3>
          <ul className="score-list">
            {targetScores.map((s) => (
              <li key={s.id}>
                <span className="score-name">{s.target?.title}</span>
                <span className="score-value">
                  {s.rating && t(`rating.${s.rating}`)}
                  {s.value != null && ` · ${f.number(s.value, 2)}`}
                </span>
                {s.note && <span className="score-note">{s.note}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {behaviourScores.length > 0 && (
        <section aria-labelledby="behaviour-scores">
          <h3 id="behaviour-scores">{t('appraisal.behaviourDetail')}</h3>
          <ul className="score-list">
            {behaviourScores.map((s) => (
              <li key={s.id}>
                <span className="score-name">{s.criterion && criterionName(s.criterion, i18n.language)}</span>
                <span className="score-value">
                  {s.rating && t(`rating.${s.rating}`)}
                  {s.value != null && ` · ${f.number(s.value, 2)}`}
                </span>
                {s.note && <span className="score-note">{s.note}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}
