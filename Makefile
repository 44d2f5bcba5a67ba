# SRM Trainer: the two commands (make serve, make test) and their parts.
#   make serve   install what is missing, build the WebAssembly app, serve it on http://localhost:$(PORT)
#   make test    install what is missing, run every test layer, end with "N passed, N failed"
#   make bench   each measure next to its target and H5P's figure (met / NOT met), plus first draws
#                against Dear ImGui's own demo, five embedded copies, and question-bank parsing
#   make dist    dist/site, the single-file dist/srm-trainer.html and an nginx config
#   make screenshots  docs/screenshots/*.png: the main screens at a phone's and a desktop's size
#   make fuzz    every libFuzzer target for FUZZ_SECONDS (default 60) each; corpora grow, crashes are kept
#   make split-profile  renew src/platform/web/first-view-functions.txt, the functions app.wasm keeps
#                for the home page's first view (the rest load later from app.deferred.wasm)
#   make web | native | check | clean
PORT ?= 8080
# Every content file: each *.json in the folders content-folders.txt lists.
CONTENT_FILES := $(foreach d,$(shell grep -v -e '^\#' -e '^$$' content-folders.txt),$(wildcard $(d)/*.json))
export NODE_PATH := /usr/share/nodejs

.PHONY: serve test bench web dist screenshots native check clean setup-build setup-test fuzz split-profile

serve: web
	node scripts/serve.mjs --root build/web/site --port $(PORT)

test: setup-test
	scripts/test-all.sh

bench: setup-test web
	cmake --build --preset web -j2 --target bench_site
	cmake --preset native >/dev/null && cmake --build --preset native -j2 --target bank_bench
	cmake --preset web-test >/dev/null && cmake --build --preset web-test -j2 --target bank_bench
	node bench/bench.mjs

web: setup-build
	cmake --preset web >/dev/null
	cmake --build --preset web -j2

# dist/site, dist/srm-trainer.html (one self-contained file) and dist/nginx.conf; prints sizes.
dist: web
	/usr/bin/python3 scripts/make-dist.py

# The first views profiled in headless Chromium, then the site rebuilt with the new list.
split-profile: setup-test web
	node scripts/split-profile.mjs
	cmake --build --preset web -j2

# Taken from the built site in headless Chromium; see docs/screenshots/README.md.
screenshots: setup-test web
	node scripts/screenshots.mjs

fuzz:
	scripts/setup.sh fuzz
	scripts/fuzz.sh

native: setup-build
	cmake --preset native >/dev/null
	cmake --build --preset native -j2

# Validate every content file with compiler-style diagnostics.
check: native
	build/native/src/tools/srm-check $(CONTENT_FILES)

setup-build:
	scripts/setup.sh build

setup-test:
	scripts/setup.sh test

clean:
	rm -rf build dist
