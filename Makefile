# Briefcast — `make demo` and `make test` work on a fresh Debian machine (as root, or with sudo).

SWIFT        ?= swift
# What the build, the tests and the demo need from Debian: the speech engine and its headers,
# libsndfile, libxml2 (the HTML parser), libebur128 (loudness), libcurl's headers (pages are fetched with
# libcurl, opened only when a page is), pkg-config for the system-library targets, ffmpeg (its
# ffprobe is the tests' independent reader of the chapters Briefcast writes), python3 (the
# benchmark and the evaluation scorers) and strace (a test watches that article text never makes
# the program open a file or start a process).
APT_PACKAGES := espeak-ng libespeak-ng-dev libsndfile1-dev libxml2-dev libebur128-dev libcurl4-openssl-dev pkg-config ffmpeg python3 strace
SUDO         := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN          := .build/release/briefcast
EXAMPLES     := Tests/Fixtures/seed-article.txt $(wildcard Examples/*.txt)

SHARED       ?= ../shared
SCORE        := python3 $(SHARED)/eval-data/score_extraction.py
EXTRACT      := $(CURDIR)/$(BIN) extract --format json {input}

.PHONY: all deps build demo test bench eval fuzz sanitize format clean

all: build

## deps: install the Debian packages that are missing (nothing when all are there)
deps:
	@missing=""; \
	for package in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' "$$package" 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

## build: release build of the briefcast command, with Swift's runtime and Foundation linked in:
## a process then starts in a third of the time and memory, which every worker process feels
build: deps
	$(SWIFT) build -c release --product briefcast --static-swift-stdlib

## demo: render the seed article and the example articles into Output/, each alone and as one daily briefing
demo: build
	@mkdir -p Output
	@for article in $(EXAMPLES); do \
	  $(BIN) article "$$article" || exit 1; \
	done
	$(BIN) daily $(EXAMPLES) --output-dir Output --include-seen

## test: the whole test suite
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## bench: speed and memory against the espeak-ng command-line program, as ratios
bench: build
	python3 Benchmarks/bench.py $(BIN)

## fuzz: every libFuzzer target for FUZZ_SECONDS each (inputs kept in .build-fuzz/corpus)
FUZZ_SECONDS ?= 60
fuzz: deps
	BRIEFCAST_FUZZ=1 $(SWIFT) build -c release --product briefcast-fuzz --build-path .build-fuzz -Xswiftc -sanitize=fuzzer
	python3 Fuzz/fuzz.py .build-fuzz/release/briefcast-fuzz --seconds $(FUZZ_SECONDS)

## sanitize: the whole test suite under AddressSanitizer, then under ThreadSanitizer (own build folders;
## the kill loop shortened, the sanitizers being slow). Leak checking is off: at exit it reports the
## Swift runtime's lazily built regex programs and metadata, which live as long as the process.
sanitize: deps
	$(SWIFT) build --build-tests --sanitize=address --build-path .build-asan
	ASAN_OPTIONS=detect_leaks=0 BRIEFCAST_KILLS=20 $(SWIFT) test --skip-build --sanitize=address --build-path .build-asan
	$(SWIFT) build --build-tests --sanitize=thread --build-path .build-tsan
	BRIEFCAST_KILLS=20 $(SWIFT) test --skip-build --sanitize=thread --build-path .build-tsan

## eval: every development-set scorer in ../shared/eval-data, one summary line each
eval: build
	@for set in readability trafilatura; do \
	  for input in source.html pasted.txt; do \
	    printf '%-12s %-12s ' "$$set" "$$input"; \
	    $(SCORE) $(SHARED)/corpus/$$set --input $$input --cmd "$(EXTRACT)" | grep SUMMARY; \
	  done; \
	done
	@printf 'sentences    '; python3 $(SHARED)/eval-data/score_sbd.py $(SHARED)/eval-data/sentence-boundaries/dev.jsonl "$(BIN) sentences --format jsonl" | tail -n 1
	@printf 'normalise    '; python3 $(SHARED)/eval-data/score_tn.py $(SHARED)/eval-data/text-normalization/dev.tsv "$(BIN) normalize" | tail -n 1
	@printf 'quotes       '; python3 $(SHARED)/eval-data/score_quotes_jsonl.py $(SHARED)/eval-data/quotes/dev.jsonl --cmd "$(BIN) quotes --format jsonl" | tail -n 1
	@printf 'feeds        '; python3 $(SHARED)/eval-data/score_feeds.py $(SHARED)/corpus/feeds/dev --cmd "$(BIN) feed --format json {input}" | tail -n 1

## format: format the sources with the toolchain's swift-format
format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests

clean:
	rm -rf .build
