# Two commands for a newcomer: `make run` and `make test`. Both install what is missing first.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
PORT ?= 8080

.PHONY: run test dist tools bench clean package golden

## Install what is missing, build a release into dist/, serve it on http://127.0.0.1:$(PORT)
run: dist
	node e2e/serve.mjs dist $(PORT)

## Install what is missing, then fmt, clippy, native tests, browser tests, release build, e2e
test: tools
	scripts/test-all.sh

## Accept a change of the reader's texts: rewrite tests/golden/ from the code (e2e/golden.test.mjs),
## then read `git diff tests/golden/` and commit it
golden:
	UPDATE_GOLDEN=1 node --test e2e/golden.test.mjs

## Release build into dist/ (wasm-opt -Oz, no tool downloads)
dist: tools
	trunk build --release --offline

tools:
	scripts/install-tools.sh

## Release build, then client-triage-<version>.zip for blog owners: dist/ and docs/EMBED.md
package: dist
	node scripts/package.mjs

## Benchmark against SurveyJS: bytes, start-up, answer latency, Lighthouse (writes bench/results.md),
## and the size map of the wasm (bench/README.md)
bench: dist
	npm ci --prefix bench --no-audit --no-fund --loglevel=error
	node bench/run.mjs
	node bench/size-map.mjs --write

clean:
	cargo clean
	rm -rf dist
