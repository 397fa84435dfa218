package scoring

import "slices"

// CriterionCode is the code of an appraisal criterion of the reference
// catalogue (see Catalogue): a BerAKHLAK core value, a behaviour aspect of
// PP 46/2011, a result aspect or a competency.
type CriterionCode string

// The seven BerAKHLAK core values (PermenPANRB 6/2022), on which behaviour
// (Perilaku Kerja) is rated under the 2022 method.
const (
	BerorientasiPelayanan CriterionCode = "BERORIENTASI_PELAYANAN"
	Akuntabel             CriterionCode = "AKUNTABEL"
	Kompeten              CriterionCode = "KOMPETEN"
	Harmonis              CriterionCode = "HARMONIS"
	Loyal                 CriterionCode = "LOYAL"
	Adaptif               CriterionCode = "ADAPTIF"
	Kolaboratif           CriterionCode = "KOLABORATIF"
)

// The six behaviour aspects of PP 46/2011 (Perka BKN 1/2013), valued 0–100
// under the numeric method; Kepemimpinan applies to structural posts only.
const (
	OrientasiPelayanan CriterionCode = "ORIENTASI_PELAYANAN"
	Integritas         CriterionCode = "INTEGRITAS"
	Komitmen           CriterionCode = "KOMITMEN"
	Disiplin           CriterionCode = "DISIPLIN"
	KerjaSama          CriterionCode = "KERJA_SAMA"
	Kepemimpinan       CriterionCode = "KEPEMIMPINAN"
)

// The four result aspects (quantity, quality, time, cost) and the
// competencies the development follow-up refers to.
const (
	KuantitasHasilKerja CriterionCode = "KUANTITAS_HASIL_KERJA"
	KualitasHasilKerja  CriterionCode = "KUALITAS_HASIL_KERJA"
	KetepatanWaktu      CriterionCode = "KETEPATAN_WAKTU"
	EfisiensiBiaya      CriterionCode = "EFISIENSI_BIAYA"
	Komunikasi          CriterionCode = "KOMUNIKASI"
)

// Method is a period's scoring method (the period's scoring_method).
type Method string

// The two scoring methods: the ratings and matrix of PermenPANRB 6/2022 (the
// official one), or the scores and bands of PP 46/2011 with Perka BKN 1/2013.
const (
	Method2022 Method = "PERMENPAN_2022"
	Method2011 Method = "NUMERIC_2011"
)

// Valid reports whether m is one of the two scoring methods.
func (m Method) Valid() bool { return m == Method2022 || m == Method2011 }

// Framework is the family a criterion belongs to (the criterion's framework).
type Framework string

// The four frameworks of the catalogue.
const (
	// FrameworkBerakhlak holds the 2022 core values.
	FrameworkBerakhlak Framework = "BERAKHLAK"
	// FrameworkPP46 holds the behaviour aspects of PP 46/2011.
	FrameworkPP46 Framework = "PP46"
	// FrameworkAspect holds the result aspects.
	FrameworkAspect Framework = "ASPECT"
	// FrameworkCompetency holds other competencies.
	FrameworkCompetency Framework = "COMPETENCY"
)

// The kinds of criterion (the criterion's kind).
const (
	KindResult    = "RESULT"
	KindBehaviour = "BEHAVIOUR"
)

// CriterionDef describes a criterion of the reference catalogue.
type CriterionDef struct {
	Code                      CriterionCode
	Name, NameEN, Description string
	// Kind is KindResult or KindBehaviour.
	Kind      string
	Framework Framework
	// Position is the criterion's place in the catalogue, from 1.
	Position int
}

// catalogue is the content of Catalogue, in its order.
var catalogue = []CriterionDef{
	{BerorientasiPelayanan, "Berorientasi Pelayanan", "Service orientation", "Memahami dan memenuhi kebutuhan masyarakat; ramah, cekatan, solutif.", KindBehaviour, FrameworkBerakhlak, 0},
	{Akuntabel, "Akuntabel", "Accountable", "Jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi.", KindBehaviour, FrameworkBerakhlak, 0},
	{Kompeten, "Kompeten", "Competent", "Terus belajar dan mengembangkan kapabilitas.", KindBehaviour, FrameworkBerakhlak, 0},
	{Harmonis, "Harmonis", "Harmonious", "Saling peduli dan menghargai perbedaan.", KindBehaviour, FrameworkBerakhlak, 0},
	{Loyal, "Loyal", "Loyal", "Berdedikasi dan mengutamakan kepentingan bangsa dan negara.", KindBehaviour, FrameworkBerakhlak, 0},
	{Adaptif, "Adaptif", "Adaptive", "Terus berinovasi dan antusias menghadapi perubahan.", KindBehaviour, FrameworkBerakhlak, 0},
	{Kolaboratif, "Kolaboratif", "Collaborative", "Membangun kerja sama yang sinergis.", KindBehaviour, FrameworkBerakhlak, 0},
	{OrientasiPelayanan, "Orientasi Pelayanan", "Service orientation (2011)", "Aspek perilaku kerja PP 46/2011.", KindBehaviour, FrameworkPP46, 0},
	{Integritas, "Integritas", "Integrity", "Aspek perilaku kerja PP 46/2011.", KindBehaviour, FrameworkPP46, 0},
	{Komitmen, "Komitmen", "Commitment", "Aspek perilaku kerja PP 46/2011.", KindBehaviour, FrameworkPP46, 0},
	{Disiplin, "Disiplin", "Discipline", "Aspek perilaku kerja PP 46/2011.", KindBehaviour, FrameworkPP46, 0},
	{KerjaSama, "Kerja Sama", "Teamwork", "Aspek perilaku kerja PP 46/2011.", KindBehaviour, FrameworkPP46, 0},
	{Kepemimpinan, "Kepemimpinan", "Leadership", "Aspek perilaku kerja PP 46/2011 (bagi pejabat struktural).", KindBehaviour, FrameworkPP46, 0},
	{KuantitasHasilKerja, "Kuantitas Hasil Kerja", "Quantity of work", "Jumlah hasil kerja dibanding target.", KindResult, FrameworkAspect, 0},
	{KualitasHasilKerja, "Kualitas Hasil Kerja", "Quality of work", "Mutu hasil kerja dibanding target.", KindResult, FrameworkAspect, 0},
	{KetepatanWaktu, "Ketepatan Waktu", "Timeliness", "Waktu penyelesaian dibanding target.", KindResult, FrameworkAspect, 0},
	{EfisiensiBiaya, "Efisiensi Biaya", "Cost efficiency", "Realisasi biaya dibanding anggaran.", KindResult, FrameworkAspect, 0},
	{Komunikasi, "Komunikasi", "Communication", "Kemampuan menyampaikan informasi secara lisan dan tulisan.", KindBehaviour, FrameworkCompetency, 0},
}

// Catalogue returns the reference catalogue of criteria every installation
// needs: the seven BerAKHLAK core values (PermenPANRB 6/2022), the six
// behaviour aspects of PP 46/2011, the result aspects (quantity, quality,
// time, cost) and the competencies the development follow-up refers to, in
// that order, each with its Position (1, 2, …). Each call returns a fresh
// slice that the caller may change.
func Catalogue() []CriterionDef {
	out := slices.Clone(catalogue)
	for i := range out {
		out[i].Position = i + 1
	}
	return out
}

// berakhlak lists the seven core values in the catalogue's order.
var berakhlak = []CriterionCode{BerorientasiPelayanan, Akuntabel, Kompeten, Harmonis, Loyal, Adaptif, Kolaboratif}

// pp46 lists the five behaviour aspects of PP 46/2011 every post is valued on.
var pp46 = []CriterionCode{OrientasiPelayanan, Integritas, Komitmen, Disiplin, KerjaSama}

// BehaviourCriteria lists the behaviour criteria the method requires for an
// employee of the position kind (the employee's position_kind, such as
// JPT_PRATAMA or PELAKSANA): under PERMENPAN_2022 the seven BerAKHLAK core
// values, whatever the position; under NUMERIC_2011 the five aspects of
// PP 46/2011 (orientasi pelayanan, integritas, komitmen, disiplin, kerja
// sama) and, for a structural post only (see Structural), kepemimpinan. An
// unknown method requires nothing (nil). Each call returns a fresh slice.
func BehaviourCriteria(m Method, positionKind string) []CriterionCode {
	switch m {
	case Method2022:
		return slices.Clone(berakhlak)
	case Method2011:
		codes := slices.Clone(pp46)
		if Structural(positionKind) {
			codes = append(codes, Kepemimpinan)
		}
		return codes
	}
	return nil
}

// Structural reports whether a position kind is a structural post (jabatan
// struktural: JPT_UTAMA, JPT_MADYA, JPT_PRATAMA, ADMINISTRATOR, PENGAWAS),
// whose holder is also valued on kepemimpinan under PP 46/2011. PELAKSANA,
// FUNGSIONAL and unknown kinds are not.
func Structural(positionKind string) bool {
	switch positionKind {
	case "JPT_UTAMA", "JPT_MADYA", "JPT_PRATAMA", "ADMINISTRATOR", "PENGAWAS":
		return true
	}
	return false
}

// TeamworkCriterion is the criterion that stands for teamwork under the
// method: KERJA_SAMA under NUMERIC_2011, KOLABORATIF (a BerAKHLAK value)
// under PERMENPAN_2022 and any other method.
func TeamworkCriterion(m Method) CriterionCode {
	if m == Method2011 {
		return KerjaSama
	}
	return Kolaboratif
}

// CountsAsBehaviour reports whether a criterion of the framework counts
// towards the behaviour value under the method: PP46 under NUMERIC_2011,
// BERAKHLAK under PERMENPAN_2022. Nothing counts under an unknown method.
func CountsAsBehaviour(m Method, f Framework) bool {
	switch m {
	case Method2011:
		return f == FrameworkPP46
	case Method2022:
		return f == FrameworkBerakhlak
	}
	return false
}

// Expectation is the leader's specific expectation (ekspektasi khusus
// pimpinan) of an employee on one behaviour criterion, which the SKP states
// beside the criterion (PermenPANRB 6/2022).
type Expectation struct {
	Code CriterionCode `json:"code"`
	Text string        `json:"text"`
}
