# Packaging targets (make package, package-check, install-desktop); see packaging/README.md.
# Included by the top Makefile, which defines VENV, BIN and $(VENV)/.app-installed.

PYINSTALLER_REQ := pyinstaller>=6.10,<7
APP_ID          := io.github.reader_diff.Reader
FROZEN_DIR      := dist/reader
FROZEN          := $(FROZEN_DIR)/reader
DESKTOP_FILE    := packaging/linux/$(APP_ID).desktop
METAINFO_FILE   := packaging/linux/$(APP_ID).metainfo.xml
DESKTOP_PREFIX  ?= $(HOME)/.local
SELF_TEST_ERR   := build/self-test.stderr
# `sudo` only when not root, for installing the two validators with apt.
SUDO            := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: package package-archive package-check desktop-check desktop-tools install-desktop uninstall-desktop icons

$(VENV)/.pyinstaller-installed: $(VENV)/.app-installed packaging/packaging.mk
	$(BIN)/python -m pip install --quiet "$(PYINSTALLER_REQ)"
	touch $@

# The frozen app, one folder: dist/reader/reader (dist/Reader.app as well on macOS).
package: $(VENV)/.pyinstaller-installed
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/reader.spec
	@du -sh $(FROZEN_DIR)

$(FROZEN):
	$(MAKE) package

# What Linux users download: extract anywhere, run `reader/reader --install-desktop`.
package-archive: $(FROZEN)
	@version=$$($(BIN)/python -c "import reader; print(reader.__version__)"); \
	archive=dist/reader-$$version-linux-$$(uname -m).tar.gz; \
	tar -C dist -czf $$archive reader && ls -l $$archive

# Runs the frozen app's self-test headless; any stderr output fails it, like a crash.
package-check: $(FROZEN) desktop-check
	@mkdir -p $(dir $(SELF_TEST_ERR))
	@status=0; QT_QPA_PLATFORM=offscreen $(FROZEN) --self-test 2>$(SELF_TEST_ERR) || status=$$?; \
	if [ -s $(SELF_TEST_ERR) ]; then \
		echo "package-check: the frozen app wrote to stderr:" >&2; cat $(SELF_TEST_ERR) >&2; exit 1; \
	fi; \
	if [ $$status -ne 0 ]; then echo "package-check: self-test exited with $$status" >&2; exit 1; fi
	@echo "package-check: OK"

desktop-check: desktop-tools
	desktop-file-validate $(DESKTOP_FILE)
	appstreamcli validate --no-net $(METAINFO_FILE)

desktop-tools:
	@if ! command -v desktop-file-validate >/dev/null || ! command -v appstreamcli >/dev/null; then \
		$(SUDO) apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq desktop-file-utils appstream; \
	fi

# Menu entry, icons, AppStream data and file-type associations under ~/.local.
# Copies the frozen app there when dist/reader exists, else points at the venv's launcher.
install-desktop: $(VENV)/.app-installed
	@if [ -x $(FROZEN) ]; then app="$(FROZEN_DIR) --copy"; else app=$(BIN)/reader; fi; \
	$(BIN)/python packaging/desktop_install.py install $$app --prefix "$(DESKTOP_PREFIX)"

uninstall-desktop:
	$(BIN)/python packaging/desktop_install.py uninstall --prefix "$(DESKTOP_PREFIX)"

# Re-render resources/icons/reader-*.png, the .ico and the .icns after editing reader.svg.
icons: $(VENV)/.app-installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/render_icons.py
