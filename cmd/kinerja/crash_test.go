package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/cookiejar"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// childEnv makes the test binary run `kinerja` itself (TestMain), so the
// crash test can kill a real server process without building one.
const childEnv = "KINERJA_TEST_CHILD_ARGS"

func TestMain(m *testing.M) {
	if args := os.Getenv(childEnv); args != "" {
		os.Exit(childMain(strings.Split(args, "\x1f")))
	}
	os.Exit(m.Run())
}

// childMain is main's work in the child: SIGINT and SIGTERM stop the
// server gracefully; the exit status is the command's.
func childMain(args []string) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, args, os.Stdin, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "kinerja:", err)
		return exitCode(err)
	}
	return 0
}

// startChild starts `kinerja serve` on db as a process of its own and
// returns it with its address.
func startChild(t *testing.T, db string) (*exec.Cmd, string, *syncBuffer) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$") //nolint:gosec // G204: the test binary itself
	cmd.Env = append(os.Environ(), childEnv+"="+strings.Join([]string{"serve", "--addr", "127.0.0.1:0", "--db", db}, "\x1f"))
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	stderr := &syncBuffer{}
	cmd.Stderr = stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	addr := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if u := regexp.MustCompile(`http://[0-9.:]+`).FindString(sc.Text()); u != "" {
				addr <- u
				break
			}
		}
		_, _ = io.Copy(io.Discard, stdout)
	}()
	select {
	case base := <-addr:
		return cmd, base, stderr
	case <-time.After(60 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatalf("the server did not start: %s", stderr.String())
	}
	return nil, "", nil
}

// TestCrashLosesNoAcknowledgedWrite kills the server with SIGKILL at random
// moments while concurrent clients write over HTTP, then restarts it on the
// same file: every write that was acknowledged is there with its audit
// event, and integrity_check and foreign_key_check are clean. 20 trials;
// KINERJA_CRASH_TRIALS sets another number (make soak: 200).
func TestCrashLosesNoAcknowledgedWrite(t *testing.T) {
	trials := 20
	if n, err := strconv.Atoi(os.Getenv("KINERJA_CRASH_TRIALS")); err == nil && n > 0 {
		trials = n
	}
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "k.db")
	var out bytes.Buffer
	if err := run(ctx, []string{"migrate", "--create", "--db", db}, nil, &out, &out); err != nil {
		t.Fatal(err)
	}
	if err := run(ctx, []string{"user", "create", "--nip", "198503152010012001", "--name", "HR", "--password-stdin", "--role", "hr-admin", "--db", db},
		strings.NewReader("long-enough-password\n"), &out, &out); err != nil {
		t.Fatal(err)
	}
	rnd := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 7)) //nolint:gosec // G404: random kill moments, not secrets
	var acked []string
	for trial := range trials {
		acked = append(acked, crashTrial(t, db, trial, time.Duration(50+rnd.IntN(400))*time.Millisecond)...)
	}
	t.Logf("%d trials, %d acknowledged writes", trials, len(acked))

	raw := rawDB(t, db)
	if got := count(t, raw, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'"); got != 0 {
		t.Errorf("integrity_check reports %d problems", got)
	}
	if got := count(t, raw, "SELECT count(*) FROM pragma_foreign_key_check"); got != 0 {
		t.Errorf("foreign_key_check reports %d rows", got)
	}
	for _, code := range acked {
		units := count(t, raw, "SELECT count(*) FROM org_units WHERE code = '"+code+"'")
		events := count(t, raw, "SELECT count(*) FROM audit_events a JOIN org_units u ON a.entity_type = 'OrgUnit' AND a.entity_id = u.id WHERE u.code = '"+code+"'")
		if units != 1 || events < 1 {
			t.Errorf("acknowledged unit %s: %d rows, %d audit events after the crashes", code, units, events)
		}
	}
}

// crashTrial starts the server on db, writes from 8 clients, kills the
// server after d and returns the codes of the acknowledged units.
func crashTrial(t *testing.T, db string, trial int, d time.Duration) []string {
	t.Helper()
	cmd, base, _ := startChild(t, db)
	jar, _ := cookiejar.New(nil)
	client := &http.Client{Jar: jar, Timeout: 30 * time.Second}
	res, err := client.Post(base+"/auth/login", "application/json", strings.NewReader(`{"nip":"198503152010012001","password":"long-enough-password"}`))
	if err != nil || res.StatusCode != http.StatusOK {
		_ = cmd.Process.Kill()
		t.Fatalf("trial %d: login: %v %v", trial, res, err)
	}
	_ = res.Body.Close()

	var (
		mu    sync.Mutex
		acked []string
		wg    sync.WaitGroup
		stop  = make(chan struct{})
	)
	for w := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				code := fmt.Sprintf("K%03d.%d.%d", trial, w, i)
				body := fmt.Sprintf(`{"query":"mutation { createOrgUnit(input: {code: \"%s\", name: \"Unit %s\"}) { id code } }"}`, code, code)
				res, err := client.Post(base+"/graphql", "application/json", strings.NewReader(body))
				if err != nil {
					return // killed
				}
				data, err := io.ReadAll(res.Body)
				_ = res.Body.Close()
				var reply struct {
					Data struct {
						CreateOrgUnit struct{ Code string } `json:"createOrgUnit"`
					} `json:"data"`
				}
				if err == nil && res.StatusCode == http.StatusOK && json.Unmarshal(data, &reply) == nil && reply.Data.CreateOrgUnit.Code == code {
					mu.Lock()
					acked = append(acked, code)
					mu.Unlock()
				}
			}
		}()
	}
	time.Sleep(d)
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()
	close(stop)
	wg.Wait()
	return acked
}
