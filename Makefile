# Kinerja — make help lists the targets.
.DEFAULT_GOAL := help
SHELL := /bin/bash

GO       ?= go
NPM      ?= npm
BIN      := bin/kinerja
ADDR     ?= :8080
DB       ?= data/kinerja.db
GENERATED := ent graph frontend/src/gql
# golangci-lint is pinned in tools/go.mod, built from the module proxy like
# any dependency.
GOLANGCI := $(GO) tool -modfile=tools/go.mod golangci-lint

.PHONY: help
help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  \033[36m%-16s\033[0m %s\n", $$1, $$2}'

frontend/node_modules/.package-lock.json: frontend/package.json frontend/package-lock.json
	cd frontend && $(NPM) ci --no-audit --no-fund --loglevel=error
	@touch $@

.PHONY: deps
deps: frontend/node_modules/.package-lock.json ## Download Go modules and install npm packages
	$(GO) mod download
	$(GO) mod download -modfile=tools/go.mod

.PHONY: generate
generate: deps ## Regenerate ent, gqlgen and the front end's typed GraphQL documents (in that order)
	$(GO) generate ./...
	cd frontend && $(NPM) run --silent codegen

.PHONY: check-generate
check-generate: generate ## Fail when the committed generated code differs from a fresh generation
	@if [ -n "$$(git status --porcelain -- $(GENERATED))" ]; then \
		git status --porcelain -- $(GENERATED); git diff --stat -- $(GENERATED); \
		echo "generated code is out of date: run 'make generate' and commit the result"; exit 1; \
	fi
	@echo "generated code is up to date"

# The app is rebuilt only when its sources change, the binary only when a
# Go file or the app does: a second `make run` builds nothing.
FRONTEND_SRC := $(shell find frontend/src frontend/public frontend/scripts -type f 2>/dev/null) \
	frontend/index.html frontend/graphiql.html frontend/vite.config.ts frontend/package.json \
	frontend/tsconfig.json frontend/tsconfig.app.json frontend/tsconfig.node.json
GO_SRC := $(shell find . -name '*.go' -not -path './frontend/node_modules/*' -not -path './data/*') go.mod go.sum

frontend/dist/index.html: frontend/node_modules/.package-lock.json $(FRONTEND_SRC)
	cd frontend && $(NPM) run --silent build
	@touch $@

.PHONY: frontend
frontend: frontend/dist/index.html ## Build the single-page app into frontend/dist

$(BIN): $(GO_SRC) frontend/dist/index.html
	$(GO) build -trimpath -o $(BIN) ./cmd/kinerja

.PHONY: build
build: $(BIN) ## Build bin/kinerja with the app embedded

.PHONY: run
run: build ## Build and start on the embedded SQLite default with the demo organisation
	./$(BIN) serve --demo --addr $(ADDR) --db $(DB)

.PHONY: test
test: deps ## Run every test: Go (race detector), front-end unit tests, browser tests
	$(GO) vet ./...
	$(GO) test -race -count=1 ./...
	cd frontend && $(NPM) run --silent typecheck && $(NPM) test
	$(MAKE) --no-print-directory e2e

.PHONY: e2e
e2e: build ## Browser tests: the real binary in headless Chromium
	cd frontend && KINERJA_BIN=../$(BIN) $(NPM) run --silent e2e

.PHONY: lint
lint: deps ## golangci-lint (.golangci.yml), then ESLint, Prettier and the TypeScript compiler
	$(GOLANGCI) run ./...
	cd frontend && $(NPM) run --silent lint && $(NPM) run --silent typecheck

.PHONY: fmt
fmt: deps ## Format both halves: gofmt and goimports, Prettier and ESLint's fixes
	$(GOLANGCI) fmt
	cd frontend && $(NPM) run --silent fmt

.PHONY: dev
dev: deps ## The Go server (rebuilt and restarted on change) and Vite's dev server with live reload
	GO="$(GO)" NPM="$(NPM)" DB="$(or $(DEV_DB),data/dev.db)" ./scripts/dev

.PHONY: bench
bench: ## Benchmarks at scale (figures go to bench/README.md)
	$(GO) test -run '^$$' -bench . -benchmem ./bench/...

# Each fuzz target, as package:Target; FUZZTIME each (CI: 20 s). Inputs that
# fail are written to the package's testdata/fuzz and then run by `make test`.
FUZZ_TARGETS := ./internal/asn:FuzzValidateNIP ./internal/importer:FuzzReadTable ./internal/importer:FuzzImportUnits \
	./internal/workflow:FuzzRecordRealization ./server:FuzzGraphQLRequest
FUZZTIME ?= 20s

.PHONY: fuzz
fuzz: ## Run every fuzz target for FUZZTIME (default 20s)
	FUZZTIME=$(FUZZTIME) scripts/fuzz $(FUZZ_TARGETS)

# 200 crash trials: the server killed (SIGKILL) under concurrent writes
# and restarted; no acknowledged write may be lost.
.PHONY: soak
soak: ## 200 crash trials (make test runs 20)
	KINERJA_CRASH_TRIALS=200 $(GO) test -count=1 -run '^TestCrashLosesNoAcknowledgedWrite$$' -v -timeout 30m ./cmd/kinerja/

LOAD_DURATION ?= 60s

.PHONY: load
load: ## The load run: 4 then 50 clients, one write in ten, for LOAD_DURATION; fails on errors or a slow write p99
	KINERJA_LOAD=1 KINERJA_LOAD_DURATION=$(LOAD_DURATION) $(GO) test -count=1 -run '^TestLoad$$' -v -timeout 10m ./bench/

.PHONY: check
check: lint check-generate test fuzz ## Everything CI checks

.PHONY: clean
clean: ## Remove build output
	rm -rf bin
	find frontend/dist -mindepth 1 ! -name .keep -exec rm -rf {} +
