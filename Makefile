# The two Quick start commands: `make run` opens the prompt on the bundled example, `make test` runs
# every test. Each installs what a fresh Debian/Ubuntu machine lacks first.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test deps test-deps caddy-dep install build release bench fuzz

## Building needs GNU readline's headers (libreadline-dev) and libqrencode's (libqrencode-dev, the
## live room's QR codes).
deps:
	@$(MAKE) --no-print-directory install PACKAGES="$$([ -f /usr/include/readline/readline.h ] || echo libreadline-dev) \
	  $$([ -f /usr/include/qrencode.h ] || echo libqrencode-dev)"

## Testing also needs tmux (terminal tests), python3 (crash test) and the real readers the export
## checks open files with: Chromium, LibreOffice Calc and poppler (the XLSX printed to PDF and read
## back), openpyxl, jsonschema, icalendar (Tests/requirements.txt); chromium-driver and selenium
## drive Chromium through the live room's pages; openssl makes the certificate the HTTPS tests serve;
## Caddy stands as the reverse proxy in front of the room (Tests/live/proxy_test.py starts its own).
test-deps: deps
	@$(MAKE) --no-print-directory install PACKAGES="$$(command -v tmux >/dev/null || echo tmux) \
	  $$(command -v python3 >/dev/null || echo python3) \
	  $$(command -v chromium >/dev/null || command -v chromium-browser >/dev/null || echo chromium) \
	  $$(command -v chromedriver >/dev/null || echo chromium-driver) \
	  $$(command -v soffice >/dev/null || echo libreoffice-calc-nogui) \
	  $$(command -v pdftotext >/dev/null || echo poppler-utils) \
	  $$(command -v openssl >/dev/null || echo openssl)"
	@python3 -c "import openpyxl, jsonschema, icalendar, selenium" 2>/dev/null || python3 -m pip install -q -r Tests/requirements.txt 2>/dev/null \
	  || $(SUDO) apt-get install -y -qq python3-openpyxl python3-jsonschema python3-icalendar python3-selenium >/dev/null
	@[ -f .build-axe/axe.min.js ] || $(MAKE) --no-print-directory .build-axe/axe.min.js
	@$(MAKE) --no-print-directory caddy-dep

## Caddy, the reverse proxy the room is tested and timed behind. Debian's package starts a caddy
## service on port 80 where systemd runs: stopped, as the test and the bench run their own.
caddy-dep:
	@command -v caddy >/dev/null || { $(MAKE) --no-print-directory install PACKAGES=caddy \
	  && { $(SUDO) systemctl disable --now caddy >/dev/null 2>&1 || true; }; }

## axe-core 4.10.2 for the accessibility checks (Tests/a11y), from the axe-selenium-python 3.0.0 wheel
## (it asks for Python 3.12; on 3.11 pip would quietly install 2.1.6, whose 2018 axe-core has no WCAG
## 2.2 rules), so the wheel is downloaded, not installed, and checked against its hash.
AXE_WHEEL := axe_selenium_python-3.0.0-py3-none-any.whl
AXE_SHA256 := 847e3925861133a523609ff27d0fef387e7588a26f23a27c208a30682b8e9240
.build-axe/axe.min.js:
	@mkdir -p .build-axe
	python3 -m pip download -q axe-selenium-python==3.0.0 --no-deps --python-version 3.12 --only-binary=:all: -d .build-axe
	echo "$(AXE_SHA256)  .build-axe/$(AXE_WHEEL)" | sha256sum -c --quiet
	python3 -c "import zipfile, sys; open(sys.argv[2], 'wb').write(zipfile.ZipFile(sys.argv[1]).read('axe_selenium_python/node_modules/axe-core/axe.min.js'))" \
	  .build-axe/$(AXE_WHEEL) .build-axe/axe.min.js.part
	mv .build-axe/axe.min.js.part .build-axe/axe.min.js

install:
	@missing="$$(echo $(PACKAGES))"; \
	if [ -n "$$missing" ]; then \
	  if command -v apt-get >/dev/null 2>&1; then \
	    echo "installing: $$missing"; \
	    $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "please install: $$missing" >&2; exit 1; \
	  fi; \
	fi

build: deps
	$(SWIFT) build --product workshop

run: build
	./.build/debug/workshop

## The binary to install: optimised, with the Swift runtime linked in (`--static-swift-stdlib`), so it
## runs on a machine without Swift and starts in about half the time (no dynamic linking of the
## runtime's libraries: `--version` 3.9 ms against 8.5 ms). It lands in .build-static/release/workshop.
release: deps
	$(SWIFT) build -c release --static-swift-stdlib --build-path .build-static --product workshop

test: test-deps
	Tests/layers/check $(SWIFT)
	$(SWIFT) test
	python3 Tests/crash/crash_test.py --binary .build/debug/workshop --example . --rounds 200
	python3 Tests/crash/merge_crash_test.py --binary .build/debug/workshop --example . --kills 100
	python3 Tests/exports/check_exports.py --binary .build/debug/workshop --example .
	python3 Tests/exports/check_html_print.py --binary .build/debug/workshop --example .
	python3 Tests/exports/check_xlsx_print.py --binary .build/debug/workshop --example .
	$(SWIFT) build --product workshop-load
	python3 Tests/live/hostile_test.py --binary .build/debug/workshop --example .
	python3 Tests/live/browser_test.py --binary .build/debug/workshop --example .
	python3 Tests/live/notes_test.py --binary .build/debug/workshop --example .
	python3 Tests/live/projector_wall_test.py --binary .build/debug/workshop --example .
	python3 Tests/live/projector_slides_test.py --binary .build/debug/workshop --example .
	python3 Tests/live/phone_ideas_test.py --binary .build/debug/workshop --example .
	python3 Tests/live/persona_card_test.py --binary .build/debug/workshop --example .
	python3 Tests/live/phone_sync_test.py --binary .build/debug/workshop --example .
	python3 Tests/live/join_cards_test.py --binary .build/debug/workshop --example .
	python3 Tests/live/seed_exercise_test.py --binary .build/debug/workshop --example .
	python3 Tests/live/edges_test.py --binary .build/debug/workshop --example .
	python3 Tests/live/load_test.py --binary .build/debug/workshop --loader .build/debug/workshop-load --example . --kills 50
	python3 Tests/live/stop_test.py --binary .build/debug/workshop --example .
	python3 Tests/live/connections_test.py --binary .build/debug/workshop --example .
	python3 Tests/live/individuals_test.py --binary .build/debug/workshop --example .
	python3 Tests/a11y/statement_test.py
	python3 Tests/exports/report_a11y_test.py --binary .build/debug/workshop --example . --axe .build-axe/axe.min.js
	python3 Tests/live/languages_test.py --binary .build/debug/workshop --example .
	python3 Tests/exports/check_labels.py --binary .build/debug/workshop --example .
	python3 Tests/a11y/axe_test.py --binary .build/debug/workshop --example .
	python3 Tests/a11y/keyboard_test.py --binary .build/debug/workshop --example .
	python3 Tests/a11y/visual_test.py --binary .build/debug/workshop --example .
	python3 Tests/exports/report_print_test.py --binary .build/debug/workshop --example . --shots .build/shots28
	python3 Tests/live/git_roundtrip_test.py --binary .build/debug/workshop --example .
	python3 Tests/live/venue_test.py --binary .build/debug/workshop --example .
	python3 Tests/live/proxy_test.py --binary .build/debug/workshop --example .

## The benchmark: in process (open, append, exports; compare and trend against pandas), then
## `--whole`: each command a process of the binary `make release` builds, as a user runs it,
## against polars, DuckDB and Python peers (all pinned in Benchmarks/requirements.txt, installed
## when one is missing).
## BENCH adds options to both (BENCH="--sizes 10000,100000 --runs 3"), BENCH_WHOLE to the second
## (BENCH_WHOLE=--3m adds 3M answers, slow), BENCH_ONLY=whole skips the first. Peak memory is
## measured under GNU time (the `time` package), whose child's figure is the command's own.
## Last, the live room: 500 phones answering at once against `serve` (the static binary) on
## loopback, three runs, with acknowledgement latencies; then 50 tables posting ideas and dots while
## 50 projector streams listen (Benchmarks/ideas_load.py); then a plenary of 1,000 individual phones
## joining through the one room link, answering, holding 1,000 event streams, and 30 SIGKILLs under
## that load (Benchmarks/individuals_load.py); BENCH_ONLY=serve runs only those.
BENCH ?=
BENCH_WHOLE ?=
BENCH_ONLY ?=
bench: deps caddy-dep
	@$(MAKE) --no-print-directory install PACKAGES="$$([ -x /usr/bin/time ] || echo time)"
	@python3 -c "import pandas, polars, duckdb" 2>/dev/null || python3 -m pip install -q -r Benchmarks/requirements.txt
	$(SWIFT) build -c release --static-swift-stdlib --build-path .build-static --product workshop
	$(SWIFT) build -c release --product workshop-bench
	$(SWIFT) build -c release --product workshop-load
	@[ "$(BENCH_ONLY)" = whole ] || [ "$(BENCH_ONLY)" = serve ] || ./.build/release/workshop-bench $(BENCH)
	@[ "$(BENCH_ONLY)" = serve ] || ./.build/release/workshop-bench --whole --binary .build-static/release/workshop $(BENCH) $(BENCH_WHOLE)
	python3 Tests/live/load_test.py --binary .build-static/release/workshop --loader .build/release/workshop-load --example . --kills 0 --runs 3
	python3 Benchmarks/ideas_load.py --binary .build-static/release/workshop --example .
	python3 Benchmarks/table_streams.py --binary .build-static/release/workshop --example .
	python3 Benchmarks/individuals_load.py --binary .build-static/release/workshop --loader .build/release/workshop-load --example .
	python3 Benchmarks/proxy_load.py --binary .build-static/release/workshop --loader .build/release/workshop-load --example .

## Fuzzing needs only the Swift toolchain (its libFuzzer and ASan runtimes). FUZZ_SECONDS per target;
## fails if any target crashes (Fuzz/run-fuzzers says why it is built the way it is).
FUZZ_SECONDS ?= 60
fuzz:
	FUZZ_SECONDS=$(FUZZ_SECONDS) SWIFT=$(SWIFT) Fuzz/run-fuzzers
