import { graphql } from '@/gql'

export const ImportUnitsMutation = graphql(`
  mutation ImportUnits($csv: String!, $dryRun: Boolean) {
    importUnits(csv: $csv, dryRun: $dryRun) {
      created
      updated
      unchanged
      problems {
        line
        field
        reason
      }
    }
  }
`)

export const ImportEmployeesMutation = graphql(`
  mutation ImportEmployees($csv: String!, $dryRun: Boolean) {
    importEmployees(csv: $csv, dryRun: $dryRun) {
      created
      updated
      unchanged
      problems {
        line
        field
        reason
      }
    }
  }
`)

/** What can be imported, with the header row its CSV must start with (as the server documents it). */
export const importKinds = {
  units: { header: 'code,name,parent_code', template: 'templat-unit.csv' },
  employees: { header: 'nip,name,type,rank,position,position_kind,unit_code,supervisor_nip,email', template: 'templat-pegawai.csv' },
} as const

export type ImportKind = keyof typeof importKinds

export function isImportKind(value: string | null): value is ImportKind {
  return value === 'units' || value === 'employees'
}
