// The interface's words in English and French. Screens write their English text through T() (or
// F() for text with numbered places), and the French table (strings.fr.json, data the platform
// reads and hands over with LoadStrings(), so English pages never carry it) maps each English
// string to its translation. Keying by the English text keeps the screens readable; a test finds
// every T() and F() in the sources and fails when one has no French entry or an entry is unused.
// The core's problems (problem.h) are translated here too, keyed by their English template.
// Content (quizzes, models, lessons) is translated in its own files, not here.
#pragma once
#include "problem.h"
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace srm::ui {

// The languages the interface speaks, English first.
const std::vector<std::string>& Languages();
void SetLanguage(const std::string& lang); // unknown languages fall back to English
const std::string& Language();

// The current language's text for an English string.
const char* T(const char* english);
// T() with {1}, {2}... replaced by the arguments: F("Question {1} of {2}", {"3", "10"}).
std::string F(const char* english, std::initializer_list<std::string> args);
// F() with the arguments in a vector.
std::string F(const char* english, const std::vector<std::string>& args);
// A problem the core reported (problem.h), in the current language: its English template from
// the core's list, translated, with its arguments in place.
std::string Translate(const srm::Problem& problem);

// A share as a percentage, with the current language's spacing ("85%", "85 %").
std::string Percent(double fraction);
// Seconds as minutes and seconds ("4:05"), rounded up, never below 0:00.
std::string Clock(double seconds);
// A number with `decimals` digits after the current language's decimal mark ("7.5", "7,5").
std::string Number(double value, int decimals);

// Takes a string table (strings.<lang>.json: {"lang": ..., "strings": [[english, translation]...]}),
// replacing any table loaded before for that language. False, with the reason, when the text is
// not such a table; the interface then stays in English for that language.
bool LoadStrings(std::string_view json, std::string& error);

// The French table as loaded, for the completeness test: pairs of English and French.
struct Translation {
    const char* english;
    const char* french;
};
const std::vector<Translation>& FrenchTable();

} // namespace srm::ui
