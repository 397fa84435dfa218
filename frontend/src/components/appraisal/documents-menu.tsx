import { useTranslation } from 'react-i18next'
import { MenuButton } from '@/components/ui/menu'

/** DocumentsMenu prints the page, or opens the appraisal's evaluation document (Dokumen Evaluasi Kinerja Pegawai). */
export function DocumentsMenu({ appraisalID }: { appraisalID: string }) {
  const { t } = useTranslation()
  return (
    <MenuButton
      label={t('documents.menu')}
      items={[
        { id: 'print', label: t('documents.printPage'), onAction: () => window.print() },
        { id: 'document', label: t('documents.evaluation'), href: `/print/appraisals/${appraisalID}`, target: '_blank' },
      ]}
    />
  )
}
