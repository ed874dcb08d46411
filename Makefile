# Makefile: build, test, preview and benchmark Signpost, the static site generator.
#   make site     build the bundled site (Content/) into Site/
#   make install  build signpost and install it into $(PREFIX)/bin (PREFIX=/usr/local by default)
#   make test     Swift unit tests, then browser accessibility and HTML checks of a test build,
#                 then its leaflets printed to PDF and checked
#   make preview  preview the site on http://127.0.0.1:8000/, reloading pages as files are saved
#   make bench    run the benchmarks (Benchmarks/run)
#   make bench-search  Signpost's search against Pagefind's on generated sites (Benchmarks/search)
#   make bench-hugo    Signpost's builds against Hugo's on the same generated sites (Benchmarks/compare-hugo)
#   make format   format the Swift files with the checked-in .swift-format (make test checks them)
#   make fuzz     run each fuzz target in Fuzz/ for FUZZ_SECONDS (600 by default); fuzz-smoke, a few seconds each
#   make clean    remove build output (.build/, Site/); .venv/ stays
# Missing Debian and Python packages are installed by scripts/setup.

SWIFT ?= swift
SIGNPOST ?= .build/debug/signpost
PYTHON ?= .venv/bin/python
SITE_DIR ?= Site
TEST_SITE ?= .build/test-site
PREVIEW_PORT ?= 8000
PREFIX ?= /usr/local

# The steps of `make test`, in order; each is also a target of its own.
TEST_STEPS = test-setup format-check unit-tests fuzz-smoke test-site export-tests browser-tests print-tests

FUZZ_SECONDS ?= 600
# The release binary carries Swift's own libraries (the standard library, Foundation): it starts in a few milliseconds
# instead of binding their symbols at every run, and runs on a machine without Swift (scripts/build-release says how).
RELEASE_BUILD = SWIFT=$(SWIFT) scripts/build-release

.PHONY: site install test $(TEST_STEPS) preview bench bench-search bench-hugo fuzz format clean

site:
	scripts/setup site
	$(RELEASE_BUILD)
	.build/release/signpost build --output $(SITE_DIR)

# The binary carries its templates, so it is the one file installed; DESTDIR is for packagers.
install:
	scripts/setup site
	$(RELEASE_BUILD)
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -m 755 .build/release/signpost "$(DESTDIR)$(PREFIX)/bin/signpost"
	@echo "Installed $(DESTDIR)$(PREFIX)/bin/signpost: run \`signpost new site DIR\` to start a site."

# Runs the steps in order, stops at the first that fails, and always ends with a summary.
test:
	@failed=""; summary=""; \
	for step in $(TEST_STEPS); do \
	    if [ -n "$$failed" ]; then summary="$$summary\n  not run  $$step"; continue; fi; \
	    echo "== make $$step"; start=$$(date +%s); \
	    if $(MAKE) --no-print-directory $$step; then result="ok      "; else result="FAILED  "; failed=$$step; fi; \
	    summary="$$summary\n  $$result $$step ($$(( $$(date +%s) - start ))s)"; \
	done; \
	printf "\n== make test summary$$summary\n"; \
	if [ -n "$$failed" ]; then echo "make test: FAILED at $$failed"; exit 1; fi; \
	echo "make test: all steps passed"

test-setup:
	scripts/setup test

# The checked-in .swift-format, as a linter that fails on any warning; `make format` rewrites the files.
format-check:
	$(SWIFT) format lint --strict --recursive Sources Tests Fuzz Plugins Package.swift

format:
	$(SWIFT) format format --in-place --recursive Sources Tests Fuzz Plugins Package.swift

# The tests that answer HTTP (the preview, the server `signpost print` reads through) run in a second pass of their
# own: their servers answer on the test runner's shared threads, which the long builds of other suites can hold.
SERVER_TESTS = ^(PreviewTests|PrintTests)\.

unit-tests:
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --skip '$(SERVER_TESTS)'
	$(SWIFT) test --skip-build --filter '$(SERVER_TESTS)'

test-site:
	rm -rf $(TEST_SITE)
	$(SIGNPOST) build --output $(TEST_SITE)

# services.json against the official Open Referral UK schema (Tests/Export/open-referral-uk/, kept in the repository).
export-tests:
	SIGNPOST_SITE=$(TEST_SITE) $(PYTHON) -m pytest Tests/Export -q

browser-tests:
	SIGNPOST_SITE=$(TEST_SITE) SIGNPOST_BIN=$(SIGNPOST) $(PYTHON) -m pytest Tests/Browser -q

# Prints the test build's leaflets with `signpost print`, then checks the PDFs (poppler-utils, zbar-tools).
print-tests:
	SIGNPOST_SITE=$(TEST_SITE) SIGNPOST_BIN=$(SIGNPOST) $(PYTHON) -m pytest Tests/Print -q

preview:
	scripts/setup site
	$(SWIFT) build --product signpost
	$(SIGNPOST) serve --port $(PREVIEW_PORT)

bench:
	Benchmarks/run

bench-hugo:
	Benchmarks/compare-hugo

bench-search:
	Benchmarks/search

# libFuzzer with AddressSanitizer over the readers of content and imports (Fuzz/README.md).
fuzz:
	scripts/setup site
	scripts/fuzz $(FUZZ_SECONDS)

fuzz-smoke:
	scripts/fuzz 5

clean:
	rm -rf .build .build-fuzz $(SITE_DIR)
