// Fuzz target: any bytes as the page's link parameters (?view=...&quiz=...), parsed and written
// back, as the app does with location.search.
#include "deep_link.h"
#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string query(reinterpret_cast<const char*>(data), size);
    srm::DeepLink link = srm::parse_deep_link(query, {"en", "fr"});
    (void)srm::format_deep_link(link);
    return 0;
}
