#!/usr/bin/env bash
# Real-editor tests of Dockerfile Tutor (see ../../../shared/docs/TESTING.md and test/e2e/README.md).
#
#   bash test/e2e/run.sh                 everything: install, build, package, both suites
#   bash test/e2e/run.sh --install-only  only the system packages and the tools (to warm a cache)
#   bash test/e2e/run.sh --update-screenshots   also copies the README pictures to media/screenshots/
#
# 1. system packages (Debian): chromium, and for building code-server libkrb5-dev, ripgrep, pkg-config
# 2. code-server + playwright-core from test/e2e/package.json into a tools cache (reused when current)
# 3. the extension: `npm run package` (production .vsix), then `npm run build` (dev bundles) and the
#    in-host suite bundle (test/e2e/build-suite.js -> out/test/e2e/)
# 4. one code-server on 127.0.0.1 (own process group, scratch TMPDIR/XDG_*), the .vsix installed in it
#    (plus a stub extension with Docker DX's id, docker.docker, for the one-time overlap hint)
# 5. UI test: Chromium drives the workbench on the fixture workspace (plus one corpus Dockerfile) with the
#    installed .vsix
# 6. integration suite: mocha inside code-server's extension host, with the repo as the extension
#    under development (extensionDevelopmentPath/extensionTestsPath)
# The last line is "N passed, N failed" over both suites; the exit code is non-zero when anything failed.
#
# Environment:
#   E2E_TOOLS   tools cache (default ${XDG_CACHE_HOME:-~/.cache}/dockerfile-tutor-e2e/tools)
#   E2E_WORK    scratch folder, emptied at start (default <repo>/.e2e-work)
#   E2E_EXT_DIR extension under test (default: the repo); only to try the harness on another extension
#   CHROMIUM    browser binary (default /usr/bin/chromium)
#   DOCKERFILE_CORPUS  the shared corpus (default <repo>/../shared/corpus); one multi-stage file of it is
#               copied into the UI test's scratch workspace. Missing: the corpus checks fail when CI=true,
#               otherwise they are skipped with a loud message.
# Also run, before code-server starts: the Explain panel's page tests (test/webview/run.js) and the tests
# against system programs (test/system/*.test.ts: ShellCheck), counted in the same last line.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
E2E=$REPO/test/e2e
EXT_DIR=$(cd "${E2E_EXT_DIR:-$REPO}" && pwd)
WORK=${E2E_WORK:-$REPO/.e2e-work}
TOOLS=${E2E_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/dockerfile-tutor-e2e/tools}
ARTIFACTS=$E2E/artifacts
export CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
CS_VERSION=$(node -p 'require(process.argv[1]).dependencies["code-server"]' "$E2E/package.json")
INSTALL_ONLY=false UPDATE_SCREENSHOTS=false
[[ "${1:-}" == --install-only ]] && INSTALL_ONLY=true
[[ "${1:-}" == --update-screenshots ]] && UPDATE_SCREENSHOTS=true
CORPUS=${DOCKERFILE_CORPUS:-$REPO/../shared/corpus}
# Multi-stage, with a `# syntax=` directive, RUN heredocs and findings: grammar, panel and Problems checks.
CORPUS_FILE=dockerfiles/docker__awesome-compose__flask__app__Dockerfile
SYSTEM_TESTS=("$REPO"/test/system/*.test.ts)
[[ -e "${SYSTEM_TESTS[0]}" ]] || SYSTEM_TESTS=()

# ---------------------------------------------------------------- bookkeeping
SECONDS=0
STEP_NAME='' STEP_START=0 TIMINGS=()
step() {
  end_step
  STEP_NAME=$1 STEP_START=$SECONDS
  echo "### [${SECONDS}s] $1"
}
end_step() {
  if [[ -n "$STEP_NAME" ]]; then TIMINGS+=("$(printf '%4ss  %s' $((SECONDS - STEP_START)) "$STEP_NAME")"); fi
  STEP_NAME=''
}
PASSED=0 FAILED=0
pass() { PASSED=$((PASSED + 1)); echo "ok - $1"; }
fail() { FAILED=$((FAILED + 1)); echo "not ok - $1" >&2; }
# Adds the counts a driver wrote as {"passed":N,"failed":N}; a missing file means the driver crashed.
add_results() { # name file
  local counts
  if counts=$(node -e 'const r=require(process.argv[1]);if(!Number.isInteger(r.passed)||!Number.isInteger(r.failed))process.exit(1);console.log(r.passed,r.failed)' "$2" 2>/dev/null); then
    read -r p f <<<"$counts"
    PASSED=$((PASSED + p)) FAILED=$((FAILED + f))
    echo "$1: $p passed, $f failed"
  else
    fail "$1 reported no results (see the output above)"
  fi
}

# ---------------------------------------------------------------- 1. system packages
step "system packages"
need_pkgs=()
# code-server writes a default config (with a password) on its first start, even for --version: keep it
# inside the tools folder instead of the home directory.
cs_tool() {
  XDG_CONFIG_HOME=$TOOLS/.xdg/config XDG_DATA_HOME=$TOOLS/.xdg/data "$TOOLS/node_modules/.bin/code-server" "$@"
}
tools_current() {
  cmp -s "$E2E/package.json" "$TOOLS/package.json" && cs_tool --version 2>/dev/null | grep -q "^$CS_VERSION "
}
# fonts-nanum: Hangul in the Korean screenshots; shellcheck: test/system/shellcheck.test.ts.
wanted=(chromium fonts-nanum)
((${#SYSTEM_TESTS[@]})) && wanted+=(shellcheck)
tools_current || wanted+=(libkrb5-dev ripgrep pkg-config)
for p in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need_pkgs+=("$p")
done
if ((${#need_pkgs[@]})); then
  if [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "installing ${need_pkgs[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need_pkgs[@]}" >/dev/null
  else
    echo "e2e: these Debian packages are missing: ${need_pkgs[*]}" >&2
    echo "e2e: install them (as root: apt-get update && apt-get install -y ${need_pkgs[*]}) and run again." >&2
    exit 1
  fi
fi
[[ -x "$CHROMIUM" ]] || { echo "e2e: no browser at $CHROMIUM (set CHROMIUM or install Debian's chromium)" >&2; exit 1; }

# ---------------------------------------------------------------- 2. tools
step "tools: code-server $CS_VERSION + playwright-core into $TOOLS"
mkdir -p "$TOOLS"
exec 9>"$TOOLS.lock"
flock -w 900 9 || { echo "e2e: another run holds $TOOLS.lock" >&2; exit 1; }
if tools_current; then
  echo "tools are current"
else
  rm -rf "$TOOLS/node_modules" "$TOOLS/package.json" "$TOOLS/package-lock.json"
  cp "$E2E/package.json" "$TOOLS/package.json"
  npm_tmp=$(mktemp -d)
  # @vscode/ripgrep's postinstall downloads rg from GitHub, which is unreachable: seed its cache with Debian's rg.
  rg_cache=$npm_tmp/vscode-ripgrep-cache-1.15.11
  mkdir -p "$rg_cache/bin"
  cp "$(command -v rg)" "$rg_cache/bin/rg"
  tar -czf "$rg_cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$rg_cache/bin" rg
  # unsafe_perm: code-server's postinstall refuses root without it. yes: node-pty's postinstall runs
  # `npx node-gyp`, which the machine's npmrc (yes=false) would cancel.
  (cd "$TOOLS" && TMPDIR=$npm_tmp npm_config_unsafe_perm=true npm_config_yes=true \
    npm install --no-audit --no-fund --no-package-lock --loglevel=error)
  rm -rf "$npm_tmp"
  tools_current || { echo "e2e: code-server $CS_VERSION did not install into $TOOLS" >&2; exit 1; }
fi
flock -u 9
CS=$TOOLS/node_modules/.bin/code-server
echo "code-server $(cs_tool --version | grep "^$CS_VERSION ")"
if $INSTALL_ONLY; then end_step; printf '%s\n' "${TIMINGS[@]}"; exit 0; fi

# ---------------------------------------------------------------- 3. build + package
rm -rf "$WORK" "$ARTIFACTS"
mkdir -p "$WORK/tmp" "$ARTIFACTS"
VSIX=''
step "package the extension (npm run package)"
vsix_name=$(node -p 'const p=require(process.argv[1]);`${p.name}-${p.version}.vsix`' "$EXT_DIR/package.json")
rm -f "$EXT_DIR/$vsix_name"
if (cd "$EXT_DIR" && npm run --silent package) >"$ARTIFACTS/package.log" 2>&1 && [[ -f "$EXT_DIR/$vsix_name" ]]; then
  VSIX=$EXT_DIR/$vsix_name
  pass "npm run package made $vsix_name ($(du -k "$VSIX" | cut -f1) KiB)"
else
  cat "$ARTIFACTS/package.log" >&2
  fail "npm run package made no $vsix_name (log: test/e2e/artifacts/package.log); the UI test needs it"
fi

step "build the extension (npm run build) and the in-host suite"
BUILT=false
if (cd "$EXT_DIR" && npm run --silent build) && node "$E2E/build-suite.js"; then
  BUILT=true
else
  fail "the extension or the in-host suite did not build"
fi

# ---------------------------------------------------------------- tests without code-server
step "webview tests: the Explain panel's page in Chromium (test/webview/run.js)"
if $BUILT; then
  NODE_PATH=$TOOLS/node_modules E2E_RESULTS=$WORK/webview-results.json node "$REPO/test/webview/run.js" --no-build || true
  add_results "webview" "$WORK/webview-results.json"
else
  fail "webview tests not run: the build failed"
fi
if ((${#SYSTEM_TESTS[@]})); then
  step "system tests: ${SYSTEM_TESTS[*]#"$REPO"/}"
  E2E_RESULTS=$WORK/system-results.json node "$E2E/run-mocha.js" "${SYSTEM_TESTS[@]}" || true
  add_results "system" "$WORK/system-results.json"
fi

# ---------------------------------------------------------------- 4. code-server
step "start code-server"
export TMPDIR=$WORK/tmp
export XDG_CONFIG_HOME=$WORK/xdg/config XDG_DATA_HOME=$WORK/xdg/data XDG_CACHE_HOME=$WORK/xdg/cache XDG_STATE_HOME=$WORK/xdg/state
export E2E_ARTIFACTS=$ARTIFACTS
UDD=$WORK/user-data EXTS=$WORK/extensions
mkdir -p "$UDD/User" "$EXTS"
cp "$E2E/fixtures/user-settings.json" "$UDD/User/settings.json"
printf 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n' >"$WORK/config.yaml"
CS_ARGS=(--config "$WORK/config.yaml" --user-data-dir "$UDD" --extensions-dir "$EXTS"
  --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override)
# Each suite gets its own copy of the fixture workspace.
UI_WS=$WORK/ui-workspace HOST_WS=$WORK/host-workspace
cp -r "$E2E/fixtures/workspace" "$UI_WS"
cp -r "$E2E/fixtures/workspace" "$HOST_WS"
# One corpus Dockerfile, copied at test time (corpus files are never committed).
UI_CORPUS_FILE=''
if [[ -f "$CORPUS/$CORPUS_FILE" ]]; then
  mkdir -p "$UI_WS/web" && cp "$CORPUS/$CORPUS_FILE" "$UI_WS/web/Dockerfile" && UI_CORPUS_FILE=web/Dockerfile
elif [[ "${CI:-}" == true ]]; then
  fail "the corpus file $CORPUS/$CORPUS_FILE is missing (DOCKERFILE_CORPUS); CI needs it for the UI test"
else
  echo "!!! e2e: no corpus at $CORPUS/$CORPUS_FILE (set DOCKERFILE_CORPUS): the UI corpus checks will NOT run" >&2
fi
# A stub extension with Docker DX's id (docker.docker), packaged here and installed beside ours: the
# UI test checks that the one-time overlap hint shows once and not again after a reload.
STUB=$WORK/stub-docker-dx
cp -r "$E2E/fixtures/stub-docker-dx" "$STUB"
if (cd "$STUB" && "$REPO/node_modules/.bin/vsce" package --allow-missing-repository --skip-license --out "$WORK/stub-docker-dx.vsix" </dev/null) >"$ARTIFACTS/stub-extension.log" 2>&1 &&
  "$CS" "${CS_ARGS[@]}" --install-extension "$WORK/stub-docker-dx.vsix" >>"$ARTIFACTS/stub-extension.log" 2>&1; then
  pass "a stub extension with the id docker.docker is installed"
else
  cat "$ARTIFACTS/stub-extension.log" >&2
  fail "the stub extension docker.docker did not package or install (log: test/e2e/artifacts/stub-extension.log)"
fi
if [[ -n "$VSIX" ]]; then
  if "$CS" "${CS_ARGS[@]}" --install-extension "$VSIX" >"$ARTIFACTS/install-extension.log" 2>&1 &&
    "$CS" "${CS_ARGS[@]}" --list-extensions 2>/dev/null | grep -qx 'dockerfile-tutor.dockerfile-tutor'; then
    pass "code-server --install-extension installed $vsix_name"
  else
    cat "$ARTIFACTS/install-extension.log" >&2
    fail "code-server --install-extension did not install $vsix_name"
    VSIX=''
  fi
fi

# Read by the in-host suite: where to write its counts, and which extension must be the one under test.
# DFT_E2E_ACTIVATION_RESULTS: where the suite writes the extension's activation time (copied to bench/results/).
rm -f "$ARTIFACTS/activation.json"
export DFT_E2E_SUITE_RESULTS=$WORK/host-suite.json DFT_E2E_EXT_DEV=$EXT_DIR DFT_E2E_ACTIVATION_RESULTS=$ARTIFACTS/activation.json
PORT=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
# Own session and process group (setsid), so that the trap ends code-server with its extension hosts,
# file watchers and pty host, and nothing else.
setsid "$CS" "${CS_ARGS[@]}" --bind-addr "127.0.0.1:$PORT" >"$ARTIFACTS/code-server.log" 2>&1 &
CS_PID=$!
stop_code_server() {
  kill -TERM -- "-$CS_PID" 2>/dev/null || return 0
  local deadline=$((SECONDS + 15))
  while kill -0 -- "-$CS_PID" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.1; done
  kill -KILL -- "-$CS_PID" 2>/dev/null || true
  wait "$CS_PID" 2>/dev/null || true
}
trap stop_code_server EXIT
trap 'exit 130' INT TERM
BASE_URL=http://127.0.0.1:$PORT
deadline=$((SECONDS + 60))
until curl -fsS -o /dev/null "$BASE_URL/healthz" 2>/dev/null; do
  if ! kill -0 "$CS_PID" 2>/dev/null || ((SECONDS >= deadline)); then
    cat "$ARTIFACTS/code-server.log" >&2
    echo "e2e: code-server did not answer on $BASE_URL within 60 s" >&2
    exit 1
  fi
  sleep 0.2
done
echo "code-server (pid $CS_PID) answers on $BASE_URL"

# ---------------------------------------------------------------- 5. UI test
step "UI test: Chromium drives the workbench with the installed .vsix"
if [[ -n "$VSIX" ]]; then
  NODE_PATH=$TOOLS/node_modules E2E_URL="$BASE_URL/?folder=$UI_WS" E2E_RESULTS=$WORK/ui-results.json \
    E2E_WORKSPACE=$UI_WS E2E_USER_SETTINGS=$UDD/User/settings.json E2E_REPO=$REPO E2E_CORPUS_FILE=$UI_CORPUS_FILE \
    node "$E2E/ui/drive.js" || true
  add_results "ui" "$WORK/ui-results.json"
  if $UPDATE_SCREENSHOTS; then
    # README pictures: artifacts/ui-<name>.png -> media/screenshots/<picture>.png
    mkdir -p "$REPO/media/screenshots"
    for pair in corpus-hover-en:hover corpus-hover-ko:hover-ko corpus-problems:problems panel-light:explain-light \
      panel-dark:explain-dark notes-preview:notes 05-overlap-hint:overlap-hint; do
      src=$ARTIFACTS/ui-${pair%%:*}.png dst=$REPO/media/screenshots/${pair#*:}.png
      if [[ -f "$src" ]]; then cp "$src" "$dst" && echo "screenshot: $dst ($(du -k "$dst" | cut -f1) KiB)"; fi
    done
  fi
else
  fail "UI test not run: there is no installed .vsix"
fi

# ---------------------------------------------------------------- 6. integration suite
step "integration suite in code-server's extension host"
if $BUILT; then
  NODE_PATH=$TOOLS/node_modules E2E_BASE_URL=$BASE_URL E2E_EXT_DEV=$EXT_DIR E2E_EXT_TESTS=$REPO/out/test/e2e/index.js E2E_WORKSPACE=$HOST_WS \
    E2E_RESULTS=$WORK/host-results.json node "$E2E/host/runInCodeServer.js" || true
  add_results "integration" "$WORK/host-results.json"
  if [[ -f "$ARTIFACTS/activation.json" ]]; then
    # Issue 9: the extension's activation time in a real editor, for the README's performance table.
    cp "$ARTIFACTS/activation.json" "$REPO/bench/results/activation.json"
    echo "activation timings (bench/results/activation.json): $(tr -d '\n ' <"$ARTIFACTS/activation.json")"
  fi
else
  fail "integration suite not run: the build failed"
fi

end_step
echo "### timings"
printf '%s\n' "${TIMINGS[@]}"
printf '%4ss  total\n' "$SECONDS"
echo "artifacts (screenshots, logs): test/e2e/artifacts/"
echo "$PASSED passed, $FAILED failed"
((FAILED == 0))
