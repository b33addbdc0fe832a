# entgraph - build, run, test. `make run` and `make test` install what is
# missing on a fresh Debian machine (through `make deps`).

CC      ?= cc
PKGS    := libcgraph libgvc libutf8proc
WARN    := -std=c11 -Wall -Wextra -Wpedantic -Wshadow -Wmissing-prototypes -Wstrict-prototypes -Werror
OPT     ?= -O2 -g
CFLAGS  := $(OPT) $(WARN) -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -pthread $(EXTRA_CFLAGS)
BUILD   ?= build
PKGCFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKGLIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null)
LDLIBS  := -pthread -lm -Wl,--build-id $(EXTRA_LDFLAGS)

SRC      := $(wildcard src/*.c)
LIBSRC   := $(filter-out src/main.c,$(SRC))
OBJ      := $(SRC:src/%.c=$(BUILD)/obj/%.o)
LIBOBJ   := $(LIBSRC:src/%.c=$(BUILD)/obj/%.o)
TESTSRC  := $(wildcard tests/unit/test_*.c)
TESTBIN  := $(TESTSRC:tests/unit/%.c=$(BUILD)/tests/%)

# Debian packages: build, run, test (xmllint, dot, networkx, igraph), sanitizers.
DEB_PKGS := build-essential pkg-config libgraphviz-dev graphviz libutf8proc-dev \
            libcmocka-dev libxml2-utils python3 python3-networkx python3-igraph valgrind
SUDO     := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps deps-sanitize run test unit check-sanitize check-tsan check-valgrind clean bench fuzz lint-gazetteer format

all: $(BUILD)/entgraph

deps:
	@missing=""; for p in $(DEB_PKGS); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

$(BUILD)/obj/%.o: src/%.c $(wildcard src/*.h) | $(BUILD)/obj
	$(CC) $(CFLAGS) $(PKGCFLAGS) -c $< -o $@

$(BUILD)/entgraph: $(OBJ)
	$(CC) $(CFLAGS) -o $@ $(OBJ) $(PKGLIBS) $(LDLIBS)

# Tests link a static archive, so each pulls in only the modules it uses.
$(BUILD)/libentgraph.a: $(LIBOBJ)
	rm -f $@ && ar rcs $@ $(LIBOBJ)

$(BUILD)/tests/%: tests/unit/%.c $(wildcard tests/unit/*.h) $(BUILD)/libentgraph.a | $(BUILD)/tests
	$(CC) $(CFLAGS) $(PKGCFLAGS) -Isrc -o $@ $< $(BUILD)/libentgraph.a $(PKGLIBS) -lcmocka $(LDLIBS)

$(BUILD)/obj $(BUILD)/tests:
	mkdir -p $@

run: deps
	$(MAKE) --no-print-directory all
	./$(BUILD)/entgraph -g gazetteer -o out tests/corpus

unit: $(TESTBIN)

test: deps
	$(MAKE) --no-print-directory all unit
	ENTGRAPH=$(BUILD)/entgraph BUILD=$(BUILD) bash tests/run.sh

# Sanitizer build in its own folder, then the whole suite against it.
SAN_PKGS := clang libclang-rt-14-dev
deps-sanitize: deps
	@missing=""; for p in $(SAN_PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; fi

# use_tls=0: LeakSanitizer's tracer reads the dynamic TLS of the Graphviz
# plugins that gvc dlopens, and an entry it finds there points nowhere
# ("DTLS 7 at 0x72a-...", then "Tracer caught signal 11") for some memory
# layouts, every run alike; no heap block is held only in TLS here.
check-sanitize: deps-sanitize
	$(MAKE) --no-print-directory BUILD=build/asan CC=clang \
	  OPT="-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all" \
	  EXTRA_LDFLAGS="-fsanitize=address,undefined" all unit
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0:use_tls=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  ENTGRAPH=build/asan/entgraph BUILD=build/asan bash tests/run.sh

# ThreadSanitizer build, then the whole suite against it (a report makes the
# run exit 66, so its test fails). Threads a fault-injected run leaves at its
# exit are no leak to report.
check-tsan: deps-sanitize
	$(MAKE) --no-print-directory BUILD=build/tsan CC=clang \
	  OPT="-O1 -g -fno-omit-frame-pointer -fsanitize=thread" EXTRA_LDFLAGS="-fsanitize=thread" all unit
	TSAN_OPTIONS="suppressions=$(CURDIR)/tests/tsan.supp report_thread_leaks=0" \
	  ENTGRAPH=build/tsan/entgraph BUILD=build/tsan bash tests/run.sh

# --run-libc-freeres=no: glibc's freeres runs at exit while the other
# threads still run (an out-of-memory exit on the listing thread while the
# main thread closes a gazetteer file), and reads FILEs they free meanwhile.
# Without it, glibc's own blocks stay at exit: only definite leaks are shown.
check-valgrind: deps
	$(MAKE) --no-print-directory all unit
	VALGRIND="valgrind -q --child-silent-after-fork=yes --error-exitcode=99 --run-libc-freeres=no --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite --suppressions=$(CURDIR)/tests/valgrind.supp" \
	  ENTGRAPH=$(BUILD)/entgraph BUILD=$(BUILD) bash tests/run.sh

# libFuzzer targets (tests/fuzz/fuzz_*.c, clang ASan+UBSan), each run for
# FUZZ_SECONDS on one process: `make fuzz`, or `make fuzz FUZZ_SECONDS=600`.
FUZZ_SECONDS ?= 10
fuzz: deps-sanitize
	FUZZ_SECONDS=$(FUZZ_SECONDS) bash tests/fuzz/run.sh

# The replay test includes the fuzz targets: rebuild it when they change.
$(BUILD)/tests/test_fuzz_replay: $(wildcard tests/fuzz/*.c tests/fuzz/*.h)

# Benchmark: entgraph vs rg/grep on a generated corpus (10 MB, 100 MB, 1 GB in
# build/bench-data); tests/bench/run.sh installs ripgrep and GNU time if missing.
bench: deps
	$(MAKE) --no-print-directory all
	ENTGRAPH=$(BUILD)/entgraph BUILD=$(BUILD) bash tests/bench/run.sh

format:
	clang-format -i src/*.c src/*.h tests/unit/*.c tests/unit/*.h

clean:
	rm -rf build
