// doctest entry point for the headless UI tests. The French string table is data the platform
// hands over (src/ui/strings.fr.json); the tests read it from the source tree first, as the web
// page does for a French page.
#define DOCTEST_CONFIG_IMPLEMENT
#include "bundled_content.h"
#include "i18n.h"
#include <cstdio>
#include <doctest/doctest.h>

int main(int argc, char** argv) {
    std::string error;
    if (!srm::ui::LoadStrings(ReadSource("src/ui/strings.fr.json"), error)) {
        std::fprintf(stderr, "src/ui/strings.fr.json: %s\n", error.c_str());
        return 1;
    }
    doctest::Context context(argc, argv);
    return context.run();
}
