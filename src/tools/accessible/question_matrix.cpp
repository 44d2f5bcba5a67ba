// Matrix: a group of owner radios per control of one service; the answer gives each control's owner
// from the model, naming the provider as the model does.
#include "question_html.h"

namespace srm_html {

QuestionHtml matrix_question(const srm::Question& q, const QuestionPlace& place) {
    const PageWords& w = *place.words;
    const srm::ResponsibilityModel* model = place.catalog->find_model(q.model);
    std::string fields, key;
    for (size_t i = 0; i < q.rows.size(); ++i) {
        const std::string& label = i < q.row_labels.size() ? q.row_labels[i] : q.rows[i];
        fields += "<fieldset><legend>" + escape(label) + "</legend>";
        for (const char* owner : w.owners)
            fields += "<label><input type=\"radio\" name=\"" + escape(place.name) + "-" + std::to_string(i) + "\"> " +
                      escape(owner) + "</label>";
        fields += "</fieldset>\n";
        const srm::Cell* cell = model ? model->find_cell(q.service, q.rows[i]) : nullptr;
        std::string owner = "?";
        if (cell && (cell->owner == srm::Owner::provider || cell->owner == srm::Owner::party))
            owner = model->owner_label(*cell);
        else if (cell) owner = w.owners[size_t(srm::answer_owner_index(cell->owner))];
        key += (i ? w.semicolon : "") + label + w.colon + owner;
    }
    return framed_question(q, place, fields, key);
}

} // namespace srm_html
