// Runs every Go program under tests/go as one GoogleTest test (see tests/go/README.md):
// compiles and runs it in-process and checks stdout, exit status, stderr patterns, or the
// expected compile errors of `// errorcheck` files.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "api/engine.h"

namespace fs = std::filesystem;
using namespace gs;

namespace {

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> split_lines(const std::string& s) {
  std::vector<std::string> out;
  std::string line;
  std::istringstream in(s);
  while (std::getline(in, line)) out.push_back(line);
  return out;
}

struct Spec {
  std::vector<std::string> args;
  int exit = 0;
  std::vector<std::string> stderr_patterns;
  bool errorcheck = false;
  std::map<int, std::vector<std::string>> errors;  // line -> regexps
  // Analysis expectations (`// check` files).
  bool check = false;
  std::set<int> leaks, blocked;
  std::set<std::pair<int, int>> races;
  bool deadlock = false;
  // Schedule-dependent programs: run seeds 1..seeds; each outcome regexp must match the
  // whole stdout of at least `percent` of the runs.
  int seeds = 0;
  std::vector<std::pair<int, std::string>> outcomes;  // (percent, regexp)
};

Spec parse_spec(const std::string& src) {
  Spec s;
  auto lines = split_lines(src);
  bool header = true;
  for (size_t i = 0; i < lines.size(); i++) {
    const std::string& l = lines[i];
    if (header) {
      if (l.rfind("package ", 0) == 0)
        header = false;
      else if (l.rfind("// args:", 0) == 0) {
        std::istringstream in(l.substr(8));
        std::string a;
        while (in >> a) s.args.push_back(a);
      } else if (l.rfind("// exit:", 0) == 0) {
        s.exit = std::stoi(l.substr(8));
      } else if (l.rfind("// stderr:", 0) == 0) {
        std::string p = l.substr(10);
        if (!p.empty() && p[0] == ' ') p = p.substr(1);
        s.stderr_patterns.push_back(p);
      } else if (l == "// errorcheck") {
        s.errorcheck = true;
      } else if (l == "// check") {
        s.check = true;
      } else if (l.rfind("// expect leak:", 0) == 0) {
        s.leaks.insert(std::stoi(l.substr(15)));
      } else if (l.rfind("// expect blocked:", 0) == 0) {
        s.blocked.insert(std::stoi(l.substr(18)));
      } else if (l.rfind("// seeds:", 0) == 0) {
        s.seeds = std::stoi(l.substr(9));
      } else if (l.rfind("// outcome ", 0) == 0 && l.find("%: ") != std::string::npos) {
        size_t pc = l.find("%: ");
        s.outcomes.emplace_back(std::stoi(l.substr(11, pc - 11)), l.substr(pc + 3));
      } else if (l.rfind("// expect deadlock", 0) == 0) {
        s.deadlock = true;
      } else if (l.rfind("// expect race:", 0) == 0) {
        std::istringstream in(l.substr(15));
        int a = 0, b = 0;
        in >> a >> b;
        s.races.insert({std::min(a, b), std::max(a, b)});
      }
    }
    size_t e = l.find("// ERROR \"");
    if (e != std::string::npos) {
      size_t start = e + 10;
      size_t end = l.rfind('"');
      if (end > start) s.errors[int(i) + 1].push_back(l.substr(start, end - start));
    }
  }
  return s;
}

std::map<std::string, std::string> known_failures(const fs::path& dir) {
  std::map<std::string, std::string> out;
  for (const std::string& l : split_lines(read(dir / "KNOWN_FAILURES"))) {
    if (l.empty() || l[0] == '#') continue;
    size_t c = l.find(':');
    if (c == std::string::npos) continue;
    out[l.substr(0, c)] = l.substr(c + 1);
  }
  return out;
}

// Compares analysis findings with the `// expect` lines. A leaked goroutine that was also
// reported blocked forever may be expected either way (it is both).
std::string check_findings(const Spec& spec, const Build& b, const RunResult& r) {
  std::string out;
  auto line = [&](int file, uint32_t pos) {
    return file == 0 ? b.files[0]->position(pos).line : -1;
  };
  std::set<int> got_leaks, got_blocked;
  std::set<int64_t> blocked_ids, leaked_ids;
  for (const Finding& f : r.findings) {
    if (f.kind == Finding::Kind::Leak) {
      got_leaks.insert(line(f.create_file, f.create_pos));
      leaked_ids.insert(f.g);
    }
    if (f.kind == Finding::Kind::BlockedForever) {
      got_blocked.insert(line(f.wait_file, f.wait_pos));
      blocked_ids.insert(f.g);
    }
  }
  for (int l : spec.leaks)
    if (!got_leaks.count(l))
      out += "expected a leak of a goroutine created at line " + std::to_string(l) + "\n";
  for (int l : spec.blocked)
    if (!got_blocked.count(l))
      out += "expected a goroutine blocked forever at line " + std::to_string(l) + "\n";
  for (const Finding& f : r.findings) {
    bool ok = false;
    switch (f.kind) {
      case Finding::Kind::Leak:
        ok = spec.leaks.count(line(f.create_file, f.create_pos)) ||
             (blocked_ids.count(f.g) && spec.blocked.count(line(f.wait_file, f.wait_pos)));
        break;
      case Finding::Kind::BlockedForever:
        ok = spec.blocked.count(line(f.wait_file, f.wait_pos)) ||
             (leaked_ids.count(f.g) && spec.leaks.count(line(f.create_file, f.create_pos))) ||
             spec.deadlock;
        break;
      case Finding::Kind::SelfDeadlock:
        ok = spec.deadlock || spec.blocked.count(line(f.wait_file, f.wait_pos));
        break;
      case Finding::Kind::Race:
        ok = spec.races.count(
                 {std::min(line(f.wait_file, f.wait_pos), line(f.other_file, f.other_pos)),
                  std::max(line(f.wait_file, f.wait_pos), line(f.other_file, f.other_pos))}) > 0;
        break;
    }
    if (!ok) out += "unexpected finding: " + f.text + "\n";
  }
  bool deadlocked = r.err.find("all goroutines are asleep - deadlock!") != std::string::npos;
  if (spec.deadlock != deadlocked)
    out += spec.deadlock ? "expected a deadlock\n" : "unexpected deadlock\n";
  return out;
}

// Returns an empty string when the program behaves as its expectations say.
// Runs seeds 1..spec.seeds; reports outcomes seen less often than their share says.
std::string check_outcomes(const Spec& spec, const Program& prog, RunOptions ro) {
  std::string failures;
  std::map<std::string, int> seen;
  for (int s = 1; s <= spec.seeds; s++) {
    ro.seed = uint64_t(s);
    RunResult r = run_to_end(prog, ro);
    if (r.exit_code != spec.exit)
      failures += "seed " + std::to_string(s) + ": exit status " + std::to_string(r.exit_code) +
                  ", want " + std::to_string(spec.exit) + "\n" + r.err.substr(0, 2000);
    seen[r.out]++;
  }
  for (const auto& [percent, re] : spec.outcomes) {
    std::regex rx(re);
    int n = 0;
    for (const auto& [out, count] : seen)
      if (std::regex_search(out, rx)) n += count;
    if (n * 100 < percent * spec.seeds)
      failures += "outcome /" + re + "/ in " + std::to_string(n) + " of " +
                  std::to_string(spec.seeds) + " seeds, want at least " + std::to_string(percent) +
                  "%\n";
  }
  if (!failures.empty()) {
    failures += "outcomes seen (count: stdout):\n";
    for (const auto& [out, count] : seen) failures += std::to_string(count) + ": " + out;
  }
  return failures;
}

std::string check(const fs::path& file, const fs::path& root) {
  std::string src = read(file);
  Spec spec = parse_spec(src);
  BuildOptions bo;
  RunOptions ro;
  ro.limits.max_steps = 200'000'000;
  for (size_t i = 0; i < spec.args.size(); i++) {
    if (spec.args[i] == "--go" && i + 1 < spec.args.size())
      bo.go_version = spec.args[++i] == "1.21" ? 121 : 122;
    else if (spec.args[i] == "--seed" && i + 1 < spec.args.size())
      ro.seed = std::stoull(spec.args[++i]);
    else if (spec.args[i] == "--procs" && i + 1 < spec.args.size())
      ro.procs = std::stoi(spec.args[++i]);
  }
  std::string rel = fs::relative(file, root).string();
  auto b = build_program(rel, src, bo);
  std::string failures;
  if (spec.errorcheck) {
    if (b->ok()) return "expected compile errors, but the program compiled";
    std::map<int, std::vector<std::string>> got;
    for (const Diagnostic& d : b->diags.list()) {
      if (d.file != 0) {
        failures += "diagnostic in the standard library: " + d.message + "\n";
        continue;
      }
      got[b->files[0]->position(d.range.begin).line].push_back(d.message);
    }
    for (auto& [line, res] : spec.errors)
      for (const std::string& re : res) {
        bool found = false;
        for (const std::string& m : got[line])
          if (std::regex_search(m, std::regex(re))) found = true;
        if (!found) {
          failures += "line " + std::to_string(line) + ": no error matching \"" + re + "\"; got:";
          for (auto& m : got[line]) failures += " [" + m + "]";
          failures += "\n";
        }
      }
    for (auto& [line, msgs] : got)
      if (!spec.errors.count(line))
        for (auto& m : msgs)
          failures += "line " + std::to_string(line) + ": unexpected error: " + m + "\n";
    return failures;
  }
  if (!b->ok()) return "compile failed:\n" + b->format_diagnostics();
  ro.args.push_back(rel);
  if (spec.seeds > 0) return check_outcomes(spec, *b->program, ro);
  ro.analyze = spec.check;
  ro.race = spec.check;
  RunResult r = run_to_end(*b->program, ro);
  if (spec.check) failures += check_findings(spec, *b, r);
  fs::path golden = file;
  golden.replace_extension(".out");
  std::string want = fs::exists(golden) ? read(golden) : "";
  if (r.out != want)
    failures += "stdout differs:\n--- want\n" + want + "--- got\n" + r.out + "---\n";
  // With race detection on, a racy run exits 66 (as with go run -race); race tests
  // state their races with `// expect race` instead.
  int exit_code = spec.check && r.exit_code == 66 && !spec.races.empty() ? 0 : r.exit_code;
  if (exit_code != spec.exit)
    failures +=
        "exit status " + std::to_string(exit_code) + ", want " + std::to_string(spec.exit) + "\n";
  // A `.err` golden, when present, is the exact stderr (goroutine dumps checked frame by
  // frame against Go's).
  fs::path err_golden = file;
  err_golden.replace_extension(".err");
  if (fs::exists(err_golden) && r.err != read(err_golden))
    failures += "stderr differs:\n--- want\n" + read(err_golden) + "--- got\n" + r.err + "---\n";
  auto err_lines = split_lines(r.err);
  for (const std::string& p : spec.stderr_patterns) {
    std::regex re(p);
    bool found = false;
    for (const std::string& l : err_lines)
      if (std::regex_search(l, re)) found = true;
    if (!found) failures += "no stderr line matches /" + p + "/\n";
  }
  if (!failures.empty() && !r.err.empty()) failures += "stderr:\n" + r.err.substr(0, 4000);
  return failures;
}

class GoFileTest : public ::testing::Test {
 public:
  GoFileTest(fs::path file, fs::path root, std::string known)
      : file_(std::move(file)), root_(std::move(root)), known_(std::move(known)) {}
  void TestBody() override {
    std::string failures = check(file_, root_);
    if (known_.empty()) {
      EXPECT_TRUE(failures.empty()) << failures;
    } else {
      EXPECT_FALSE(failures.empty())
          << "listed in KNOWN_FAILURES (" << known_ << ") but passes now: remove it from the list";
    }
  }

 private:
  fs::path file_, root_;
  std::string known_;
};

std::string test_name(const std::string& rel) {
  std::string n;
  for (char c : rel.substr(0, rel.size() - 3)) n += std::isalnum(uint8_t(c)) ? c : '_';
  return n;
}

}  // namespace

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  fs::path root = GS_GO_TESTS_DIR;
  auto known = known_failures(root);
  std::vector<fs::path> files;
  for (auto& e : fs::recursive_directory_iterator(root))
    if (e.is_regular_file() && e.path().extension() == ".go") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const fs::path& f : files) {
    std::string rel = fs::relative(f, root).string();
    std::string k = known.count(rel) ? known[rel] : "";
    ::testing::RegisterTest("Go", test_name(rel).c_str(), nullptr, rel.c_str(), __FILE__, __LINE__,
                            [=]() -> ::testing::Test* { return new GoFileTest(f, root, k); });
  }
  return RUN_ALL_TESTS();
}
