// srm-check --worksheet (see worksheet_command.h): reads the model, builds the worksheet from the
// command line (or from a code copied from the app) and prints the same worksheet the app shows.
#include "worksheet_command.h"
#include "catalog.h"
#include "text_codes.h"
#include "worksheet_codec.h"
#include "worksheet_export.h"
#include <cstdio>
#include <fstream>
#include <sstream>
#include <vector>

const char* const kWorksheetUsage =
    "       srm-check --worksheet MODEL --services ID,ID,... [--set SERVICE.SETTING=OPTION]...\n"
    "                 [--party NAME=SERVICE/CONTROL]... [--format md|csv] [FILE...]\n"
    "       srm-check --worksheet MODEL --code WORKSHEET_CODE [--format md|csv] [FILE...]\n"
    "           the team's \"Your stack\" worksheet: its duties per control, with explanation, provider\n"
    "           default, source and date, and the provider's side (md, the default) or one row per\n"
    "           duty (csv). MODEL is a model file (a path ending in .json) or a model id found among\n"
    "           the FILEs given, e.g. --worksheet aws assets/models/*.json. --set and --party repeat;\n"
    "           --code reads a worksheet code copied from the app, marks included. Unknown services,\n"
    "           settings, options or duties are named on standard error with exit status 2.\n";

namespace {

bool ReadText(const std::string& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::stringstream text;
    text << in.rdbuf();
    out = text.str();
    return true;
}

int UsageError(const std::string& message) {
    std::fprintf(stderr, "srm-check: %s\nusage:\n%s", message.c_str(), kWorksheetUsage);
    return 2;
}

struct Request {
    std::string model;
    std::string services;
    std::vector<std::string> settings; // SERVICE.SETTING=OPTION
    std::vector<std::string> parties;  // NAME=SERVICE/CONTROL
    std::string code;
    std::string format = "md";
    std::vector<std::string> files;
};

// Loads MODEL: a model file, or an id among the model files given. Returns 0, or an exit status.
int LoadModel(const Request& r, const std::string& today, srm::ResponsibilityModel& out) {
    bool is_path = r.model.size() > 5 && r.model.compare(r.model.size() - 5, 5, ".json") == 0;
    if (is_path) {
        std::string text;
        if (!ReadText(r.model, text)) {
            std::fprintf(stderr, "%s: error: cannot open the file\n", r.model.c_str());
            return 1;
        }
        srm::Diagnostics diags;
        bool ok = srm::load_model(text, r.model, today, out, diags);
        std::fputs(srm::format_all(diags).c_str(), stderr);
        return ok ? 0 : 1;
    }
    srm::ContentCatalog catalog(today);
    for (const std::string& path : r.files) {
        std::string text;
        if (ReadText(path, text)) catalog.add_file(path, text);
        else catalog.add_unreadable(path, "cannot open the file");
    }
    catalog.finish();
    if (const srm::ResponsibilityModel* m = catalog.find_model(r.model)) {
        out = *m;
        return 0;
    }
    std::fputs(srm::format_all(catalog.diagnostics()).c_str(), stderr);
    return UsageError("no model \"" + r.model +
                      "\" among the files given; give the model files (e.g. assets/models/*.json) or a model file's path");
}

// The worksheet the options describe, with a problem for each setting of a service not listed; a
// malformed option is a usage error (exit status in `status`).
bool BuildWorksheet(const Request& r, const srm::ResponsibilityModel& model, srm::Worksheet& ws,
                    std::vector<std::string>& problems, int& status) {
    ws.cloud = model.id;
    for (const std::string& id : srm::split(r.services, ',')) {
        srm::StackService s;
        s.id = std::string(srm::trim(id));
        ws.services.push_back(std::move(s));
    }
    for (const std::string& set : r.settings) {
        size_t dot = set.find('.'), eq = set.find('=');
        if (dot == std::string::npos || eq == std::string::npos || eq < dot) {
            status = UsageError("--set " + set + ": expected SERVICE.SETTING=OPTION, e.g. lambda.package=container-image");
            return false;
        }
        std::string service = set.substr(0, dot);
        srm::StackService* target = nullptr;
        for (srm::StackService& s : ws.services)
            if (s.id == service) target = &s;
        if (target) target->settings[set.substr(dot + 1, eq - dot - 1)] = set.substr(eq + 1);
        else problems.push_back("set: " + service + " is not among --services; " + set + " was not applied.");
    }
    for (const std::string& party : r.parties) {
        size_t eq = party.rfind('='), slash = party.rfind('/');
        if (eq == std::string::npos || slash == std::string::npos || slash < eq) {
            status = UsageError("--party " + party +
                                ": expected NAME=SERVICE/CONTROL, e.g. \"Platform team=ec2/guest-os-patching\"");
            return false;
        }
        std::string name = party.substr(0, eq);
        srm::CellRef duty;
        duty.service = party.substr(eq + 1, slash - eq - 1);
        duty.control = party.substr(slash + 1);
        srm::ThirdParty* target = nullptr;
        for (srm::ThirdParty& p : ws.parties)
            if (p.name == name) target = &p;
        if (!target) {
            ws.parties.emplace_back();
            target = &ws.parties.back();
            target->name = name;
        }
        target->duties.push_back(duty);
    }
    return true;
}

} // namespace

bool IsWorksheetCommand(int argc, char** argv) {
    for (int i = 1; i < argc; ++i)
        if (std::string(argv[i]) == "--worksheet") return true;
    return false;
}

int RunWorksheetCommand(int argc, char** argv, const std::string& today_default) {
    Request r;
    std::string today = today_default;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        bool has_value = i + 1 < argc;
        if (arg == "--worksheet" && has_value) r.model = argv[++i];
        else if (arg == "--services" && has_value) r.services = argv[++i];
        else if (arg == "--set" && has_value) r.settings.push_back(argv[++i]);
        else if (arg == "--party" && has_value) r.parties.push_back(argv[++i]);
        else if (arg == "--code" && has_value) r.code = argv[++i];
        else if (arg == "--format" && has_value) r.format = argv[++i];
        else if (arg == "--today" && has_value) today = argv[++i];
        else if (!arg.empty() && arg[0] == '-') return UsageError("unknown or incomplete option " + arg);
        else r.files.push_back(arg);
    }
    if (r.model.empty()) return UsageError("--worksheet needs a model");
    if (r.format != "md" && r.format != "csv") return UsageError("--format is md or csv, not \"" + r.format + "\"");
    if (r.code.empty() == r.services.empty()) return UsageError("give either --services or --code");
    if (!r.code.empty() && !(r.settings.empty() && r.parties.empty()))
        return UsageError("--set and --party go with --services, not --code");

    srm::ResponsibilityModel model;
    if (int status = LoadModel(r, today, model)) return status;
    srm::Worksheet ws;
    std::vector<std::string> problems;
    if (!r.code.empty()) {
        std::vector<srm::Problem> read;
        bool ok = srm::worksheet_from_code(r.code, {model}, ws, read);
        problems = srm::english(read);
        if (!ok) {
            std::fprintf(stderr, "srm-check: error: %s\n", problems.at(0).c_str());
            return 2;
        }
    } else {
        int status = 0;
        if (!BuildWorksheet(r, model, ws, problems, status)) return status;
        std::vector<std::string> tidy = srm::english(srm::tidy_worksheet(model, ws));
        problems.insert(problems.end(), tidy.begin(), tidy.end());
    }
    for (const std::string& p : problems) std::fprintf(stderr, "srm-check: error: %s\n", p.c_str());
    if (!problems.empty()) return 2;
    std::string out = r.format == "csv" ? srm::worksheet_csv(model, ws) : srm::worksheet_markdown(model, ws);
    std::fputs(out.c_str(), stdout);
    return 0;
}
