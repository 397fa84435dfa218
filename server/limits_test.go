package server_test

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"kinerja/internal/fx"
)

// complexityOf reads the cost gqlgen reports in its refusal.
var complexityOf = regexp.MustCompile(`operation has complexity (\d+)`)

func TestComplexityWeighsRealPageSizes(t *testing.T) {
	f := fx.New(t)
	hr := f.HRAdmin()
	boss := f.Employee("boss")
	for i := range 3 {
		f.Employee(fmt.Sprint("staff ", i), fx.Supervisor(boss))
	}

	// statements counts the SQL a query costs beyond signing in (measured
	// with a query the validator refuses, which runs none of its own).
	signIn := func() int64 {
		before := f.Store.Statements.Load()
		if r := hr.Query(`{ viewer { nosuchfield } }`, nil); r.Code() != "GRAPHQL_VALIDATION_FAILED" {
			t.Fatalf("baseline query: %+v", r.Errors)
		}
		return f.Store.Statements.Load() - before
	}()

	t.Run("small pages nest", func(t *testing.T) {
		for name, q := range map[string]string{
			"subordinates three deep": `{ employees(first: 1) { edges { node { subordinates(first: 1) { edges { node {
				subordinates(first: 1) { edges { node { name } } } } } } } } } }`,
			"units three deep": `{ orgUnits(first: 1) { edges { node { children(first: 1) { edges { node {
				children(first: 1) { edges { node { code } } } } } } } } } }`,
			"last: 1 three deep": `{ employees(last: 1) { edges { node { subordinates(last: 1) { edges { node {
				subordinates(last: 1) { totalCount } } } } } } } }`,
		} {
			t.Run(name, func(t *testing.T) {
				if r := hr.Query(q, nil); len(r.Errors) > 0 {
					t.Errorf("%+v", r.Errors)
				}
			})
		}
	})

	t.Run("nested lists multiply and are refused before they run", func(t *testing.T) {
		one := `employees(first: 50) { edges { node { plans { targets { plan { targets { id title } } } } } } }`
		var five strings.Builder
		five.WriteString("{")
		for i := range 5 {
			fmt.Fprintf(&five, " a%d: %s", i, one)
		}
		five.WriteString(" }")
		for name, q := range map[string]string{
			"five aliases":      five.String(),
			"one alias":         "{ " + one + " }",
			"four plain levels": `{ employees(first: 100) { edges { node { plans { targets { indicators { realizations { value } } } } } } } }`,
			"nodes of many IDs": `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Employee { plans { targets { children { indicators { id } } } } } } }`,
		} {
			t.Run(name, func(t *testing.T) {
				ids := make([]string, 100)
				for i := range ids {
					ids[i] = strconv.Itoa(boss.ID)
				}
				before := f.Store.Statements.Load()
				r := hr.Query(q, map[string]any{"ids": ids})
				ran := f.Store.Statements.Load() - before - signIn
				if r.Code() != "COMPLEXITY_LIMIT_EXCEEDED" || string(r.Data) != "" && string(r.Data) != "null" {
					t.Fatalf("data %s errors %+v, want COMPLEXITY_LIMIT_EXCEEDED and no data", r.Data, r.Errors)
				}
				if ran != 0 {
					t.Errorf("ran %d SQL statements before it was refused", ran)
				}
				if m := complexityOf.FindStringSubmatch(r.Errors[0].Message); m != nil {
					t.Logf("cost %s", m[1])
				}
			})
		}
	})

	t.Run("the app's own queries pass", func(t *testing.T) {
		// The documents of frontend/src (with their fragments) and the
		// heaviest nested reads of the server tests.
		for name, tt := range map[string]struct {
			q    string
			vars map[string]any
		}{
			"SessionViewer": {`query SessionViewer { viewer { account { id nip name } employee { id name } roles
				can { manageMasterData readAuditTrail appraise decideObjections } } }`, nil},
			"Home": {`query Home { viewer { employee { id name ...OwnSummary_employee } currentPeriod { id ...PeriodSummary_period }
				  currentPlan { id ...OwnSummary_plan } } inbox { ...InboxList_item } }
				fragment OwnSummary_employee on Employee { latestPredikat latestAppraisal { id finalizedAt plan { id period { id year } } } }
				fragment OwnSummary_plan on Plan { id status note agreedAt submittedAt }
				fragment PeriodSummary_period on Period { id name year phase scoringMethod planDeadline appraisalDeadline }
				fragment InboxList_item on InboxItem { kind deadline overdue daysLeft employee { id name } plan { id }
				  appraisal { id kind quarter } objection { id } }`, nil},
			"Employees": {`query Employees($first: Int, $after: Cursor, $orderBy: [EmployeeOrder!], $where: EmployeeWhereInput) {
				employees(first: $first, after: $after, orderBy: $orderBy, where: $where) {
				  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id ...EmployeeRow_employee } } } }
				fragment EmployeeRow_employee on Employee { id nip name rank position positionKind active unit { id code name } }`,
				map[string]any{"first": 100, "orderBy": []map[string]any{{"field": "NAME", "direction": "ASC"}}}},
			"OrgUnitOptions": {`query OrgUnitOptions($first: Int) { orgUnits(first: $first, orderBy: [{ field: CODE, direction: ASC }]) {
				edges { node { id code name } } } }`, map[string]any{"first": 100}},
			"plan with targets and indicators": {`query($id: ID!) { node(id: $id) { ... on Plan { targets { indicators { aspect yearTotal } } } } }`,
				map[string]any{"id": boss.ID}},
			"a page of employees with their plans": {`{ employees(first: 20) { edges { node { name plans { status targets { title indicators { aspect } } } } } } }`, nil},
			"objections":                           {`{ objections { edges { node { reason status decisionNote decidedBy { name } } } } }`, nil},
			"talent grid":                          {`query($p: ID!) { talentGrid(periodID: $p) { performance potential count employees { name } } }`, map[string]any{"p": 1}},
			"development hours":                    {`query($p: ID!) { developmentHours(periodID: $p) { employee { name } hours belowMinimum } }`, map[string]any{"p": 1}},
			"training needs":                       {`query($p: ID!) { trainingNeeds(periodID: $p) { criterion { code name } employees programs { name hours } } }`, map[string]any{"p": 1}},
		} {
			t.Run(name, func(t *testing.T) {
				r := hr.Query(tt.q, tt.vars)
				for _, e := range r.Errors {
					if e.Code() == "COMPLEXITY_LIMIT_EXCEEDED" || e.Code() == "QUERY_TOO_DEEP" || e.Code() == "GRAPHQL_VALIDATION_FAILED" {
						t.Errorf("%+v", r.Errors)
					}
				}
			})
		}
	})
}
