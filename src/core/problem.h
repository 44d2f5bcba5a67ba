// Problems: why something a learner or facilitator gave was refused or ignored (a room code, a
// nickname, a results code, saved progress, a saved run, a link parameter). The core reports a
// stable id with its arguments, never a finished sentence; the interface words it in its own
// language by id, and english() words it in English (srm-check, the core's tests).
//
// SRM_PROBLEMS is the one list: X(id, "English template"), where {1}, {2}... are the arguments
// in order. The id is stable (events and tests may name it); to add a problem, add a line here
// and its French text in src/ui/strings.fr.json, keyed by the English template.
#pragma once
#include <string>
#include <vector>

namespace srm {

#define SRM_PROBLEMS(X)                                                                                                      \
    /* Room codes and nicknames (room.cpp, results_code.cpp) */                                                              \
    X(room_code_character, "A room code has only letters and digits; \"{1}\" is not one of them.")                           \
    X(room_code_length, "A room code has 10 letters and digits, like 7KQ2M-X4D9A; this one has {1}.")                        \
    X(room_code_typo,                                                                                                        \
      "This room code has a typo: its letters do not check out. Compare it with the code on the presenter's screen.")        \
    X(room_code_unknown_quiz, "This room code is for a quiz that this copy of SRM Trainer does not have.")                   \
    X(nickname_missing, "Choose a nickname first.")                                                                          \
    X(nickname_too_long, "A nickname can be at most 32 characters long.")                                                    \
    X(nickname_character, "A nickname cannot contain \"|\" or control characters.")                                          \
    /* Results codes pasted into the room summary (results_code.cpp, room_summary.cpp) */                                    \
    X(results_code_foreign, "not a workshop results code (those start with SRMW)")                                           \
    X(results_code_too_long, "too long to be a workshop results code")                                                       \
    X(results_code_over_limit, "not read: at most {1} codes are read at once")                                               \
    X(results_code_other_version, "made by another version of SRM Trainer")                                                  \
    X(results_code_shape, "damaged: it is cut short or has extra parts")                                                     \
    X(results_code_checksum, "damaged: its check digits do not match (was it cut short or edited?)")                         \
    X(results_code_nickname, "damaged: its nickname is not valid")                                                           \
    X(results_code_answers, "damaged: its answers cannot be read")                                                           \
    X(results_code_percent, "damaged: its score is not a percentage")                                                        \
    X(results_code_answer_count, "damaged: it answers {1} questions, the room has {2}")                                      \
    X(results_code_answer_not_offered, "damaged: its answer to question {1} is not one the question offers")                 \
    X(results_code_score_mismatch, "its score ({1}%) does not match its answers")                                            \
    X(results_code_other_room, "from another room ({1}), not {2}")                                                           \
    X(results_code_duplicate, "a duplicate of line {1}")                                                                     \
    X(results_code_nickname_taken, "the nickname \"{1}\" is already used on line {2}")                                       \
    /* Certificates (certificate.cpp): the name a learner enters, codes pasted or given to srm-check */                      \
    X(certificate_name_missing, "Enter your name first.")                                                                    \
    X(certificate_name_too_long, "A name on a certificate can be at most {1} characters long.")                              \
    X(certificate_name_character, "A name cannot contain control characters.")                                               \
    X(certificate_foreign, "not a certificate code (those start with SRMC)")                                                 \
    X(certificate_too_long, "too long to be a certificate code")                                                             \
    X(certificate_other_version, "a certificate code made by another version of SRM Trainer")                                \
    X(certificate_shape, "damaged certificate code: it is cut short or has extra parts")                                     \
    X(certificate_checksum,                                                                                                  \
      "this certificate code does not check out: its check digits do not match (was it cut short or edited?)")               \
    X(certificate_name, "damaged certificate code: its name cannot be read")                                                 \
    X(certificate_quiz, "damaged certificate code: its quiz cannot be read")                                                 \
    X(certificate_percent, "damaged certificate code: its score is not a percentage")                                        \
    X(certificate_date, "damaged certificate code: its date is not a date")                                                  \
    X(certificate_edition, "damaged certificate code: its content edition cannot be read")                                   \
    /* Saved progress and runs (progress.cpp, saved_run.cpp): stored data that was set aside, and */                         \
    /* the same refusals for a progress code the learner imports, which nothing sets aside */                                \
    X(progress_unreadable_set_aside, "Saved progress was unreadable and has been set aside.")                                \
    X(progress_other_version_set_aside, "Saved progress comes from another version of SRM Trainer and has been set aside.")  \
    X(progress_checksum_set_aside, "Saved progress is damaged (its checksum does not match) and has been set aside.")        \
    X(progress_partly_unreadable, "Some saved progress was unreadable; the rest was kept.")                                  \
    X(progress_unreadable, "Saved progress was unreadable")                                                                  \
    X(progress_other_version, "Saved progress comes from another version of SRM Trainer")                                    \
    X(progress_checksum, "Saved progress is damaged (its checksum does not match)")                                          \
    X(saved_run_set_aside, "A quiz in progress could not be restored and has been set aside.")                               \
    /* Link parameters (deep_link.cpp) */                                                                                    \
    X(link_bad_escape, "Ignored a malformed part of the link (bad % escape).")                                               \
    X(link_seed, "Ignored seed=\"{1}\": a seed is a whole number.")                                                          \
    X(link_text_size, "Ignored text=\"{1}\": the text size is a percentage from 100 to 200.")                                \
    X(link_theme, "Ignored theme=\"{1}\": use light, dark or high-contrast.")                                                \
    X(link_language, "The language \"{1}\" is not available; showing English.")                                              \
    X(link_embed, "Ignored embed=\"{1}\": use embed=1.")                                                                     \
    X(link_parent_origin, "Ignored parent_origin=\"{1}\": it must be an origin such as https://wiki.example.com.")           \
    X(link_mode, "Ignored mode=\"{1}\": use practice, exam, present, summary, team or train.")                               \
    X(link_room, "Ignored room=\"{1}\": a room code looks like 7KQ2M-X4D9A.")                                                \
    X(link_view, "Ignored view=\"{1}\": there is no such view.")                                                             \
    X(link_unknown_parameter, "Ignored the unknown link parameter \"{1}\".")                                                 \
    X(link_bad_value, "Ignored {1}=\"{2}\": not a valid value.")                                                             \
    /* The team's worksheet: link parameters, codes and what does not fit the model (worksheet*.cpp) */                      \
    X(worksheet_unknown_service, "services: the {1} model has no service {2}.")                                              \
    X(worksheet_service_repeated, "services: {1} is listed twice; it counts once.")                                          \
    X(worksheet_too_many_services, "services: a worksheet holds at most {1} services; {2} and later ones were left out.")    \
    X(worksheet_unknown_setting, "set: {1} has no setting {2}.")                                                             \
    X(worksheet_unknown_setting_listed, "set: {1} has no setting {2}. Its settings: {3}.")                                   \
    X(worksheet_unknown_option, "set: {1} has no option {2}; choose {3}.")                                                   \
    X(worksheet_setting_unlisted, "set: {1} is not among the services; its setting {2} was left out.")                       \
    X(worksheet_party_name, "parties: {1} is not a usable name (1 to {2} bytes, no control characters).")                    \
    X(worksheet_too_many_parties, "parties: a worksheet names at most {1} third parties; {2} and later ones were left out.") \
    X(worksheet_party_cell_unknown, "parties: {1} takes {2}, which is not a cell of a selected service.")                    \
    X(worksheet_party_not_duty,                                                                                              \
      "parties: {1} takes {2}, which is not the team's to hand over: {3} owns it, or it does not apply.")                    \
    X(worksheet_party_duty_twice, "parties: {1} is named twice, for {2} and {3}; {2} keeps it.")                             \
    X(worksheet_too_many_party_duties, "parties: third parties take at most {1} duties in all; the rest were left out.")     \
    X(worksheet_mark_cell_unknown, "marks: {1} is not a cell of a selected service; its mark was dropped.")                  \
    X(worksheet_mark_owner, "marks: the owner of {1} is not a usable name; it was cleared.")                                 \
    X(worksheet_mark_evidence, "marks: the evidence of {1} is not an https link; it was cleared.")                           \
    X(worksheet_too_many_marks, "marks: a worksheet holds at most {1} marks; the rest were dropped.")                        \
    X(worksheet_other_cloud, "cloud: the worksheet is for {1}, read with the {2} model.")                                    \
    X(worksheet_param_shape, "{1}: too long or holds characters a worksheet never writes; it was ignored.")                  \
    X(worksheet_param_too_many, "{1}: more than {2} entries; the rest were left out.")                                       \
    X(worksheet_services_entry, "services entry {1} {2}: expected a service id.")                                            \
    X(worksheet_set_entry, "set entry {1} {2}: expected service.setting:option.")                                            \
    X(worksheet_parties_entry, "parties entry {1} {2}: expected name:service.control:....")                                  \
    X(worksheet_marks_entry, "marks entry {1} {2}: expected service.control:status[:owner[:evidence]].")                     \
    X(worksheet_code_foreign,                                                                                                \
      "This is not a worksheet code: a worksheet code starts with SRMS and has at most {1} characters.")                     \
    X(worksheet_code_other_version,                                                                                          \
      "This worksheet code comes from another version of SRM Trainer and cannot be read here.")                              \
    X(worksheet_code_damaged,                                                                                                \
      "This worksheet code is damaged (its checksum does not match): copy it again in full. Nothing was changed.")           \
    X(worksheet_code_unknown_cloud,                                                                                          \
      "This worksheet code is for the cloud {1}, which this copy of SRM Trainer does not have.")

enum class ProblemId {
#define SRM_PROBLEM_ID(id, text) id,
    SRM_PROBLEMS(SRM_PROBLEM_ID)
#undef SRM_PROBLEM_ID
};

struct Problem {
    ProblemId id{};                // set by whoever reports it
    std::vector<std::string> args; // {1}, {2}... in order
};

bool operator==(const Problem& a, const Problem& b);

// Every id, in the list's order.
const std::vector<ProblemId>& all_problem_ids();
// The stable name of an id, as in the list ("room_code_typo").
const char* problem_name(ProblemId id);
// The English template, with its {n} places.
const char* problem_template(ProblemId id);
// A template with {1}, {2}... replaced by the arguments.
std::string fill_places(std::string text, const std::vector<std::string>& args);
// The problem in English.
std::string english(const Problem& problem);
// Each problem in English, in order (srm-check's errors, the core's tests).
std::vector<std::string> english(const std::vector<Problem>& problems);

} // namespace srm
