# The two Quick start commands: `make run` opens the prompt on the bundled example, `make test` runs
# every test. Each installs what a fresh Debian/Ubuntu machine lacks first.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test deps build bench

## GNU readline's headers (libreadline-dev), pkg-config to find them, tmux for the terminal tests.
deps:
	@missing=""; \
	pkg-config --exists readline 2>/dev/null || missing="$$missing libreadline-dev pkg-config"; \
	command -v tmux >/dev/null 2>&1 || missing="$$missing tmux"; \
	command -v python3 >/dev/null 2>&1 || missing="$$missing python3"; \
	if [ -n "$$missing" ]; then \
	  if command -v apt-get >/dev/null 2>&1; then \
	    echo "installing:$$missing"; \
	    $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "please install:$$missing" >&2; exit 1; \
	  fi; \
	fi

build: deps
	$(SWIFT) build --product workshop

run: build
	./.build/debug/workshop --root example

test: deps
	$(SWIFT) test
	python3 Tests/crash/crash_test.py --binary .build/debug/workshop --example example --rounds 200

bench: deps
	$(SWIFT) build -c release --product workshop-bench
	./.build/release/workshop-bench
