// Fuzz target: any bytes as a team's worksheet from outside: a pasted worksheet code, and the same
// text as each of the link's view=stack parameters, read against the fixture model with settings
// and exported as Markdown and CSV, as the app does after reading a link or a code.
#include "deep_link.h"
#include "worksheet_codec.h"
#include "worksheet_export.h"
#include "../core/fixtures.h"
#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::vector<srm::ResponsibilityModel> models = [] {
        std::vector<srm::ResponsibilityModel> out(1);
        srm::Diagnostics diags;
        srm::load_model(fixtures::model_with_settings(), "m.json", "2026-11-29", out[0], diags);
        return out;
    }();
    std::string text(reinterpret_cast<const char*>(data), size);
    std::vector<srm::Problem> problems;
    srm::Worksheet ws;
    if (srm::worksheet_from_code(text, models, ws, problems)) {
        (void)srm::worksheet_markdown(models[0], ws);
        (void)srm::worksheet_csv(models[0], ws);
    }
    srm::DeepLink link = srm::parse_deep_link("?view=stack&cloud=test&services=vm,store&set=" + text +
                                              "&parties=" + text + "&marks=" + text);
    srm::Worksheet linked = srm::read_worksheet_params(link.stack, models[0], problems);
    (void)srm::worksheet_markdown(models[0], linked);
    (void)srm::format_deep_link(link);
    return 0;
}
