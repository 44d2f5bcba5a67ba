// Glyph ranges for the UI font (see font_glyphs.h). Keep the baseline in step with
// BASELINE_RANGES in scripts/subset-font.py.
#include "font_glyphs.h"
#include <algorithm>
#include <utility>

namespace srm::ui {

const ImWchar* BaselineGlyphRanges() {
    static const ImWchar ranges[] = {
        0x0020, 0x007E, // Basic Latin
        0x00A0, 0x00FF, // Latin-1: no-break space, French accents, guillemets
        0x0152, 0x0153, // OE ligatures
        0x0178, 0x0178, // Y with diaeresis
        0x2010, 0x2027, // dashes, typographic quotes, bullet, ellipsis
        0x202F, 0x202F, // narrow no-break space (French punctuation)
        0x2039, 0x203A, // single guillemets
        0x20AC, 0x20AC, // euro sign
        0x2190, 0x2193, // arrows
        0x2197, 0x2197, // north-east arrow: link opens in a new tab
        0x2713, 0x2713, // check mark
        0x2717, 0x2717, // ballot x
        0,
    };
    return ranges;
}

// One entry of a glyph list: "20" or "20-7E". False unless it is that and within U+0020..U+FFFF.
static bool ReadGlyphEntry(std::string_view entry, unsigned& first, unsigned& last) {
    auto hex = [](std::string_view text, unsigned& value) {
        if (text.empty() || text.size() > 4) return false; // four digits at most: never past U+FFFF
        value = 0;
        for (char c : text) {
            int digit = c >= '0' && c <= '9'   ? c - '0'
                        : c >= 'A' && c <= 'F' ? c - 'A' + 10
                        : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                               : -1;
            if (digit < 0) return false;
            value = value * 16 + unsigned(digit);
        }
        return value >= 0x20;
    };
    size_t dash = entry.find('-');
    if (dash == std::string_view::npos) return hex(entry, first) && hex(entry, last);
    return hex(entry.substr(0, dash), first) && hex(entry.substr(dash + 1), last) && first <= last;
}

// The [first, last] pairs of a glyph list, appended to `ranges`; false (and nothing appended) for
// a list that is too long or not in the form.
static bool ReadGlyphList(std::string_view list, std::vector<std::pair<unsigned, unsigned>>& ranges) {
    if (list.size() > kMaxGlyphListBytes) return false;
    size_t before = ranges.size();
    for (size_t at = 0; at < list.size();) {
        size_t comma = std::min(list.find(',', at), list.size());
        unsigned first = 0, last = 0;
        if (!ReadGlyphEntry(list.substr(at, comma - at), first, last)) {
            ranges.resize(before);
            return false;
        }
        ranges.emplace_back(first, last);
        at = comma + 1;
    }
    return true;
}

static void AddBaseline(std::vector<std::pair<unsigned, unsigned>>& ranges) {
    for (const ImWchar* r = BaselineGlyphRanges(); r[0]; r += 2) ranges.emplace_back(r[0], r[1]);
}

// Sorted, merged and zero-terminated, as ImGui takes them.
static std::vector<ImWchar> ImGuiRanges(std::vector<std::pair<unsigned, unsigned>> ranges) {
    std::sort(ranges.begin(), ranges.end());
    std::vector<ImWchar> out;
    for (const auto& [first, last] : ranges) {
        if (!out.empty() && first <= unsigned(out.back()) + 1)
            out.back() = ImWchar(std::max(unsigned(out.back()), last));
        else out.insert(out.end(), {ImWchar(first), ImWchar(last)});
    }
    out.push_back(0);
    return out;
}

std::vector<ImWchar> GlyphRangesFromList(std::string_view list) {
    std::vector<std::pair<unsigned, unsigned>> ranges;
    AddBaseline(ranges);
    ReadGlyphList(list, ranges); // a list it cannot read adds nothing
    return ImGuiRanges(std::move(ranges));
}

std::vector<ImWchar> ListedGlyphRanges(std::string_view list) {
    std::vector<std::pair<unsigned, unsigned>> ranges;
    if (list.empty() || !ReadGlyphList(list, ranges)) AddBaseline(ranges);
    return ImGuiRanges(std::move(ranges));
}

} // namespace srm::ui
