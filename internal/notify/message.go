package notify

import (
	"strings"
	"time"

	"kinerja/internal/agency"

	"kinerja/ent"
	"kinerja/ent/appraisal"
	"kinerja/ent/notification"
	"kinerja/ent/objection"
)

// text is a message in both languages; {name} stands for a parameter.
type text struct{ id, en string }

func (t text) in(lang string) string {
	if lang == "en" {
		return t.en
	}
	return t.id
}

// messages are keyed by kind, and by kind/role for the readers who get a
// message of their own.
var messages = map[string]text{
	"PLAN_SUBMITTED": {
		"{employee} mengajukan SKP {period} untuk Anda setujui.",
		"{employee} submitted the plan for {period} for your agreement."},
	"PLAN_RETURNED": {
		"SKP Anda untuk {period} dikembalikan oleh {by}; perbaiki lalu ajukan kembali.",
		"Your plan for {period} was returned by {by}; revise it and submit it again."},
	"PLAN_AGREED": {
		"SKP Anda untuk {period} disetujui oleh {by}.",
		"Your plan for {period} was agreed by {by}."},
	"APPRAISAL_RELEASED": {
		"Penilaian {appraisal} Anda ({period}) telah dirilis. Terima, atau ajukan keberatan paling lambat {deadline}.",
		"Your {appraisal} appraisal ({period}) has been released. Accept it, or object by {deadline}."},
	"OBJECTION_FILED": {
		"{employee} mengajukan keberatan atas penilaian {appraisal} ({period}) yang Anda buat.",
		"{employee} objected to the {appraisal} appraisal ({period}) you wrote."},
	"OBJECTION_FILED/decider": {
		"{employee} mengajukan keberatan atas penilaian {appraisal} ({period}) oleh {appraiser}; Anda yang memutuskan.",
		"{employee} objected to the {appraisal} appraisal ({period}) by {appraiser}; you decide."},
	"OBJECTION_DECIDED": {
		"Keberatan Anda atas penilaian {appraisal} ({period}) telah diputus: {decision}.",
		"Your objection to the {appraisal} appraisal ({period}) has been decided: {decision}."},
	"OBJECTION_DECIDED/appraiser": {
		"Keberatan {employee} atas penilaian {appraisal} ({period}) yang Anda buat telah diputus: {decision}.",
		"{employee}'s objection to the {appraisal} appraisal ({period}) you wrote has been decided: {decision}."},
	"PLAN_DEADLINE": {
		"Batas waktu SKP {period} adalah {deadline}, dan SKP Anda belum disetujui.",
		"The plan deadline for {period} is {deadline}, and your plan is not agreed yet."},
	"PLAN_DEADLINE/appraiser": {
		"Batas waktu SKP {period} adalah {deadline}; SKP {employee} menunggu persetujuan Anda.",
		"The plan deadline for {period} is {deadline}; {employee}'s plan awaits your agreement."},
	"APPRAISAL_DEADLINE": {
		"Batas waktu penilaian tahunan {period} adalah {deadline}; penilaian {employee} belum dirilis.",
		"The annual appraisal deadline for {period} is {deadline}; {employee}'s appraisal is not released yet."},
	"OBJECTION_DEADLINE": {
		"Masa keberatan atas penilaian {appraisal} Anda ({period}) berakhir {deadline}.",
		"The objection window for your {appraisal} appraisal ({period}) ends {deadline}."},
}

// titles are the mail subjects, per kind.
var titles = map[notification.Kind]text{
	notification.KindPlanSubmitted:     {"SKP menunggu persetujuan", "Plan awaiting agreement"},
	notification.KindPlanReturned:      {"SKP dikembalikan", "Plan returned"},
	notification.KindPlanAgreed:        {"SKP disetujui", "Plan agreed"},
	notification.KindAppraisalReleased: {"Penilaian kinerja dirilis", "Appraisal released"},
	notification.KindObjectionFiled:    {"Keberatan diajukan", "Objection filed"},
	notification.KindObjectionDecided:  {"Keberatan diputus", "Objection decided"},
	notification.KindPlanDeadline:      {"Batas waktu SKP", "Plan deadline"},
	notification.KindAppraisalDeadline: {"Batas waktu penilaian", "Appraisal deadline"},
	notification.KindObjectionDeadline: {"Masa keberatan segera berakhir", "Objection window closing"},
}

var decisions = map[string]text{
	string(objection.StatusUpheld):  {"penilaian tetap", "the appraisal stands"},
	string(objection.StatusRevised): {"penilaian diubah", "the appraisal was revised"},
}

// Message renders n in lang ("id" or "en", as apperr.Lang gives it).
func Message(n *ent.Notification, lang string, ag agency.Settings) string {
	t, ok := messages[string(n.Kind)+"/"+n.Params[pRole]]
	if !ok {
		t, ok = messages[string(n.Kind)]
	}
	if !ok {
		return string(n.Kind)
	}
	return render(t.in(lang), n.Params, lang, ag)
}

// Title is the short title of kind in lang (the mail's subject).
func Title(kind notification.Kind, lang string) string {
	if t, ok := titles[kind]; ok {
		return t.in(lang)
	}
	return string(kind)
}

// render replaces {name} in s by the parameter, shown in lang.
func render(s string, params map[string]string, lang string, ag agency.Settings) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '{')
		j := -1
		if i >= 0 {
			j = strings.IndexByte(s[i+1:], '}')
		}
		if j < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		b.WriteString(show(s[i+1:i+1+j], params, lang, ag))
		s = s[i+j+2:]
	}
}

// show is one parameter in lang.
func show(name string, params map[string]string, lang string, ag agency.Settings) string {
	v := params[name]
	switch name {
	case "appraisal":
		if params[pKind] == string(appraisal.KindAnnual) {
			return text{"tahunan", "annual"}.in(lang)
		}
		return text{"triwulan " + params[pQuarter], "Q" + params[pQuarter] + " quarterly"}.in(lang)
	case pDeadline:
		at, err := time.Parse(time.RFC3339, v)
		if err != nil {
			return v
		}
		at = ag.In(at)
		if lang == "en" {
			return at.Format("2 January 2006, 15:04") + " " + ag.Abbrev(at)
		}
		return at.Format("02-01-2006 15:04") + " " + ag.Abbrev(at)
	case pDecision:
		if t, ok := decisions[v]; ok {
			return t.in(lang)
		}
	}
	if v == "" {
		return "—"
	}
	return v
}
