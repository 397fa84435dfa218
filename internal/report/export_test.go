package report

func f64(v float64) *float64 { return &v }

// sample are two export rows with the cells an encoder must take care of:
// quotes, a comma and a line break in text, a formula-like name, empty
// numbers.
var sample = []ExportRow{
	{NIP: "196001051984021001", Name: `Andi "Ucok", S.Kom`, UnitCode: "BID", UnitName: "Bidang\nSatu", Status: "FINAL",
		PositionKind: "PELAKSANA", Type: "PNS", ResultRating: "ABOVE", BehaviourRating: "MEETS",
		Predikat: "SANGAT_BAIK", Score: f64(86.666), Timeliness: f64(76), Teamwork: f64(83)},
	{NIP: "", Name: "=HYPERLINK(\"http://x\")", Status: "SUBMITTED"},
}
