// srm-check: validates responsibility models and quizzes with compiler-style diagnostics.
//   srm-check [--today YYYY-MM-DD] FILE...
// Files under a models/ folder are read as models, under quizzes/ as quizzes. Every problem is
// printed as "file:line:col: error: /pointer: message [id]"; the exit status is 1 on any error.
#include "catalog.h"
#include <cstdio>
#include <ctime>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

static std::string Today() {
    std::time_t now = std::time(nullptr);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", std::gmtime(&now));
    return buf;
}

static int Usage() {
    std::fprintf(stderr, "usage: srm-check [--today YYYY-MM-DD] FILE...\n");
    return 2;
}

int main(int argc, char** argv) {
    std::string today = Today();
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "--today" && i + 1 < argc) today = argv[++i];
        else if (arg == "-h" || arg == "--help") return Usage();
        else if (!arg.empty() && arg[0] == '-') return Usage();
        else files.push_back(arg);
    }
    if (files.empty()) return Usage();

    srm::ContentCatalog catalog(today);
    for (const std::string& path : files) {
        std::ifstream in(path, std::ios::binary);
        if (!in) { catalog.add_unreadable(path, "cannot open the file"); continue; }
        std::stringstream text;
        text << in.rdbuf();
        catalog.add_file(path, text.str());
    }
    catalog.finish();
    std::fputs(srm::format_all(catalog.diagnostics()).c_str(), stdout);
    int errors = catalog.error_count();
    std::printf("srm-check: %zu file(s), %zu model(s), %zu quiz(zes), %d error(s)\n", files.size(),
                catalog.models().size(), catalog.quizzes().size(), errors);
    return errors ? 1 : 0;
}
