/** Data as the API returns it, for the tests. */

export function sessionViewer(overrides: { appraise?: boolean; decideObjections?: boolean; roles?: string[]; name?: string } = {}) {
  const name = overrides.name ?? 'Siti Rahmawati'
  return {
    viewer: {
      __typename: 'Viewer',
      account: { __typename: 'Account', id: 'a1', nip: '198503152010012001', name },
      employee: { __typename: 'Employee', id: 'e1', name },
      roles: overrides.roles ?? [],
      can: {
        __typename: 'ViewerCan',
        manageMasterData: (overrides.roles ?? []).includes('HR_ADMIN'),
        readAuditTrail: (overrides.roles ?? []).includes('HR_ADMIN'),
        appraise: overrides.appraise ?? false,
        decideObjections: overrides.decideObjections ?? false,
      },
    },
    agency: { __typename: 'Agency', timeZone: 'Asia/Makassar', zoneAbbreviation: 'WITA' },
  }
}

export function homeData(inbox: unknown[] = []) {
  return {
    viewer: {
      __typename: 'Viewer',
      employee: { __typename: 'Employee', id: 'e1', name: 'Siti Rahmawati', latestPredikat: 'BAIK', latestAppraisal: null },
      currentPeriod: {
        __typename: 'Period',
        id: 'p26',
        name: 'Penilaian Kinerja 2026',
        year: 2026,
        phase: 'EXECUTION',
        scoringMethod: 'PERMENPAN_2022',
        planDeadline: '2026-01-31T23:59:59Z',
        appraisalDeadline: '2027-01-31T23:59:59Z',
      },
      currentPlan: {
        __typename: 'Plan',
        id: 'pl1',
        status: 'AGREED',
        note: 'Disetujui',
        agreedAt: '2026-01-12T09:00:00Z',
        submittedAt: '2026-01-12T09:00:00Z',
      },
    },
    inbox,
  }
}

/**
 * openObjection is an objection Nurul Aini filed, her appraiser explained and
 * nobody has decided yet, as ObjectionHistory_objection selects it.
 */
export function openObjection() {
  return {
    __typename: 'Objection',
    id: 'o1',
    reason: 'Laporan selesai lebih cepat dari jadwal.',
    status: 'OPEN',
    createdAt: '2027-01-05T09:00:00Z',
    explanation: 'Laporan triwulan ketiga terlambat dua minggu.',
    explanationDue: '2027-01-12T16:59:59Z',
    explainedAt: '2027-01-07T09:00:00Z',
    decisionNote: null,
    decidedAt: null,
    predikatBefore: null,
    predikatAfter: null,
    filedBy: { __typename: 'Employee', id: 'e2', name: 'Nurul Aini' },
    decidedBy: null,
  }
}

/** awaitingObjection is openObjection just filed: its appraiser has until due to explain. */
export function awaitingObjection(due: string) {
  return { ...openObjection(), status: 'AWAITING_EXPLANATION', explanation: null, explanationDue: due, explainedAt: null }
}
