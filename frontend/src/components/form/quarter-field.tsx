import type { ReactNode } from 'react'
import type { Control, FieldValues, Path } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { quarters } from '@/lib/quarter'
import { SelectControl } from '@/components/form/select-field'

interface QuarterControlProps<T extends FieldValues> {
  control: Control<T>
  name: Path<T>
  description?: ReactNode
}

/** QuarterControl chooses a quarter of the year (Triwulan 1–4), bound to react-hook-form. */
export function QuarterControl<T extends FieldValues>({ control, name, description }: QuarterControlProps<T>) {
  const { t } = useTranslation()
  return (
    <SelectControl
      control={control}
      name={name}
      label={t('realization.quarter')}
      options={quarters.map((q) => ({ id: q, label: t('realization.quarterN', { n: q }) }))}
      isRequired
      description={description}
    />
  )
}
