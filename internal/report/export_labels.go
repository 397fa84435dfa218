package report

import (
	"kinerja/ent/appraisal"
	"kinerja/ent/employee"
	"kinerja/internal/scoring"
)

// The words of the export's coded columns, in Indonesian and English. A
// coded column keeps its code (for tools) and has its words in the next
// column, whose header is the code column's with "_label", in the language
// of the request.

// bilingual is the words of one code: Indonesian, English.
type bilingual struct{ id, en string }

// exportLabels maps the codes of one column to their words.
type exportLabels map[string]bilingual

// of is the words of code in lang ("en", else Indonesian); the code
// itself for one the table does not know, "" for none.
func (l exportLabels) of(code, lang string) string {
	w, ok := l[code]
	switch {
	case code == "" || !ok:
		return code
	case lang == "en":
		return w.en
	default:
		return w.id
	}
}

var (
	exportStatusLabels = exportLabels{
		string(appraisal.StatusDraft):     {"Draf", "Draft"},
		string(appraisal.StatusSubmitted): {"Dirilis", "Released"},
		string(appraisal.StatusObjected):  {"Keberatan diajukan", "Objected"},
		string(appraisal.StatusFinal):     {"Final", "Final"},
	}
	exportRatingLabels = exportLabels{
		string(scoring.Above): {"Di Atas Ekspektasi", "Above expectations"},
		string(scoring.Meets): {"Sesuai Ekspektasi", "Meets expectations"},
		string(scoring.Below): {"Di Bawah Ekspektasi", "Below expectations"},
	}
	exportPredikatLabels = exportLabels{
		string(scoring.SangatBaik):     {"Sangat Baik", "Very good"},
		string(scoring.Baik):           {"Baik", "Good"},
		string(scoring.Cukup):          {"Cukup", "Fair"},
		string(scoring.ButuhPerbaikan): {"Butuh Perbaikan", "Needs improvement"},
		string(scoring.Kurang):         {"Kurang", "Poor"},
		string(scoring.SangatKurang):   {"Sangat Kurang", "Very poor"},
		string(scoring.Buruk):          {"Buruk", "Bad"},
	}
	exportPositionKindLabels = exportLabels{
		string(employee.PositionKindJPTUtama):      {"JPT Utama", "Senior executive (JPT Utama)"},
		string(employee.PositionKindJPTMadya):      {"JPT Madya", "Senior executive (JPT Madya)"},
		string(employee.PositionKindJPTPratama):    {"JPT Pratama", "Senior executive (JPT Pratama)"},
		string(employee.PositionKindAdministrator): {"Administrator", "Administrator"},
		string(employee.PositionKindPengawas):      {"Pengawas", "Supervisor"},
		string(employee.PositionKindPelaksana):     {"Pelaksana", "Staff"},
		string(employee.PositionKindFungsional):    {"Fungsional", "Functional"},
	}
	exportTypeLabels = exportLabels{
		string(employee.TypePNS):  {"Pegawai Negeri Sipil", "Civil servant (PNS)"},
		string(employee.TypePPPK): {"PPPK", "Government employee on contract (PPPK)"},
	}
)
