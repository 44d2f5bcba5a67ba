// srm-check --worksheet: a team's "Your stack" worksheet on standard output, for docs-as-code.
#pragma once
#include <string>

// The lines `srm-check --help` shows for the worksheet.
extern const char* const kWorksheetUsage;

// True when the command line asks for a worksheet.
bool IsWorksheetCommand(int argc, char** argv);

// Prints the worksheet as Markdown or CSV. Exit status 0; 1 when the model does not load; 2 on a
// usage error or an unknown service, setting, option or third-party duty (each named on standard error).
int RunWorksheetCommand(int argc, char** argv, const std::string& today);
