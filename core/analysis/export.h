// Trace exports: JSON Lines (one event per line; schema in core/analysis/TRACE.md) and the
// Chrome trace-event format that Perfetto UI and chrome://tracing open.
#pragma once
#include <string>

#include "runtime/trace.h"
#include "vm/program.h"

namespace gs {

std::string export_jsonl(const Trace& trace, const Program& prog);
// Appends event `index` as one JSON Lines line (the live web stream uses the same schema).
void append_event_jsonl(const Trace& trace, size_t index, const Program& prog, std::string& out);
std::string export_chrome(const Trace& trace, const Program& prog);
std::string json_quote(std::string_view s);
// The event's text, including what is derived from its numbers (wait reasons, names).
std::string event_text(const Trace& trace, const Event& e, const Program& prog);

}  // namespace gs
