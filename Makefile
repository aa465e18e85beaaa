# Marrow: build the course site and run every test.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config
MARROW := .build/release/marrow

.PHONY: site test deps build check clean

## site: install what is missing, build the CLI in release mode and build public/ from content/.
site: deps build
	$(MARROW) build

## deps: the system packages Marrow needs (apt-get, through sudo when not root).
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "Installing:$$missing"; \
		$(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build -c release --product marrow

## test: every test, then check that the committed public/ is what content/ builds to.
test: deps build
	$(SWIFT) test
	$(MARROW) build --check

## check: report content problems without writing anything.
check: build
	$(MARROW) check

clean:
	rm -rf .build
