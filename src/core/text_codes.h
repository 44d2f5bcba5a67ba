// Small helpers shared by the compact text codes people copy by hand (the progress code, room
// codes, workshop results codes) and by the CSV exports: a checksum, splitting, CSV fields.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace srm {

std::uint32_t fnv1a32(std::string_view text);
std::string fnv1a_hex(std::string_view text); // 8 lowercase hex digits
std::vector<std::string> split(std::string_view text, char separator);
std::string_view trim(std::string_view text);
// One CSV field, always quoted. A formula character (=, +, -, @) that starts the field or follows
// any separator a spreadsheet may split on (, ; tab | line break, then spaces) gets an apostrophe
// before it, so that no locale's spreadsheet runs it as a formula.
std::string csv_field(const std::string& text);

} // namespace srm
