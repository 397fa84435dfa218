// Package seed loads data into an empty database: the reference catalogue
// every installation needs (appraisal criteria), the demo organisation of
// `kinerja serve --demo`, and the synthetic data sets used by benchmarks.
package seed

import (
	"context"
	"fmt"

	"kinerja/ent"
	"kinerja/ent/criterion"
	"kinerja/internal/authz"
)

// CriterionDef describes a criterion of the reference catalogue.
type CriterionDef struct {
	Code, Name, NameEN, Description string
	Kind                            criterion.Kind
	Framework                       criterion.Framework
}

// Criteria is the reference catalogue: the seven BerAKHLAK core values
// (PermenPANRB 6/2022), the six behaviour aspects of PP 46/2011, the result
// aspects (quantity, quality, time, cost) and the competencies the
// development follow-up refers to.
var Criteria = []CriterionDef{
	{"BERORIENTASI_PELAYANAN", "Berorientasi Pelayanan", "Service orientation", "Memahami dan memenuhi kebutuhan masyarakat; ramah, cekatan, solutif.", criterion.KindBehaviour, criterion.FrameworkBerakhlak},
	{"AKUNTABEL", "Akuntabel", "Accountable", "Jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi.", criterion.KindBehaviour, criterion.FrameworkBerakhlak},
	{"KOMPETEN", "Kompeten", "Competent", "Terus belajar dan mengembangkan kapabilitas.", criterion.KindBehaviour, criterion.FrameworkBerakhlak},
	{"HARMONIS", "Harmonis", "Harmonious", "Saling peduli dan menghargai perbedaan.", criterion.KindBehaviour, criterion.FrameworkBerakhlak},
	{"LOYAL", "Loyal", "Loyal", "Berdedikasi dan mengutamakan kepentingan bangsa dan negara.", criterion.KindBehaviour, criterion.FrameworkBerakhlak},
	{"ADAPTIF", "Adaptif", "Adaptive", "Terus berinovasi dan antusias menghadapi perubahan.", criterion.KindBehaviour, criterion.FrameworkBerakhlak},
	{"KOLABORATIF", "Kolaboratif", "Collaborative", "Membangun kerja sama yang sinergis.", criterion.KindBehaviour, criterion.FrameworkBerakhlak},
	{"ORIENTASI_PELAYANAN", "Orientasi Pelayanan", "Service orientation (2011)", "Aspek perilaku kerja PP 46/2011.", criterion.KindBehaviour, criterion.FrameworkPp46},
	{"INTEGRITAS", "Integritas", "Integrity", "Aspek perilaku kerja PP 46/2011.", criterion.KindBehaviour, criterion.FrameworkPp46},
	{"KOMITMEN", "Komitmen", "Commitment", "Aspek perilaku kerja PP 46/2011.", criterion.KindBehaviour, criterion.FrameworkPp46},
	{"DISIPLIN", "Disiplin", "Discipline", "Aspek perilaku kerja PP 46/2011.", criterion.KindBehaviour, criterion.FrameworkPp46},
	{"KERJA_SAMA", "Kerja Sama", "Teamwork", "Aspek perilaku kerja PP 46/2011.", criterion.KindBehaviour, criterion.FrameworkPp46},
	{"KEPEMIMPINAN", "Kepemimpinan", "Leadership", "Aspek perilaku kerja PP 46/2011 (bagi pejabat struktural).", criterion.KindBehaviour, criterion.FrameworkPp46},
	{"KUANTITAS_HASIL_KERJA", "Kuantitas Hasil Kerja", "Quantity of work", "Jumlah hasil kerja dibanding target.", criterion.KindResult, criterion.FrameworkAspect},
	{"KUALITAS_HASIL_KERJA", "Kualitas Hasil Kerja", "Quality of work", "Mutu hasil kerja dibanding target.", criterion.KindResult, criterion.FrameworkAspect},
	{"KETEPATAN_WAKTU", "Ketepatan Waktu", "Timeliness", "Waktu penyelesaian dibanding target.", criterion.KindResult, criterion.FrameworkAspect},
	{"EFISIENSI_BIAYA", "Efisiensi Biaya", "Cost efficiency", "Realisasi biaya dibanding anggaran.", criterion.KindResult, criterion.FrameworkAspect},
	{"KOMUNIKASI", "Komunikasi", "Communication", "Kemampuan menyampaikan informasi secara lisan dan tulisan.", criterion.KindBehaviour, criterion.FrameworkCompetency},
}

// Reference makes sure the criteria catalogue exists. It adds what is
// missing and leaves existing rows (which HR may have renamed) alone, so it
// is safe to run at every start.
func Reference(ctx context.Context, client *ent.Client) error {
	ctx = authz.System(ctx)
	have, err := client.Criterion.Query().Select(criterion.FieldCode).Strings(ctx)
	if err != nil {
		return fmt.Errorf("read criteria: %w", err)
	}
	known := map[string]bool{}
	for _, c := range have {
		known[c] = true
	}
	for i, d := range Criteria {
		if known[d.Code] {
			continue
		}
		err := client.Criterion.Create().
			SetCode(d.Code).SetName(d.Name).SetNameEn(d.NameEN).SetDescription(d.Description).
			SetKind(d.Kind).SetFramework(d.Framework).SetPosition(i + 1).
			Exec(ctx)
		if err != nil {
			return fmt.Errorf("create criterion %s: %w", d.Code, err)
		}
	}
	return nil
}
