# briefkit - one make for the library, the programs, the tests and the benchmarks.
# `make` builds bin/*; `make check` runs the suite; `make help` lists the rest.

PREFIX   ?= /usr/local
MANPREFIX ?= $(PREFIX)/share/man
DESTDIR  ?=
CC       ?= cc
OPT      ?= -O2
CFLAGS   ?= $(OPT) -g
WARN      = -Wall -Wextra -Wshadow -Wstrict-prototypes -Wno-unused-parameter
CPPFLAGS += -D_GNU_SOURCE
LIBS      = -lunistring -lutf8proc -lstemmer -lm -pthread
BUILD    ?= build/release
BINDIR   ?= bin

PROGS    := $(patsubst src/%.c,%,$(wildcard src/*.c))
LIBSRC   := $(wildcard src/lib/*.c)
LIBOBJ   := $(patsubst src/%.c,$(BUILD)/%.o,$(LIBSRC))
HEADERS  := $(wildcard src/lib/*.h)
TOOLSRC  := $(wildcard tests/tools/*.c)
UNITSRC  := $(wildcard tests/unit/*.c)
FUZZSRC  := $(wildcard tests/fuzz/*.c)
SUITES   ?= ../shared/suites
CORPUS   ?= ../shared/corpus
BENCHDIR ?= ../shared/bench
# the suite against $(BINDIR), with the tools and unit tests of $(BUILD)
RUN_SUITE = BIN=$(abspath $(BINDIR)) TOOLS=$(abspath $(BUILD)) OUT=$(abspath $(BUILD))/test-out CORPUS=$(CORPUS) sh tests/run

.SECONDARY:
.PHONY: all programs release check check-release asan fuzz bench demo eval install install-files uninstall clean help deps

all: deps $(addprefix $(BINDIR)/,$(PROGS)) \
     $(patsubst tests/tools/%.c,$(BUILD)/tests/%,$(TOOLSRC)) \
     $(patsubst tests/unit/%.c,$(BUILD)/unit/%,$(UNITSRC))

programs: deps $(addprefix $(BINDIR)/,$(PROGS))

# The programs built twice (GCC 10 on): instrumented, run on the example
# briefings (scripts/pgo-train.sh), then compiled again with what that run
# measured (branch odds, hot and cold code apart): on the King James Bible
# 7-15% fewer instructions (ngrams, termfreq, numbers), ngrams' runs 8%
# shorter.  Other compilers get the plain build.  `make check-release` runs
# the suite against it.
PGO_DIR := $(abspath build/pgo/profile)
PGO_GEN := -fprofile-generate -fprofile-update=atomic -fprofile-dir=$(PGO_DIR)
PGO_USE := -fprofile-use -fprofile-partial-training -fprofile-dir=$(PGO_DIR) -Wno-missing-profile
HAS_PGO := $(shell $(CC) --version 2>/dev/null | grep -q 'Free Software Foundation' && \
             $(CC) $(PGO_GEN) $(PGO_USE) -E -x c /dev/null >/dev/null 2>&1 && echo yes)
ifeq ($(HAS_PGO),yes)
# The profiled programs are made in build/pgo/bin and copied to bin/ each
# time: a plain build may have replaced them there since.
release: deps build/pgo/stamp
	@mkdir -p $(BINDIR)
	cp $(addprefix build/pgo/bin/,$(PROGS)) $(BINDIR)/
build/pgo/stamp: $(wildcard src/*.c) $(LIBSRC) $(HEADERS) scripts/pgo-train.sh $(wildcard examples/*.txt) | deps
	rm -rf build/pgo
	$(MAKE) BUILD=build/pgo/obj BINDIR=build/pgo/train CFLAGS="$(CFLAGS) $(PGO_GEN)" \
	  LDFLAGS="$(LDFLAGS) -fprofile-generate" programs
	sh scripts/pgo-train.sh build/pgo/train
	rm -rf build/pgo/obj build/pgo/train
	$(MAKE) BUILD=build/pgo/obj BINDIR=build/pgo/bin CFLAGS="$(CFLAGS) $(PGO_USE)" programs
	@touch $@
else
release: programs
endif

# The suite against the profiled build (the tests' tools and unit tests are
# the plain build's).
check-release: all
	$(MAKE) release
	@$(RUN_SUITE)

help:
	@echo "make          build the programs into bin/ (installs libraries if needed)"
	@echo "make release  the same, compiled twice with a profile of a run (GCC)"
	@echo "make demo     run the main pipeline on examples/"
	@echo "make check    build and run the whole test suite"
	@echo "make check-release  the suite against the release build"
	@echo "make asan     the suite under AddressSanitizer and UBSan"
	@echo "make fuzz     build the libFuzzer targets (clang) and run each briefly"
	@echo "make bench    benchmarks side by side with peer tools (BENCHDIR, CORPUS)"
	@echo "make eval     accuracy on the public suites (SUITES=../shared/suites)"
	@echo "make install  PREFIX=$(PREFIX) DESTDIR=..."

# The first build on a fresh machine checks (and if root, installs) libraries.
deps: .deps-ok
.deps-ok: scripts/deps.sh
	@CC="$(CC)" sh scripts/deps.sh
	@touch $@

$(BUILD)/%.o: src/%.c $(HEADERS) | deps
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -c -o $@ $<

$(BUILD)/libbriefkit.a: $(LIBOBJ)
	rm -f $@
	ar rcs $@ $(LIBOBJ)

$(BINDIR)/%: $(BUILD)/%.o $(BUILD)/libbriefkit.a
	@mkdir -p $(BINDIR)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(BUILD)/libbriefkit.a $(LIBS)

$(BUILD)/tests/%: tests/tools/%.c $(BUILD)/libbriefkit.a $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -Isrc -o $@ $< $(BUILD)/libbriefkit.a $(LIBS)

$(BUILD)/unit/%: tests/unit/%.c tests/unit/unit.h $(BUILD)/libbriefkit.a $(HEADERS)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(WARN) -Isrc -o $@ $< $(BUILD)/libbriefkit.a $(LIBS)

check: all
	@$(RUN_SUITE)

# Sanitizer build in its own tree, the same suite against it.
asan:
	$(MAKE) BUILD=build/asan BINDIR=build/asan/bin OPT=-O1 \
	  CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" \
	  LDFLAGS="-fsanitize=address,undefined" check

FUZZTIME ?= 20
fuzz: deps
	@sh tests/fuzz/run $(FUZZTIME)

bench: release
	@sh bench/run $(BENCHDIR) $(CORPUS)

eval: all
	@sh tests/eval/run $(SUITES)

demo: release
	@sh examples/demo.sh

install: release
	$(MAKE) install-files

# Copies what is built, building nothing (the suite's install test uses it).
install-files:
	mkdir -p $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(MANPREFIX)/man1 $(DESTDIR)$(MANPREFIX)/man7
	for p in $(PROGS); do cp $(BINDIR)/$$p $(DESTDIR)$(PREFIX)/bin/$$p; done
	for m in man/*.1; do cp $$m $(DESTDIR)$(MANPREFIX)/man1/; done
	for m in man/*.7; do cp $$m $(DESTDIR)$(MANPREFIX)/man7/; done
	if [ -d completion ]; then mkdir -p $(DESTDIR)$(PREFIX)/share/bash-completion/completions; \
	  for f in completion/*; do cp $$f $(DESTDIR)$(PREFIX)/share/bash-completion/completions/; done; fi

uninstall:
	for p in $(PROGS); do rm -f $(DESTDIR)$(PREFIX)/bin/$$p $(DESTDIR)$(MANPREFIX)/man1/$$p.1; done
	rm -f $(DESTDIR)$(MANPREFIX)/man7/briefkit.7

clean:
	rm -rf build bin tests/out
