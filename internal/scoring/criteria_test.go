package scoring_test

import (
	"slices"
	"testing"

	"kinerja/internal/scoring"
)

func TestCatalogue(t *testing.T) {
	got := scoring.Catalogue()
	if len(got) != 18 {
		t.Fatalf("Catalogue() has %d criteria, want 18", len(got))
	}
	seen := map[scoring.CriterionCode]bool{}
	count := map[scoring.Framework]int{}
	for i, c := range got {
		if c.Position != i+1 {
			t.Errorf("%s at %d has Position %d", c.Code, i, c.Position)
		}
		if seen[c.Code] {
			t.Errorf("%s appears twice", c.Code)
		}
		seen[c.Code] = true
		count[c.Framework]++
		if c.Name == "" || c.NameEN == "" || c.Description == "" {
			t.Errorf("%s lacks a name or description: %+v", c.Code, c)
		}
		if c.Kind != scoring.KindResult && c.Kind != scoring.KindBehaviour {
			t.Errorf("%s has kind %q", c.Code, c.Kind)
		}
	}
	want := map[scoring.Framework]int{scoring.FrameworkBerakhlak: 7, scoring.FrameworkPP46: 6, scoring.FrameworkAspect: 4, scoring.FrameworkCompetency: 1}
	for f, n := range want {
		if count[f] != n {
			t.Errorf("framework %s has %d criteria, want %d", f, count[f], n)
		}
	}
	rows := []scoring.CriterionDef{
		{Code: scoring.BerorientasiPelayanan, Name: "Berorientasi Pelayanan", NameEN: "Service orientation", Description: "Memahami dan memenuhi kebutuhan masyarakat; ramah, cekatan, solutif.", Kind: scoring.KindBehaviour, Framework: scoring.FrameworkBerakhlak, Position: 1},
		{Code: scoring.Kolaboratif, Name: "Kolaboratif", NameEN: "Collaborative", Description: "Membangun kerja sama yang sinergis.", Kind: scoring.KindBehaviour, Framework: scoring.FrameworkBerakhlak, Position: 7},
		{Code: scoring.OrientasiPelayanan, Name: "Orientasi Pelayanan", NameEN: "Service orientation (2011)", Description: "Aspek perilaku kerja PP 46/2011.", Kind: scoring.KindBehaviour, Framework: scoring.FrameworkPP46, Position: 8},
		{Code: scoring.Kepemimpinan, Name: "Kepemimpinan", NameEN: "Leadership", Description: "Aspek perilaku kerja PP 46/2011 (bagi pejabat struktural).", Kind: scoring.KindBehaviour, Framework: scoring.FrameworkPP46, Position: 13},
		{Code: scoring.KuantitasHasilKerja, Name: "Kuantitas Hasil Kerja", NameEN: "Quantity of work", Description: "Jumlah hasil kerja dibanding target.", Kind: scoring.KindResult, Framework: scoring.FrameworkAspect, Position: 14},
		{Code: scoring.EfisiensiBiaya, Name: "Efisiensi Biaya", NameEN: "Cost efficiency", Description: "Realisasi biaya dibanding anggaran.", Kind: scoring.KindResult, Framework: scoring.FrameworkAspect, Position: 17},
		{Code: scoring.Komunikasi, Name: "Komunikasi", NameEN: "Communication", Description: "Kemampuan menyampaikan informasi secara lisan dan tulisan.", Kind: scoring.KindBehaviour, Framework: scoring.FrameworkCompetency, Position: 18},
	}
	for _, w := range rows {
		if g := got[w.Position-1]; g != w {
			t.Errorf("Catalogue()[%d] = %+v, want %+v", w.Position-1, g, w)
		}
	}
	got[0].Name = "changed"
	if scoring.Catalogue()[0].Name != "Berorientasi Pelayanan" {
		t.Error("changing a Catalogue() result changed the catalogue")
	}
}

func TestBehaviourCriteria(t *testing.T) {
	all7 := []scoring.CriterionCode{scoring.BerorientasiPelayanan, scoring.Akuntabel, scoring.Kompeten, scoring.Harmonis, scoring.Loyal, scoring.Adaptif, scoring.Kolaboratif}
	five := []scoring.CriterionCode{scoring.OrientasiPelayanan, scoring.Integritas, scoring.Komitmen, scoring.Disiplin, scoring.KerjaSama}
	six := append(slices.Clone(five), scoring.Kepemimpinan)
	tests := []struct {
		method scoring.Method
		kind   string
		want   []scoring.CriterionCode
	}{
		{scoring.Method2022, "PELAKSANA", all7},
		{scoring.Method2022, "JPT_PRATAMA", all7},
		{scoring.Method2022, "", all7},
		{scoring.Method2011, "PELAKSANA", five},
		{scoring.Method2011, "FUNGSIONAL", five},
		{scoring.Method2011, "JPT_UTAMA", six},
		{scoring.Method2011, "JPT_MADYA", six},
		{scoring.Method2011, "JPT_PRATAMA", six},
		{scoring.Method2011, "ADMINISTRATOR", six},
		{scoring.Method2011, "PENGAWAS", six},
		{scoring.Method2011, "jpt_pratama", five},
		{"OTHER", "PENGAWAS", nil},
	}
	for _, tt := range tests {
		t.Run(string(tt.method)+"/"+tt.kind, func(t *testing.T) {
			if got := scoring.BehaviourCriteria(tt.method, tt.kind); !slices.Equal(got, tt.want) {
				t.Errorf("BehaviourCriteria(%s, %s) = %v, want %v", tt.method, tt.kind, got, tt.want)
			}
		})
	}
	got := scoring.BehaviourCriteria(scoring.Method2011, "PELAKSANA")
	got[0] = "X"
	if scoring.BehaviourCriteria(scoring.Method2011, "PELAKSANA")[0] != scoring.OrientasiPelayanan {
		t.Error("changing a BehaviourCriteria result changed the rule")
	}
}

func TestStructural(t *testing.T) {
	tests := []struct {
		kind string
		want bool
	}{
		{"JPT_UTAMA", true}, {"JPT_MADYA", true}, {"JPT_PRATAMA", true},
		{"ADMINISTRATOR", true}, {"PENGAWAS", true},
		{"PELAKSANA", false}, {"FUNGSIONAL", false}, {"", false},
	}
	for _, tt := range tests {
		if got := scoring.Structural(tt.kind); got != tt.want {
			t.Errorf("Structural(%q) = %v, want %v", tt.kind, got, tt.want)
		}
	}
}

func TestTeamworkAndCounting(t *testing.T) {
	if got := scoring.TeamworkCriterion(scoring.Method2011); got != scoring.KerjaSama {
		t.Errorf("TeamworkCriterion(2011) = %s", got)
	}
	if got := scoring.TeamworkCriterion(scoring.Method2022); got != scoring.Kolaboratif {
		t.Errorf("TeamworkCriterion(2022) = %s", got)
	}
	tests := []struct {
		m    scoring.Method
		f    scoring.Framework
		want bool
	}{
		{scoring.Method2011, scoring.FrameworkPP46, true},
		{scoring.Method2011, scoring.FrameworkBerakhlak, false},
		{scoring.Method2011, scoring.FrameworkCompetency, false},
		{scoring.Method2022, scoring.FrameworkBerakhlak, true},
		{scoring.Method2022, scoring.FrameworkPP46, false},
		{scoring.Method2022, scoring.FrameworkAspect, false},
		{"OTHER", scoring.FrameworkBerakhlak, false},
	}
	for _, tt := range tests {
		if got := scoring.CountsAsBehaviour(tt.m, tt.f); got != tt.want {
			t.Errorf("CountsAsBehaviour(%s, %s) = %v, want %v", tt.m, tt.f, got, tt.want)
		}
	}
	if !scoring.Method2011.Valid() || !scoring.Method2022.Valid() || scoring.Method("").Valid() {
		t.Error("Method.Valid is wrong")
	}
}
