// Building and caching the shared standard library (see std_cache.h): packages loaded in
// dependency order, checked with Go 1.22 loop semantics (the library's own go version,
// whatever the user's file asks for), compiled as a library.
#include "api/std_cache.h"

#include <algorithm>
#include <functional>
#include <mutex>

#include "check/stdlib_sources.h"
#include "lex/literal.h"
#include "parse/parser.h"

namespace gs {

const char* std_source(const std::string& path) {
  std::string name = path;
  std::replace(name.begin(), name.end(), '/', '_');
  name += ".go";
  for (const EmbeddedFile& f : stdlib_sources())
    if (name == f.name) return f.text;
  return nullptr;
}

namespace {

std::vector<std::string> imports_of(File* f) {
  std::vector<std::string> out;
  for (ImportSpec* is : f->imports) {
    std::string path, err;
    unquote_string(is->path->value, path, err);
    out.push_back(path);
  }
  return out;
}

std::shared_ptr<StdLibrary> build_library(const std::set<std::string>& imports) {
  auto lib = std::make_shared<StdLibrary>();
  lib->files.push_back(std::make_unique<SourceFile>("", ""));
  // Depth-first: a package's imports come before it. Imports are visited sorted by path, so
  // the order does not depend on how the user's file lists them.
  std::function<void(const std::string&)> load = [&](const std::string& path) {
    if (lib->by_path.count(path)) return;
    const char* text = std_source(path);
    if (!text) return;  // build_program reports unknown imports of the user's file
    int idx = int(lib->files.size());
    lib->files.push_back(std::make_unique<SourceFile>("$GOROOT/src/" + path + ".go", text));
    lib->files.back()->index = idx;
    File* f = parse_file(*lib->files.back(), lib->ast, lib->diags);
    if (!f) return;
    auto pkg = std::make_unique<Package>();
    pkg->path = path;
    pkg->name = f->package_name ? f->package_name->name : path;
    pkg->files.push_back(f);
    pkg->file_index = idx;
    pkg->is_std = true;
    Package* raw = pkg.get();
    lib->by_path[path] = raw;  // before the imports: a cycle stops here instead of looping
    std::vector<std::string> deps = imports_of(f);
    std::sort(deps.begin(), deps.end());
    for (const std::string& d : deps) {
      load(d);
      if (lib->by_path.count(d)) raw->imports.push_back(lib->by_path[d]);
    }
    lib->packages.push_back(std::move(pkg));
  };
  lib->imports = imports;
  load("runtime");
  for (const std::string& p : imports) load(p);
  if (!lib->diags.empty()) return lib;

  std::vector<SourceFile*> files;
  for (auto& f : lib->files) files.push_back(f.get());
  CheckOptions copts;
  copts.go_version = 122;
  lib->checker = std::make_unique<Checker>(lib->types, lib->diags, lib->ast, files, copts);
  std::vector<Package*> order;
  for (auto& p : lib->packages) {
    std::unordered_map<std::string, Package*> deps;
    for (const std::string& d : imports_of(p->files[0]))
      if (lib->by_path.count(d)) deps[d] = lib->by_path[d];
    lib->checker->check_package(p.get(), deps);
    order.push_back(p.get());
  }
  if (!lib->diags.empty()) return lib;
  std::vector<const SourceFile*> cfiles(files.begin(), files.end());
  lib->program =
      compile_library(order, lib->checker->funcs(), lib->types, cfiles, lib->diags, lib->compiled);
  return lib;
}

}  // namespace

std::shared_ptr<const StdLibrary> std_library(const std::set<std::string>& imports) {
  // One library that grows: a program whose imports it has reuses it, any other gets a new
  // one with the union (programs built on an older one keep it alive). What a program
  // does never depends on the library's other packages: their initialization does not run.
  static std::mutex mu;
  static std::shared_ptr<const StdLibrary> current;
  std::lock_guard<std::mutex> lock(mu);
  if (current && std::includes(current->imports.begin(), current->imports.end(), imports.begin(),
                               imports.end()))
    return current;
  std::set<std::string> all = imports;
  if (current) all.insert(current->imports.begin(), current->imports.end());
  std::shared_ptr<const StdLibrary> lib = build_library(all);
  if (lib->program) current = lib;  // a broken library is not kept
  return lib;
}

}  // namespace gs
