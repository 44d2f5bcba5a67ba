// The frame shared by every question type and the choice questions' body (see question_html.h).
#include "question_html.h"
#include <algorithm>

namespace srm_html {

QuestionHtml framed_question(const srm::Question& q, const QuestionPlace& place, const std::string& fields,
                             const std::string& key, const std::string& feedback) {
    const std::string number = place.part > 0 ? std::to_string(place.part) + ". " : "";
    QuestionHtml out;
    out.form = "<fieldset><legend>" + number + escape(q.prompt) + "</legend>\n" + fields + "</fieldset>\n";
    if (place.part > 0) out.answer = "<p>" + escape(number + key + ". " + q.explanation) + "</p>" + feedback;
    else out.answer = "<p><strong>" + escape(place.words->answer) + "</strong> " + escape(key) + "</p>" + feedback;
    return out;
}

QuestionHtml choice_question(const srm::Question& q, const QuestionPlace& place, const char* input_type,
                             const std::vector<std::string>& shown) {
    const PageWords& w = *place.words;
    std::string fields, key, feedback;
    for (const std::string& choice : shown)
        fields += "<label><input type=\"" + std::string(input_type) + "\" name=\"" + escape(place.name) + "\"> " +
                  escape(choice) + "</label>\n";
    for (int k : q.key) {
        if (k < 0 || size_t(k) >= shown.size()) continue;
        key += (key.empty() ? "" : w.semicolon) + shown[size_t(k)];
    }
    for (size_t i = 0; i < shown.size() && i < q.choice_feedback.size(); ++i) {
        const std::string& sentence = q.choice_feedback[i];
        if (sentence.find_first_not_of(" \t\r\n") == std::string::npos) continue;
        bool keyed = std::find(q.key.begin(), q.key.end(), int(i)) != q.key.end();
        feedback += "<li>" + escape(keyed ? w.also_right : w.why_not) + " " + w.open_quote + escape(shown[i]) +
                    w.close_quote + w.colon + escape(sentence) + "</li>";
    }
    return framed_question(q, place, fields, key, feedback.empty() ? "" : "<ul>" + feedback + "</ul>\n");
}

} // namespace srm_html
