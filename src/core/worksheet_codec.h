// The worksheet as text: four link parameters, and one pasteable code with a checksum.
//
//   ?view=stack&cloud=aws&services=ec2,rds,lambda&set=lambda.package:container-image
//    &parties=Our_platform_team:ec2.guest-os-patching&marks=ec2.guest-os-patching:d:Ana:https~3A//wiki.example.com/p
//
//   services  service ids, comma-separated, in the team's order
//   set       service.setting:option, comma-separated
//   parties   name:service.control:service.control..., comma-separated
//   marks     service.control:status[:owner[:evidence]], comma-separated; status d (done),
//             p (planned), n (not applicable) or o (open)
//
// Free text (names, owners, evidence links) keeps letters, digits and . - / as they are, writes a
// space as _, and anything else as ~ and two hex digits (~3A for ':'), so every value is URL-safe
// without further escaping and a separator never appears inside a field.
//
// The code is the same parameters as one line: SRMS1|<cloud>|<services>|<set>|<parties>|<marks>|<fnv1a32 hex>
// Reading is bounded (kWorksheetCodeLimit characters before anything is split, the worksheet's
// own bounds after), and every entry that cannot be used is named in a problem (problem.h).
#pragma once
#include "problem.h"
#include "worksheet.h"
#include <string>
#include <string_view>
#include <vector>

namespace srm {

constexpr int kWorksheetCodeVersion = 1;
constexpr size_t kWorksheetCodeLimit = 12000; // characters of a code, and of each link parameter

// The worksheet's link parameters, as written in the link (the cloud is the link's own `cloud`).
struct WorksheetParams {
    std::string services;
    std::string settings; // the `set` parameter
    std::string parties;
    std::string marks;
};

// True when a link parameter value has the worksheet's shape: within the limit, and only letters,
// digits and _ . - / ~ , : characters.
bool is_worksheet_param(const std::string& value);

WorksheetParams worksheet_params(const Worksheet& worksheet);
// Reads the parameters against `model` (whose id becomes the cloud). Entries that are malformed,
// unknown or over a bound are left out, each with a problem naming the parameter and the entry.
Worksheet read_worksheet_params(const WorksheetParams& params, const ResponsibilityModel& model,
                                std::vector<Problem>& problems);

std::string worksheet_code(const Worksheet& worksheet);
// Reads a pasted code. False, with one problem, when the code is damaged, from another
// version or for a cloud none of `models` is; `out` is then left as it was. True otherwise, with
// `problems` naming any entry that was left out.
bool worksheet_from_code(std::string_view code, const std::vector<ResponsibilityModel>& models, Worksheet& out,
                         std::vector<Problem>& problems);

} // namespace srm
