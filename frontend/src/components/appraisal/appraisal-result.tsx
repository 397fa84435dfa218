import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { DocumentsMenu } from '@/components/appraisal/documents-menu'
import { Fact } from '@/components/ui/fact'
import { StatusBadge } from '@/components/ui/status-badge'
import { type FragmentType, graphql, useFragment } from '@/gql'
import type { Rating } from '@/gql/graphql'
import { useFormat } from '@/lib/format'

/**
 * An appraisal's result as recorded: the two ratings, the predikat, the
 * scores (the result under NUMERIC_2011, advice under PERMENPAN_2022) and the
 * note, with a score per target and per behaviour criterion.
 * AppraisalResult shows it; the appraisal form starts its draft from it and
 * the objection decision shows what it revises.
 */
export const AppraisalResultFragment = graphql(`
  fragment AppraisalResult_appraisal on Appraisal {
    id
    resultRating
    behaviourRating
    predikat
    score
    skpScore
    behaviourScore
    note
    plan {
      id
      period {
        id
        scoringMethod
      }
    }
    scores {
      id
      rating
      value
      note
      target {
        id
        title
      }
      criterion {
        id
        code
        name
        nameEn
        kind
      }
    }
  }
`)

/** criterionName is a criterion's name in the active language. */
export function criterionName(c: { name: string; nameEn?: string | null }, language: string): string {
  return language === 'en' && c.nameEn ? c.nameEn : c.name
}

interface ScoreItem {
  id: string
  name: string
  rating?: Rating | null
  value?: number | null
  note?: string | null
}

/** ScoreList is one part of the detail (the results or the behaviours): each score with its note. */
function ScoreList({ title, scores }: { title: string; scores: ScoreItem[] }) {
  const { t } = useTranslation()
  const f = useFormat()
  const id = useId()
  if (scores.length === 0) return null
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <ul className="score-list">
        {scores.map((s) => (
          <li key={s.id}>
            <span className="score-name">{s.name}</span>
            <span className="score-value">
              {s.rating && t(`rating.${s.rating}`)}
              {s.value != null && ` · ${f.number(s.value, 2)}`}
            </span>
            {s.note && <span className="score-note">{s.note}</span>}
          </li>
        ))}
      </ul>
    </section>
  )
}

interface AppraisalResultProps {
  appraisal: FragmentType<typeof AppraisalResultFragment>
}

/**
 * AppraisalResult shows an appraisal as released: the two ratings, the
 * predikat, the numeric score (the result under NUMERIC_2011, advice under
 * PERMENPAN_2022) and each detail score with its note.
 */
export function AppraisalResult({ appraisal: ref }: AppraisalResultProps) {
  const { t, i18n } = useTranslation()
  const f = useFormat()
  const appraisal = useFragment(AppraisalResultFragment, ref)
  const scores = appraisal.scores ?? []
  const numeric = appraisal.plan.period.scoringMethod === 'NUMERIC_2011'
  return (
    <div className="appraisal-result">
      <dl className="result-summary">
        <Fact label={t('appraisal.predikat')}>{appraisal.predikat ? <StatusBadge kind="predikat" value={appraisal.predikat} /> : '—'}</Fact>
        {!numeric && (
          <>
            <Fact label={t('appraisal.resultRating')}>{appraisal.resultRating ? t(`rating.${appraisal.resultRating}`) : '—'}</Fact>
            <Fact label={t('appraisal.behaviourRating')}>{appraisal.behaviourRating ? t(`rating.${appraisal.behaviourRating}`) : '—'}</Fact>
          </>
        )}
        {appraisal.score !== null && appraisal.score !== undefined && (
          <Fact label={numeric ? t('appraisal.score') : t('appraisal.adviceScore')}>
            <strong>{f.number(appraisal.score, 2)}</strong>
            {numeric && appraisal.skpScore != null && appraisal.behaviourScore != null && (
              <span className="muted">
                {' '}
                ({t('appraisal.scoreParts', { skp: f.number(appraisal.skpScore, 2), behaviour: f.number(appraisal.behaviourScore, 2) })})
              </span>
            )}
          </Fact>
        )}
      </dl>
      {appraisal.note && (
        <div className="note-block">
          <h3>{t('appraisal.note')}</h3>
          <p>{appraisal.note}</p>
        </div>
      )}
      <ScoreList title={t('appraisal.resultDetail')} scores={scores.flatMap((s) => (s.target ? [{ ...s, name: s.target.title }] : []))} />
      <ScoreList
        title={t('appraisal.behaviourDetail')}
        scores={scores.flatMap((s) => (s.criterion ? [{ ...s, name: criterionName(s.criterion, i18n.language) }] : []))}
      />
    </div>
  )
}

/** AppraisalResultCard is the card of a released appraisal's result, with the menu of its documents. */
export function AppraisalResultCard({ appraisal }: AppraisalResultProps) {
  const { t } = useTranslation()
  const id = useId()
  const { id: appraisalID } = useFragment(AppraisalResultFragment, appraisal)
  return (
    <section className="card" aria-labelledby={id}>
      <div className="section-header">
        <h2 id={id}>{t('appraisal.result')}</h2>
        <DocumentsMenu appraisalID={appraisalID} />
      </div>
      <AppraisalResult appraisal={appraisal} />
    </section>
  )
}
