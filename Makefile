# Two commands for a fresh Debian 12 machine:
#   make run    build and start the app (with no display: render build/screenshot.png)
#   make test   build and run every test
# Both install the Debian packages they need first (sudo only when not root).

BUILD      ?= build
BUILD_TYPE ?= RelWithDebInfo
LANG_ARG   ?=
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

PACKAGES := g++ cmake ninja-build pkg-config ccache \
	qt6-base-dev libqt6opengl6-dev qt6-charts-dev libqt6sql6-sqlite qt6-svg-dev \
	qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev \
	qt6-qpa-plugins fonts-noto-cjk xvfb xauth poppler-utils librsvg2-bin \
	dpkg-dev file desktop-file-utils appstream lintian libsqlite3-dev \
	libxlsxwriter-dev unzip

export XDG_RUNTIME_DIR ?= /tmp/runtime-$(shell id -u)

.PHONY: deps configure build run test package package-test bench clean translations

deps:
	@if ! dpkg -s $(PACKAGES) >/dev/null 2>&1; then \
		echo "Installing build dependencies (Debian packages)…"; \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(PACKAGES) >/dev/null; \
	fi

$(BUILD)/build.ninja: | deps
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

configure: $(BUILD)/build.ninja

build: deps configure
	cmake --build $(BUILD)

run: build
	@mkdir -p -m 0700 $(XDG_RUNTIME_DIR)
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
		./$(BUILD)/bin/ai-policy-atlas $(LANG_ARG); \
	else \
		echo "No display: rendering the main window offscreen."; \
		QT_QPA_PLATFORM=offscreen ./$(BUILD)/bin/ai-policy-atlas $(LANG_ARG) --screenshot $(BUILD)/screenshot.png; \
	fi

test: build
	@mkdir -p -m 0700 $(XDG_RUNTIME_DIR)
	QT_QPA_PLATFORM=offscreen ctest --test-dir $(BUILD) --output-on-failure -j2

package: build
	cd $(BUILD) && cpack -G "DEB;TGZ"

# Builds the packages, installs the .deb, runs it, removes it (needs root or sudo).
package-test: build
	packaging/install-test.sh $(BUILD)

# Release build of the benchmarks (tests/bench); results in $(BUILD)/bench/results.json.
# BENCH_ITEMS sets the synthetic dataset size (default 1,000,000; generated once, then reused).
BENCH_ITEMS ?= 1000000
# The synthetic dataset is generated on one core while the views compile on the other.
bench: deps
	cmake -S . -B $(BUILD)-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DATLAS_BUILD_BENCHMARKS=ON
	cmake --build $(BUILD)-bench --target atlas_synthetic
	@path=$$($(BUILD)-bench/bin/atlas_synthetic --path $(BENCH_ITEMS) $(BUILD)-bench/bench); \
		jobs=$$(nproc); [ -e "$$path" ] || jobs=$$((jobs > 1 ? jobs - 1 : 1)); \
		$(BUILD)-bench/bin/atlas_synthetic $(BENCH_ITEMS) $(BUILD)-bench/bench & generator=$$!; \
		cmake --build $(BUILD)-bench --target atlas_bench -j $$jobs; built=$$?; \
		[ $$built -eq 0 ] || kill $$generator; \
		wait $$generator && [ $$built -eq 0 ]
	@mkdir -p -m 0700 $(XDG_RUNTIME_DIR) $(BUILD)/bench
	QT_QPA_PLATFORM=offscreen $(BUILD)-bench/bin/atlas_bench --items $(BENCH_ITEMS) \
		--work $(BUILD)-bench/bench --out $(BUILD)/bench/results.json

translations: configure
	cmake --build $(BUILD) --target update_translations

clean:
	rm -rf $(BUILD)

# --- Hardening (README: "Fuzzing and sanitizers") ---
# make test-asan: the whole test suite built with AddressSanitizer + UndefinedBehaviorSanitizer
# (gcc) in $(BUILD)-asan; any finding fails its test. Leaks inside Qt/fontconfig internals are
# suppressed in tests/sanitizers/lsan.supp (third-party frames only, never ours).
ASAN_BUILD ?= $(BUILD)-asan
SANITIZER_ENV = ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:check_initialization_order=1:detect_odr_violation=0 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitizers/lsan.supp:print_suppressions=0 \
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:suppressions=$(CURDIR)/tests/sanitizers/ubsan.supp
.PHONY: test-asan fuzz fuzz-deps
test-asan: deps
	cmake -S . -B $(ASAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DATLAS_SANITIZE=ON
	$(SANITIZER_ENV) cmake --build $(ASAN_BUILD)
	@mkdir -p -m 0700 $(XDG_RUNTIME_DIR)
	$(SANITIZER_ENV) QT_QPA_PLATFORM=offscreen ctest --test-dir $(ASAN_BUILD) --output-on-failure -j2

# make fuzz: libFuzzer on the dataset reader for FUZZ_SECONDS (clang 14, in $(BUILD)-fuzz). New
# inputs collect in $(BUILD)-fuzz/corpus (never in the source tree); a crash lands in
# $(BUILD)-fuzz/artifacts/: copy it to tests/fuzz/regressions/ and fix the reader.
FUZZ_SECONDS ?= 60
FUZZ_BUILD ?= $(BUILD)-fuzz
FUZZ_PACKAGES := clang-14 libclang-rt-14-dev
fuzz-deps: deps
	@if ! dpkg -s $(FUZZ_PACKAGES) >/dev/null 2>&1; then \
		echo "Installing clang 14 and libFuzzer (Debian packages)…"; \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(FUZZ_PACKAGES) >/dev/null; \
	fi
fuzz: fuzz-deps
	cmake -S . -B $(FUZZ_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 -DATLAS_FUZZ=ON
	cmake --build $(FUZZ_BUILD) --target fuzz_datasetreader
	@mkdir -p $(FUZZ_BUILD)/corpus $(FUZZ_BUILD)/artifacts
	$(SANITIZER_ENV) $(FUZZ_BUILD)/fuzz/fuzz_datasetreader -max_total_time=$(FUZZ_SECONDS) -timeout=10 \
		-rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 -artifact_prefix=$(FUZZ_BUILD)/artifacts/ \
		-dict=tests/fuzz/datasetreader.dict \
		$(FUZZ_BUILD)/corpus tests/fuzz/corpus tests/fuzz/regressions
