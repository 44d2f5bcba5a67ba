// Deep links: the page's query string as the app's starting state, e.g.
//   ?view=explore&cloud=aws&service=rds&compare=ec2
// Parsing checks only shape; whether an id exists is decided against the loaded content by the
// app. Anything unknown or malformed becomes a notice for the learner, never an error.
#pragma once
#include "problem.h"
#include "worksheet_codec.h"
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace srm {

struct DeepLink {
    std::string view;          // home, explore, compare, matrix, lessons, lesson, resources, quiz, stack
    std::string cloud;         // model id
    std::string service;       // service id
    std::string compare;       // second service id, for the compare view
    std::string control;       // control id: opens that cell's detail
    std::string quiz;          // quiz id
    std::string lesson;        // lesson id
    std::string mode;          // practice or exam (quizzes); present, summary or team (with a room); train (view=stack)
    std::string room;          // a workshop room code, as typed (checked against the quizzes by the app)
    std::string lang;          // a language tag; only those the app has are kept
    std::string theme;         // light, dark or high-contrast ("" follows the system)
    int text_size = 0;         // text size in percent, 100..200 (0: unchanged)
    bool embed = false;        // embed=1: compact chrome for iframes
    std::string parent_origin; // the host page allowed to receive learner events
    std::uint64_t seed = 0;    // quiz draw seed; 0 = pick one
    WorksheetParams stack; // view=stack: services, set, parties and marks, read against the model by read_worksheet_params
    std::vector<Problem> notices; // what was ignored
};

// Parses "?a=b&c=d" (the leading '?' optional). Percent-escapes and '+' are decoded.
// `languages` lists the language tags the app can show.
DeepLink parse_deep_link(std::string_view query, const std::vector<std::string>& languages = {"en"});

// True for an origin such as "https://wiki.example.com" or "http://localhost:8090".
bool is_web_origin(const std::string& origin);

// The query string that opens the given state (only non-empty fields, in a fixed order).
std::string format_deep_link(const DeepLink& link);

} // namespace srm
