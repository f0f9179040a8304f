// Loading the user's file and the standard library packages it imports (transitively, in
// dependency order), type checking, compiling; and the run-to-end driver.
#include "api/engine.h"

#include <algorithm>
#include <functional>
#include <set>

#include "check/stdlib_sources.h"
#include "lex/literal.h"
#include "parse/parser.h"

namespace gs {

namespace {
// Packages a Go program may import that goroscope deliberately does not provide.
const std::set<std::string> kUnsupported = {"unsafe", "reflect", "C", "syscall", "os/exec",
                                            "net", "plugin", "runtime/cgo"};

const char* find_std(const std::string& path) {
  std::string name = path;
  std::replace(name.begin(), name.end(), '/', '_');
  name += ".go";
  for (const EmbeddedFile& f : stdlib_sources())
    if (name == f.name) return f.text;
  return nullptr;
}
}  // namespace

std::vector<std::string> supported_packages() {
  std::vector<std::string> out;
  for (const EmbeddedFile& f : stdlib_sources()) {
    std::string p = f.name;
    p = p.substr(0, p.size() - 3);
    std::replace(p.begin(), p.end(), '_', '/');
    if (p.rfind("internal/", 0) == 0) continue;
    out.push_back(p);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string Build::format_diagnostics() const {
  std::string out;
  for (const Diagnostic& d : diags.list()) {
    const SourceFile* f = size_t(d.file) < files.size() ? files[size_t(d.file)].get() : files[0].get();
    out += f->describe(d.range.begin) + ": " + d.message + "\n";
  }
  return out;
}

std::unique_ptr<Build> build_program(const std::string& filename, const std::string& source,
                                     BuildOptions opts) {
  auto b = std::make_unique<Build>();
  b->files.push_back(std::make_unique<SourceFile>(filename, source));
  b->files[0]->index = 0;
  File* user = parse_file(*b->files[0], b->ast, b->diags);
  if (!user) {
    b->diags.sort();
    return b;
  }
  std::vector<std::unique_ptr<Package>> owned;
  std::unordered_map<std::string, Package*> by_path;
  std::vector<Package*> order;  // dependency order
  std::set<std::string> visiting;

  std::function<Package*(const std::string&, File*, int)> load;
  auto imports_of = [&](File* f, int file_index) {
    std::vector<std::pair<std::string, ImportSpec*>> out;
    for (ImportSpec* is : f->imports) {
      std::string path, err;
      unquote_string(is->path->value, path, err);
      out.emplace_back(path, is);
    }
    (void)file_index;
    return out;
  };
  load = [&](const std::string& path, File* f, int file_index) -> Package* {
    auto pkg = std::make_unique<Package>();
    pkg->path = path;
    pkg->name = f->package_name ? f->package_name->name : path;
    pkg->files.push_back(f);
    pkg->file_index = file_index;
    pkg->is_std = path != "main";
    Package* raw = pkg.get();
    owned.push_back(std::move(pkg));
    by_path[path] = raw;
    visiting.insert(path);
    std::vector<std::pair<std::string, ImportSpec*>> deps = imports_of(f, file_index);
    if (path == "main" && !by_path.count("runtime")) deps.insert(deps.begin(), {"runtime", nullptr});
    for (auto& [ip, spec] : deps) {
      if (by_path.count(ip)) {
        if (visiting.count(ip) && spec)
          b->diags.add(DiagKind::TypeError, file_index, spec->path->range, "import cycle not allowed");
        continue;
      }
      Range at = spec ? spec->path->range : Range{};
      if (kUnsupported.count(ip)) {
        b->diags.add(DiagKind::Unsupported, file_index, at, "package " + ip + " is not supported by goroscope");
        continue;
      }
      const char* text = find_std(ip);
      if (!text || ip.rfind("internal/", 0) == 0 && path == "main") {
        b->diags.add(DiagKind::UnknownImport, file_index, at,
                     "package " + ip + " is not in std (goroscope provides: see `goroscope packages`)");
        continue;
      }
      int idx = int(b->files.size());
      b->files.push_back(std::make_unique<SourceFile>("$GOROOT/src/" + ip + ".go", text));
      b->files.back()->index = idx;
      File* pf = parse_file(*b->files.back(), b->ast, b->diags);
      if (pf) load(ip, pf, idx);
    }
    visiting.erase(path);
    order.push_back(raw);
    return raw;
  };
  if (user->package_name && user->package_name->name != "main") {
    b->diags.add(DiagKind::TypeError, 0, user->package_name->range,
                 "package " + user->package_name->name + " is not a main package (goroscope runs package main)");
  }
  load("main", user, 0);
  if (!b->diags.empty()) {
    b->diags.sort();
    return b;
  }
  std::vector<SourceFile*> file_ptrs;
  for (auto& f : b->files) file_ptrs.push_back(f.get());
  CheckOptions copts;
  copts.go_version = opts.go_version;
  Checker checker(b->types, b->diags, file_ptrs, copts);
  for (Package* p : order) {
    std::unordered_map<std::string, Package*> imports;
    for (File* f : p->files)
      for (ImportSpec* is : f->imports) {
        std::string ip, err;
        unquote_string(is->path->value, ip, err);
        if (by_path.count(ip)) imports[ip] = by_path[ip];
      }
    checker.check_package(p, imports);
  }
  if (!b->diags.empty()) {
    b->diags.sort();
    return b;
  }
  std::vector<const SourceFile*> cfiles(file_ptrs.begin(), file_ptrs.end());
  CompileOptions co;
  co.go_version = opts.go_version;
  b->program = compile_program(order, checker.funcs(), b->types, cfiles, b->diags, co);
  b->diags.sort();
  if (!b->diags.empty()) b->program.reset();
  // Packages are referenced by the checker's objects only during compilation.
  b->packages = std::move(owned);
  return b;
}

RunResult run_to_end(const Program& prog, RunOptions opts,
                     std::function<void(int fd, std::string_view)> on_output) {
  RunResult r;
  Machine m(prog, std::move(opts));
  if (on_output) m.on_output = std::move(on_output);
  int64_t start = m.now();
  while (m.advance(1 << 20) != RunState::Finished) {
  }
  r.exit_code = m.exit_code();
  r.out = m.take_stdout();
  r.err = m.take_stderr();
  r.decisions = m.recorded_decisions();
  r.replay_diverged = m.replay_diverged();
  r.virtual_ns = m.now() - start;
  return r;
}

}  // namespace gs
