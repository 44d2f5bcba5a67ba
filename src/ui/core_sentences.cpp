// The sentences the core composes for a learner (why a room code, nickname, results code, saved
// progress or link parameter was refused), as templates with numbered places. The core writes
// them in English; Translate() (i18n.h) recognises them here and gives them in the interface's
// language. N() marks each template for the string-table test; the most specific come first.
#include "i18n.h"

namespace srm::ui {

const std::vector<const char*>& CoreSentences() {
    static const std::vector<const char*> sentences = {
        // Room codes and nicknames (core/room.cpp, core/results_code.cpp)
        N("A room code has only letters and digits; \"{1}\" is not one of them."),
        N("A room code has 10 letters and digits, like 7KQ2M-X4D9A; this one has {1}."),
        N("This room code has a typo: its letters do not check out. Compare it with the code on the presenter's screen."),
        N("This room code is for a quiz that this copy of SRM Trainer does not have."),
        N("Choose a nickname first."),
        N("A nickname can be at most 32 characters long."),
        N("A nickname cannot contain \"|\" or control characters."),
        // Results codes in the room summary (core/results_code.cpp, core/room_summary.cpp)
        N("not a workshop results code (those start with SRMW)"),
        N("too long to be a workshop results code"),
        N("not read: at most {1} codes are read at once"),
        N("made by another version of SRM Trainer"),
        N("damaged: it is cut short or has extra parts"),
        N("damaged: its check digits do not match (was it cut short or edited?)"),
        N("damaged: its nickname is not valid"),
        N("damaged: its answers cannot be read"),
        N("damaged: its score is not a percentage"),
        N("damaged: it answers {1} questions, the room has {2}"),
        N("damaged: its answer to question {1} is not one the question offers"),
        N("its score ({1}%) does not match its answers"),
        N("from another room ({1}), not {2}"),
        N("a duplicate of line {1}"),
        N("the nickname \"{1}\" is already used on line {2}"),
        // Saved progress and runs (core/progress.cpp, core/saved_run.cpp); the short forms are
        // what an import reports (app.cpp drops " and has been set aside").
        N("Saved progress was unreadable and has been set aside."),
        N("Saved progress comes from another version of SRM Trainer and has been set aside."),
        N("Saved progress is damaged (its checksum does not match) and has been set aside."),
        N("Some saved progress was unreadable; the rest was kept."),
        N("Saved progress was unreadable"),
        N("Saved progress comes from another version of SRM Trainer"),
        N("Saved progress is damaged (its checksum does not match)"),
        N("A quiz in progress could not be restored and has been set aside."),
        // Link parameters (core/deep_link.cpp)
        N("Ignored a malformed part of the link (bad % escape)."),
        N("Ignored seed=\"{1}\": a seed is a whole number."),
        N("Ignored text=\"{1}\": the text size is a percentage from 100 to 200."),
        N("Ignored theme=\"{1}\": use light, dark or high-contrast."),
        N("The language \"{1}\" is not available; showing English."),
        N("Ignored embed=\"{1}\": use embed=1."),
        N("Ignored parent_origin=\"{1}\": it must be an origin such as https://wiki.example.com."),
        N("Ignored mode=\"{1}\": use practice, exam, present, summary or team."),
        N("Ignored room=\"{1}\": a room code looks like 7KQ2M-X4D9A."),
        N("Ignored view=\"{1}\": there is no such view."),
        N("Ignored the unknown link parameter \"{1}\"."),
        N("Ignored {1}=\"{2}\": not a valid value."),
    };
    return sentences;
}

} // namespace srm::ui
