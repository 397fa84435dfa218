import { graphql } from '@/gql'

/** The choices of the shared filters: the periods (newest first) and the units. */
export const DashboardFiltersQuery = graphql(`
  query DashboardFilters {
    viewer {
      currentPeriod {
        id
      }
    }
    periods(first: 50, orderBy: [{ field: YEAR, direction: DESC }]) {
      edges {
        node {
          id
          name
          year
          phase
        }
      }
    }
    orgUnits(first: 100, orderBy: [{ field: CODE, direction: ASC }]) {
      edges {
        node {
          id
          code
          name
          parent {
            id
          }
        }
      }
    }
  }
`)

/** Scores per group of one dimension (unit, criterion, rank, position kind, appraiser). */
export const ScoreSummaryQuery = graphql(`
  query DashboardScoreSummary($periodID: ID!, $groupBy: SummaryGroupBy!, $unitID: ID) {
    scoreSummary(periodID: $periodID, groupBy: $groupBy, unitID: $unitID) {
      key
      label
      code
      count
      average
      min
      max
      timeliness
      quality
      teamwork
    }
  }
`)

/** Predikat shares beside the curve the unit's rating sets. */
export const PredikatDistributionQuery = graphql(`
  query DashboardPredikatDistribution($periodID: ID!, $unitID: ID) {
    predikatDistribution(periodID: $periodID, unitID: $unitID) {
      total
      buckets {
        predikat
        count
        share
      }
      unitRating
      guideline
      deviates
      deviations
    }
  }
`)

/** Each appraiser's mean and spread against the unit's, with the objections filed. */
export const AppraiserCalibrationQuery = graphql(`
  query DashboardAppraiserCalibration($periodID: ID!, $unitID: ID) {
    appraiserCalibration(periodID: $periodID, unitID: $unitID) {
      appraiser {
        id
        name
      }
      appraised
      mean
      stddev
      gapToUnitMean
      objections
      upheld
      revised
    }
  }
`)

/** Plans and annual appraisals per stage per unit against the deadlines. */
export const CompletionQuery = graphql(`
  query DashboardCompletion($periodID: ID!, $unitID: ID) {
    completion(periodID: $periodID, unitID: $unitID) {
      unit {
        id
        code
        name
      }
      employees
      noPlan
      plansDraft
      plansSubmitted
      plansAgreed
      plansReturned
      appraisalsDraft
      appraisalsReleased
      appraisalsFinal
      planDeadline
      appraisalDeadline
      plansOverdue
      appraisalsOverdue
    }
  }
`)

/** Scores across periods for a unit or one employee. */
export const TrendQuery = graphql(`
  query DashboardTrend($unitID: ID, $employeeID: ID) {
    trend(unitID: $unitID, employeeID: $employeeID) {
      period {
        id
        name
        year
      }
      count
      average
      timeliness
      quality
      teamwork
    }
  }
`)

/** Training needs per criterion and completed development hours, flagged below the PNS minimum or above the PPPK cap. */
export const TrainingQuery = graphql(`
  query DashboardTraining($periodID: ID!, $unitID: ID) {
    trainingNeeds(periodID: $periodID, unitID: $unitID) {
      criterion {
        id
        code
        name
        nameEn
      }
      employees
      programs {
        id
        name
        hours
      }
    }
    developmentHours(periodID: $periodID, unitID: $unitID) {
      employee {
        id
        name
        type
      }
      hours
      flag
    }
  }
`)

/** Employees with at least Baik in the period, each with the promotion conditions and whether they hold, and every functional employee's credit points per year. */
export const PromotionQuery = graphql(`
  query DashboardPromotion($periodID: ID!, $unitID: ID) {
    promotionCandidates(periodID: $periodID, unitID: $unitID) {
      employee {
        id
        name
        position
      }
      predikats
      creditPoints
      creditPointsInRank
      creditPointsNeeded
      rank
      yearsInRank
      functional
      eligible
      conditions {
        code
        holds
        text
      }
    }
    creditHistory(periodID: $periodID, unitID: $unitID) {
      employee {
        id
        name
        functionalLevel
      }
      total
      years {
        year
        predikat
        months
        points
        cumulative
      }
    }
  }
`)

/** The 9-box talent grid (HR admins and auditors). */
export const TalentGridQuery = graphql(`
  query DashboardTalentGrid($periodID: ID!, $unitID: ID) {
    talentGrid(periodID: $periodID, unitID: $unitID) {
      performance
      potential
      count
      employees {
        id
        name
      }
    }
  }
`)

/** The employees the caller may pick for an employee's trend (its subordinates, or itself). */
export const TrendPeopleQuery = graphql(`
  query DashboardTrendPeople {
    viewer {
      employee {
        id
        name
      }
    }
    employees(first: 100, orderBy: [{ field: NAME, direction: ASC }]) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`)

/** How many FINAL annual appraisals of the period the caller may read: 0 explains an empty dashboard. */
export const FinalCountQuery = graphql(`
  query DashboardFinalCount($periodID: ID!, $unitID: ID) {
    finalCount(periodID: $periodID, unitID: $unitID)
  }
`)
