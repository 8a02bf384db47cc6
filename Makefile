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
	dpkg-dev file desktop-file-utils appstream lintian libsqlite3-dev

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
bench: deps
	cmake -S . -B $(BUILD)-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DATLAS_BUILD_BENCHMARKS=ON
	cmake --build $(BUILD)-bench --target atlas_bench
	@mkdir -p -m 0700 $(XDG_RUNTIME_DIR) $(BUILD)/bench
	QT_QPA_PLATFORM=offscreen $(BUILD)-bench/bin/atlas_bench --items $(BENCH_ITEMS) \
		--work $(BUILD)-bench/bench --out $(BUILD)/bench/results.json

translations: configure
	cmake --build $(BUILD) --target update_translations

clean:
	rm -rf $(BUILD)
