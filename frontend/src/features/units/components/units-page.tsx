import { useTranslation } from 'react-i18next'
import { useQuery } from 'urql'
import { FormDialog } from '@/components/ui/dialog'
import { EmptyState } from '@/components/ui/empty-state'
import { Page } from '@/components/ui/page'
import { QueryView } from '@/components/ui/query-view'
import type { OrgUnitTreeQuery as TreeData } from '@/gql/graphql'
import { OrgUnitTreeQuery } from '../api/unit-documents'
import { useCanManage } from '../can-manage'
import { UnitForm } from './unit-form'
import { type TreeUnit, UnitTree } from './unit-tree'
import '../units.css'

export function treeUnits(data: TreeData): TreeUnit[] {
  return (
    data.orgUnits.edges?.flatMap((e) =>
      e?.node ? [{ id: e.node.id, code: e.node.code, name: e.node.name, parentID: e.node.parent?.id ?? null, head: e.node.head ?? null }] : [],
    ) ?? []
  )
}

/** UnitsPage (Unit kerja): the tree of units; HR admins add and change them. */
export function UnitsPage() {
  const { t } = useTranslation('admin')
  const canManage = useCanManage()
  const [result, reexecute] = useQuery({ query: OrgUnitTreeQuery })
  const units = result.data ? treeUnits(result.data) : []
  const refresh = () => reexecute({ requestPolicy: 'network-only' })
  return (
    <Page
      title={t('unit.title')}
      className="unit-page"
      actions={
        canManage &&
        result.data && (
          <FormDialog label={t('unit.create')} variant="primary" title={t('unit.createTitle')}>
            {(close) => (
              <UnitForm
                units={units}
                onCancel={close}
                onDone={() => {
                  close()
                  refresh()
                }}
              />
            )}
          </FormDialog>
        )
      }
    >
      <QueryView result={result} reexecute={reexecute}>
        {(data) =>
          units.length === 0 ? (
            <EmptyState>{t('unit.empty')}</EmptyState>
          ) : (
            <section className="card" aria-labelledby="unit-tree-title">
              <h2 id="unit-tree-title">{t('unit.treeTitle')}</h2>
              <p className="hint">{t('unit.total', { count: data.orgUnits.totalCount })}</p>
              <UnitTree units={units} label={t('unit.treeTitle')} />
            </section>
          )
        }
      </QueryView>
    </Page>
  )
}
